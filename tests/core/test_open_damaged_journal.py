"""`run` opens damaged journals as `status` reads them (issue 9, item 5)."""
from __future__ import annotations

import json
import time

from english_day import english_session, late_day
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
