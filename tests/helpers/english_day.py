"""The English afternoon of issue 9 (13.15-17.40, Report back fixed at 16.50), loaded from
tests/fixtures/english-fixed-start.yaml, and a day that runs 15 min late on a FakeClock."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from facilitator.core.day.clock import FakeClock
from facilitator.core.day.runner import Runner
from facilitator.core.session.loader import load_session

SESSION_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "english-fixed-start.yaml"
DAY = (2026, 11, 26)
M = 60
MAPPING, REPORT, WRAP = 4, 5, 6  # block indexes


def english_session():
    return load_session(SESSION_FILE)


def at(hour: int, minute: int, second: int = 0) -> float:
    return datetime(*DAY, hour, minute, second).timestamp()


def hm(timestamp: float) -> str:
    """'16:50': a timestamp as the English clock time."""
    return datetime.fromtimestamp(round(timestamp)).strftime("%H:%M")


def late_day(journal=None, until=(16, 30), start=(13, 30), session=None) -> tuple[Runner, FakeClock]:
    """Started 13.30 (15 min late), every block as planned, Journey mapping's exercise
    started at 15.30: at 16.30 it has 35 min left and Report back is fixed at 16.50.
    `session`: the English session changed by the test (same blocks)."""
    clock = FakeClock(at(*start))
    runner = Runner(english_session() if session is None else session, clock, journal)
    runner.start_day()
    for minutes, exercise in ((15, False), (45, True), (15, False), (45, False)):
        if exercise:
            runner.start_exercise()
        clock.advance(minutes * M)
        runner.next_block()
    runner.start_exercise()
    clock.set_wall(at(*until))
    clock.advance(0)
    return runner, clock
