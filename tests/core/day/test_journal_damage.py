"""Damaged journals (issue 9, item 5), built here the way they were found: the journal
stays the truth, and `run` and `status` replay it the same way."""
from __future__ import annotations

import json
import os

import pytest

from english_day import M, at, english_session, hm, late_day
from facilitator.core.day import journal as journal_mod
from facilitator.core.day.journal import Journal
from facilitator.core.day.runner import Runner

NOW = at(16, 30)


def load_as_text(path, now):
    """journal.load with its notes as the command line prints them."""
    events, notes = journal_mod.load(path, now)
    return events, [str(n) for n in notes]


def write_day(path):
    """The English afternoon to 16.30, in a journal; returns the runner."""
    with Journal(path) as j:
        runner, clock = late_day(j)
    return runner


@pytest.mark.parametrize("line", [
    '{"t": 1e308, "type": "next_block", "data": {}}',
    '{"t": ' + "9" * 400 + ', "type": "next_block", "data": {}}',
    '{"t": 1795710000, "type": "adjust", "data": {"seconds": ' + str(10 ** 30) + '}}',
    '{"t": 1795710000, "type": "accept_catch_up", "data": {"cuts": [[4, 1e300]]}}',
    '{"t": -5, "type": "pause", "data": {}}',
    "[" * 100_000 + "]" * 100_000,
])
def test_a_line_whose_numbers_do_not_fit_is_skipped_as_garbled(tmp_path, line):
    path = tmp_path / "journal.jsonl"
    runner = write_day(path)
    lines = path.read_text().splitlines()
    path.write_text("\n".join(lines[:3] + [line] + lines[3:]) + "\n")
    events, warnings = load_as_text(path, NOW)
    assert events == runner.events
    assert len(warnings) == 1 and warnings[0].startswith("journal.jsonl:4: skipped a garbled line")
    assert Runner(english_session(), runner.clock, None, events).state() == runner.state()


def test_a_bom_on_line_one_is_read_as_utf8(tmp_path):
    path = tmp_path / "journal.jsonl"
    runner = write_day(path)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())  # saved once in Notepad
    events, warnings = load_as_text(path, NOW)
    assert warnings == [] and events == runner.events
    assert Runner(english_session(), runner.clock, None, events).state().current == 4


def test_every_line_duplicated_is_reported_and_replayed_once(tmp_path):
    path = tmp_path / "journal.jsonl"
    runner = write_day(path)
    lines = path.read_text().splitlines()
    path.write_text("".join(f"{line}\n{line}\n" for line in lines))
    events, warnings = load_as_text(path, NOW)
    assert events == runner.events
    assert warnings[0] == "journal.jsonl:2: left out a duplicate of line 1"
    assert len(warnings) == len(lines)
    assert Runner(english_session(), runner.clock, None, events).state().current == 4


def test_a_step_back_in_time_is_reported_not_replayed(tmp_path):
    path = tmp_path / "journal.jsonl"
    runner = write_day(path)
    lines = path.read_text().splitlines()
    lines[2], lines[3] = lines[3], lines[2]  # two lines out of time order
    path.write_text("\n".join(lines) + "\n")
    events, warnings = load_as_text(path, NOW)
    assert len(events) == len(runner.events) - 1
    assert len(warnings) == 1 and warnings[0].startswith("journal.jsonl:4: left out a command dated before line 3")


def test_a_clock_set_back_is_on_record_and_replays(tmp_path):
    path = tmp_path / "journal.jsonl"
    with Journal(path) as j:
        runner, clock = late_day(j)
        clock.set_wall(clock.now() - 20 * M)  # someone set the laptop's clock back
        runner.adjust(60)  # the command puts the jump on record first
    events, warnings = load_as_text(path, clock.now())
    assert warnings == [] and events == runner.events
    assert [e.type for e in events[-2:]] == ["clock_jump", "adjust"]


def test_a_line_from_the_future_is_left_out_by_run_and_status_alike(tmp_path):
    path = tmp_path / "journal.jsonl"
    runner = write_day(path)
    with open(path, "a") as f:
        f.write(json.dumps({"t": at(18, 0), "type": "next_block", "data": {}}) + "\n")
    events, warnings = load_as_text(path, NOW)
    assert events == runner.events
    n = len(runner.events) + 1
    assert warnings == [f"journal.jsonl:{n}: left out a command dated in the future (2026-11-26 18:00:00)"]


def test_a_replaced_journal_is_noticed_and_a_fresh_one_keeps_the_day(tmp_path):
    path = tmp_path / "journal.jsonl"
    j = Journal(path)
    runner, clock = late_day(j)
    copy = tmp_path / "copy.jsonl"
    copy.write_bytes(path.read_bytes()[:40])  # copy and rename, and the copy is short
    os.replace(copy, path)
    runner.adjust(60)
    assert runner.journal_rewritten
    events, warnings = load_as_text(path, clock.now())
    assert warnings == [] and events == runner.events
    runner.journal_rewritten = False
    runner.adjust(60)  # appended to the fresh file from now on
    assert not runner.journal_rewritten and journal_mod.read(path)[0] == runner.events
    j.close()


def test_a_deleted_workshop_folder_is_written_again(tmp_path):
    folder = tmp_path / "workshop"
    path = folder / "journal.jsonl"
    j = Journal(path)
    runner, clock = late_day(j)
    os.unlink(path)
    os.rmdir(folder)
    runner.next_phase()
    assert runner.journal_rewritten and journal_mod.read(path)[0] == runner.events
    j.close()


def test_a_huge_adjust_that_fits_a_number_is_held_to_a_day(tmp_path):
    path = tmp_path / "journal.jsonl"
    runner = write_day(path)
    with open(path, "a") as f:
        for k in range(100):  # a hundred of them: still a date the calendar has
            f.write(json.dumps({"t": NOW - 100 + k, "type": "adjust", "data": {"seconds": 9_000_000_000}}) + "\n")
    events, warnings = load_as_text(path, NOW)
    state = Runner(english_session(), runner.clock, None, events).state()
    assert state.remaining == 35 * M + 100 * 24 * 3600
    assert hm(state.projected_end)  # a clock time, not an OverflowError


def test_notes_come_in_the_order_of_the_lines(tmp_path):
    """A duplicate (left out when vetted) before a garbled line (skipped when read): the
    notes name them as the file has them, so the first few shown are the first lines."""
    path = tmp_path / "journal.jsonl"
    write_day(path)
    lines = path.read_text().splitlines()
    path.write_text("\n".join(lines[:3] + [lines[2], "not json"] + lines[3:]) + "\n")
    _events, warnings = load_as_text(path, NOW)
    assert [w.split(":")[1] for w in warnings] == ["4", "5"]
