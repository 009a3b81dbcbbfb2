"""`facilitator status` and `run` on damaged journals (issue 9, item 5)."""
from __future__ import annotations

import datetime as dt

from cli_helpers import run_cli
from english_day import SESSION_FILE, late_day
from facilitator.core import workshop as storage
from facilitator.core.day.journal import Journal


def folder_with_day(tmp_path):
    folder = storage.prepare_workshop_dir(SESSION_FILE, tmp_path / "w", dt.date(2026, 11, 26))
    with Journal(storage.journal_path(folder)) as journal:
        late_day(journal)
    return folder


def test_status_skips_a_line_of_deep_brackets_and_huge_numbers(tmp_path):
    folder = folder_with_day(tmp_path)
    with open(storage.journal_path(folder), "a") as f:
        f.write("[" * 100_000 + "]" * 100_000 + "\n")
        f.write('{"t": 1e308, "type": "next_block", "data": {}}\n')
    result = run_cli("status", "--workshop-dir", str(folder), "--at", "2026-11-26T16:30")
    assert result.code == 0
    assert "Block 5 of 7: Journey mapping — 35:00 left" in result.out
    assert result.err.count("skipped a garbled line") == 2 and "Traceback" not in result.err


def test_status_on_a_journal_that_is_a_folder_says_so(tmp_path):
    folder = tmp_path / "w"
    (folder / "journal.jsonl").mkdir(parents=True)
    result = run_cli("status", "--workshop-dir", str(folder))
    assert result.code == 1
    assert result.err.startswith(f"facilitator status: the workshop folder {folder} cannot be used: ")
    assert "journal.jsonl" in result.err


def test_status_reports_duplicates_by_line_and_replays_once(tmp_path):
    folder = folder_with_day(tmp_path)
    path = storage.journal_path(folder)
    lines = path.read_text().splitlines()
    path.write_text("".join(f"{line}\n{line}\n" for line in lines))
    result = run_cli("status", "--workshop-dir", str(folder), "--at", "2026-11-26T16:30")
    assert "Block 5 of 7: Journey mapping" in result.out
    assert "journal.jsonl:2: left out a duplicate of line 1" in result.err


def test_status_on_a_workshop_json_whose_session_is_not_a_path_asks_for_one(tmp_path):
    """workshop.json edited by hand ("session": 5): read as not naming a session, not a traceback."""
    folder = folder_with_day(tmp_path)
    for value in ('5', '["a.yaml"]', '{"a": 1}', 'true'):
        (folder / "workshop.json").write_text('{"session": %s, "blocks": 7}\n' % value, encoding="utf-8")
        result = run_cli("status", "--workshop-dir", str(folder), "--at", "2026-11-26T16:30")
        assert result.code == 1 and "Traceback" not in result.err
        assert "does not say which session it runs; name it with --session FILE" in result.err
    result = run_cli("status", "--workshop-dir", str(folder), "--session", str(SESSION_FILE),
                     "--at", "2026-11-26T16:30")
    assert result.code == 0 and "Block 5 of 7: Journey mapping — 35:00 left" in result.out
    assert "the blocks of" in result.err  # blocks that name no agenda: the positions may not match


def test_status_on_a_journal_that_is_a_pipe_or_a_device_says_so_instead_of_waiting(tmp_path):
    """journal.jsonl a pipe (waited for a writer for ever) or a link to /dev/zero (read
    without end): refused as a journal that is a folder is."""
    import os

    for make in (os.mkfifo, lambda p: os.symlink("/dev/zero", p)):
        folder = tmp_path / f"w{make is os.mkfifo}"
        folder.mkdir()
        make(folder / "journal.jsonl")
        result = run_cli("status", "--workshop-dir", str(folder))
        assert result.code == 1
        assert result.err.startswith(f"facilitator status: the workshop folder {folder} cannot be used: ")
        assert "journal.jsonl" in result.err and "not a file" in result.err
