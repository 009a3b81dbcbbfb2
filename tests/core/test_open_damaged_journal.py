"""`run` opens damaged journals as `status` reads them (issue 9, item 5)."""
from __future__ import annotations

import json
import time

from english_day import at, english_session, late_day
from facilitator.core import workshop as storage
from facilitator.core.day.journal import Journal

BLOCKS = [b.id for b in english_session().blocks]


def test_run_fresh_sets_aside_a_journal_with_a_garbled_huge_time(tmp_path):
    folder = tmp_path / "w"
    with Journal(storage.journal_path(folder)) as j:
        late_day(j)
    with open(storage.journal_path(folder), "a") as f:
        f.write('{"t": 1e308, "type": "next_block", "data": {}}\n')
    opened = storage.open_journal(folder, BLOCKS, resume=False)  # --fresh
    assert opened.events == [] and any("skipped a garbled line" in str(n) for n in opened.skipped)
    assert (folder / "journal-2026-11-26.jsonl").exists() and not storage.journal_path(folder).exists()


def test_run_leaves_out_a_future_line_as_status_does(tmp_path):
    folder = tmp_path / "w"
    with Journal(storage.journal_path(folder)) as j:
        runner, _ = late_day(j)
    with open(storage.journal_path(folder), "a") as f:
        f.write(json.dumps({"t": time.time() + 3600, "type": "next_block", "data": {}}) + "\n")
    opened = storage.open_journal(folder, BLOCKS, resume=True)
    assert opened.events == runner.events
    assert any("left out a command dated in the future" in str(n) for n in opened.skipped)


def test_a_binary_file_posing_as_the_journal_is_set_aside_never_overwritten(tmp_path):
    """--resume or not, a file of which no line reads is renamed (dated by the file, -2 when
    that name is taken) and the day starts fresh; the file there before stays as it was."""
    import os

    folder = tmp_path / "w"
    folder.mkdir()
    noise = bytes(range(256)) * 40 + b"\n" + os.urandom(2000).replace(b"{", b"")
    taken = folder / "journal-2026-11-26.jsonl"
    taken.write_bytes(b"the earlier one\n")
    storage.journal_path(folder).write_bytes(noise)
    os.utime(storage.journal_path(folder), (time.time(), at(12, 0)))
    opened = storage.open_journal(folder, BLOCKS, resume=True)
    assert opened.choice is storage.JournalChoice.UNREADABLE and opened.events == []
    assert opened.kept == folder / "journal-2026-11-26-2.jsonl" and opened.kept.read_bytes() == noise
    assert taken.read_bytes() == b"the earlier one\n" and not storage.journal_path(folder).exists()


def test_starting_fresh_reads_a_big_journal_once(tmp_path, monkeypatch):
    """--fresh (or 'Start fresh' in the question) sets the journal aside under the date of
    its first command, known from the one reading: a 50 MB journal is not read twice."""
    from facilitator.core.day import journal as journal_mod

    folder = tmp_path / "w"
    with Journal(storage.journal_path(folder)) as j:
        late_day(j)
    reads = []
    real_read = journal_mod.read_numbered
    monkeypatch.setattr(journal_mod, "read_numbered", lambda path: reads.append(path) or real_read(path))
    opened = storage.open_journal(folder, BLOCKS, resume=False)
    assert opened.kept == folder / "journal-2026-11-26.jsonl" and opened.kept.exists()
    assert len(reads) == 1
