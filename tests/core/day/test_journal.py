"""The run journal on disk: every command survives a crash; damage costs one line, not the day."""
from __future__ import annotations

import json
import os

from engine_day import M, at, make_session
from facilitator.core.day import journal as journal_mod
from facilitator.core.day.clock import FakeClock
from facilitator.core.day.events import Event
from facilitator.core.day.journal import Journal
from facilitator.core.day.runner import Runner


def run_some_of_the_day(path):
    clock = FakeClock(at(9, 2))
    with Journal(path) as j:
        runner = Runner(make_session(), clock, j)
        runner.start_day()
        clock.advance(31 * M)
        runner.next_block()
        runner.start_exercise()
        clock.advance(7 * M)
        runner.pause()
        clock.advance(M)
        runner.resume()
        runner.adjust(300)
        clock.advance(2 * M)
    return runner, clock


def test_replay_restores_the_exact_state(tmp_path):
    path = tmp_path / "journal.jsonl"
    runner, clock = run_some_of_the_day(path)
    events, warnings = Journal.read(path)
    assert warnings == [] and events == runner.events
    restarted = Runner(make_session(), clock, Journal(path), events)
    assert restarted.state() == runner.state()
    s = restarted.state()
    # the +5 min was given while the exercise ran: block, exercise and phase all got it
    assert (s.current, s.remaining, s.exercise.remaining, s.exercise.phase_remaining) == (
        1, 26 * M, 16 * M, 6 * M)
    assert len(path.read_text().splitlines()) == len(events)  # replay wrote nothing


def test_each_append_is_one_line_flushed_and_fsynced(tmp_path, monkeypatch):
    synced = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    path = tmp_path / "journal.jsonl"
    j = Journal(path)
    for k in range(3):
        j.append(Event(1000.0 + k, "adjust", {"seconds": 60}))
        assert len(path.read_text().splitlines()) == k + 1  # on disk before append returns
    j.close()
    files_synced = len(synced) - 1  # one more: the folder, when the file was created
    assert files_synced == 3
    assert json.loads(path.read_text().splitlines()[0]) == {"t": 1000.0, "type": "adjust",
                                                            "data": {"seconds": 60}}


def test_a_torn_last_line_and_a_garbled_line_are_skipped_with_a_warning(tmp_path):
    path = tmp_path / "journal.jsonl"
    runner, clock = run_some_of_the_day(path)
    lines = path.read_text().splitlines()
    lines[2] = '{"t": 17, "type": "next_blo'  # garbled in the middle
    path.write_text("\n".join(lines) + '\n{"t": 1790000000.5, "type": "pau')  # torn at the end
    events, warnings = journal_mod.read(path)
    assert len(events) == len(runner.events) - 1
    assert events == runner.events[:2] + runner.events[3:]
    assert len(warnings) == 2
    assert str(warnings[0]).startswith("journal.jsonl:3: skipped a garbled line")
    assert str(warnings[1]).startswith(f"journal.jsonl:{len(lines) + 1}: skipped a torn last line")
    assert (warnings[1].file, warnings[1].line, warnings[1].kind) == ("journal.jsonl", len(lines) + 1, "torn")


def test_appending_after_a_torn_line_starts_a_fresh_line(tmp_path):
    path = tmp_path / "journal.jsonl"
    path.write_text('{"t": 1.0, "type": "start_day", "data": {}}\n{"t": 2.0, "ty')
    with Journal(path) as j:
        j.append(Event(3.0, "pause"))
    events, warnings = journal_mod.read(path)
    assert [e.type for e in events] == ["start_day", "pause"] and len(warnings) == 1


def test_unknown_types_and_bad_values_are_skipped(tmp_path):
    path = tmp_path / "journal.jsonl"
    path.write_text('{"t": 1.0, "type": "explode"}\n[1, 2]\n{"t": "x", "type": "pause"}\n'
                    '{"t": 2.0, "type": "pause", "data": 5}\n\xff\n{"t": 3.0, "type": "resume"}\n',
                    encoding="latin-1")
    events, warnings = journal_mod.read(path)
    assert [e.type for e in events] == ["resume"] and len(warnings) == 5


def test_a_missing_journal_is_empty(tmp_path):
    assert journal_mod.read(tmp_path / "nope.jsonl") == ([], [])
