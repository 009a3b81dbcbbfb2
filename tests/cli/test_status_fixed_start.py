"""`facilitator status` on the English afternoon 15 min late at 16.30 (issue 9, item 1):
Report back keeps 16:50, the running exercise is named to give, the plan cuts it."""
from __future__ import annotations

import datetime as dt

from cli_helpers import run_cli
from english_day import SESSION_FILE, late_day
from facilitator.core import workshop as storage
from facilitator.core.day.journal import Journal


def test_status_keeps_the_fixed_start_and_proposes_cutting_the_running_exercise(tmp_path):
    folder = storage.prepare_workshop_dir(SESSION_FILE, tmp_path / "w", dt.date(2026, 11, 26))
    with Journal(storage.journal_path(folder)) as journal:
        late_day(journal)
    result = run_cli("status", "--workshop-dir", str(folder), "--at", "2026-11-26T16:30")
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "Service design afternoon — 16:30",
        "Block 5 of 7: Journey mapping — 35:00 left",
        "Exercise: Journey mapping — 35:00 left",
        "Phase 2 of 2: Prepare the report — 35:00 left",
        "15 min late — ends 17:55",
        "Still to come:",
        "  16:50* Report back — Journey mapping must end at 16:50: 20:00 left, not 35:00",
        "  17:00  Wrap-up",
        "Catch-up proposal: Journey mapping −15 min",
    ]


def test_status_says_what_will_be_late_when_nothing_can_be_cut(tmp_path):
    folder = storage.prepare_workshop_dir(SESSION_FILE, tmp_path / "w", dt.date(2026, 11, 26))
    with Journal(storage.journal_path(folder)) as journal:
        late_day(journal, until=(17, 20))  # the mapping 15 min over its end: nothing left there
    out = run_cli("status", "--workshop-dir", str(folder), "--at", "2026-11-26T17:20").out
    assert "  16:50* Report back — 30 min late: nothing before it can give" in out
    assert "Catch-up proposal: Wrap-up −15 min (still 15 min late)" in out
    assert "Report back will start 30 min late" in out


def test_status_of_a_rehearsal_says_so(tmp_path):
    real = storage.prepare_workshop_dir(SESSION_FILE, tmp_path / "w", dt.date(2026, 11, 26))
    folder = storage.prepare_workshop_dir(SESSION_FILE, storage.rehearsal_dir(real), dt.date(2026, 11, 26))
    with Journal(storage.journal_path(folder)) as journal:
        late_day(journal)
    out = run_cli("status", "--workshop-dir", str(folder), "--at", "2026-11-26T16:30").out
    assert out.splitlines()[0] == "Service design afternoon — 16:30 (rehearsal)"
    assert not storage.journal_path(real).exists()


def test_status_of_a_rehearsal_ahead_of_the_real_clock(tmp_path):
    """A rehearsal at 30x (or of an evening day, in the afternoon) writes its journal on the
    simulated clock, hours ahead of the computer's: every line was left out as 'dated in the
    future' and status said there was no journal, even with --at."""
    import time

    from facilitator.core.day.events import Event

    real = storage.prepare_workshop_dir(SESSION_FILE, tmp_path / "w")
    folder = storage.prepare_workshop_dir(SESSION_FILE, storage.rehearsal_dir(real))
    start = time.time() + 3 * 3600
    with Journal(storage.journal_path(folder)) as journal:
        journal.append(Event(start, "start_day"))
    at = dt.datetime.fromtimestamp(start + 600).isoformat(timespec="seconds")
    result = run_cli("status", "--workshop-dir", str(folder), "--at", at)
    assert result.code == 0, result.err
    assert "future" not in result.err
    assert result.out.splitlines()[0].endswith("(rehearsal)")
    assert result.out.splitlines()[1].startswith("Block 1 of 7: ")
