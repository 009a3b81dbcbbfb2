"""A workshop on the day the clocks change (the last Sunday of October or March in Europe):
clock times in the file are wall-clock times, so lunch fixed at 11.30 is at 11.30 on the
wall, not an hour off (the hour that day gains or loses is before 03.00)."""
from __future__ import annotations

import time
from datetime import datetime

import pytest

from engine_day import make_session
from facilitator.core.day.clock import FakeClock
from facilitator.core.day.runner import Runner

FROKOST = 5  # fixed at 11.30


@pytest.fixture
def copenhagen(monkeypatch):
    if not hasattr(time, "tzset"):
        pytest.skip("the time zone cannot be changed on this platform")
    monkeypatch.setenv("TZ", "Europe/Copenhagen")
    time.tzset()
    if time.localtime(datetime(2026, 7, 1).timestamp()).tm_isdst != 1:
        pytest.skip("no time zone data for Europe/Copenhagen")
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("day", [(2026, 10, 25), (2026, 3, 29)])  # summer time ends / begins
def test_a_fixed_start_is_at_its_clock_time_on_the_day_the_clocks_change(copenhagen, day):
    clock = FakeClock(datetime(*day, 9, 0))
    runner = Runner(make_session(), clock)
    runner.start_day()
    lunch = runner.state().blocks[FROKOST]
    assert datetime.fromtimestamp(lunch.projected_start).strftime("%H.%M") == "11.30"
    assert datetime.fromtimestamp(runner.state().projected_end).strftime("%H.%M") == "14.00"
    planned = [datetime.fromtimestamp(b.planned_start).strftime("%H.%M") for b in runner.state().blocks]
    assert planned[:3] == ["09.00", "09.30", "10.00"] and planned[FROKOST] == "11.30"  # the wall's agenda


NIGHT = """\
format: 1
title: Nat
language: da
start: "01:14"
blocks:
  - {id: a, title: A, kind: talk, duration: 1h}
  - {id: b, title: B, kind: talk, duration: 1m}
  - {id: c, title: C, kind: talk, duration: 45m, start: "02:15"}
"""


def test_a_block_fixed_in_the_hour_the_clocks_skip_never_ends_before_it_starts(copenhagen):
    """Found by fuzzing: 02.15 does not exist on the spring night and is read as 03.15, after
    its end by the clock (03.00); the block ended 15 minutes before it began."""
    from facilitator.core.session.loader import load_session_text

    runner = Runner(load_session_text(NIGHT, "nat.yaml"), FakeClock(datetime(2026, 3, 29, 0, 0)))
    for block in runner.state().blocks:
        assert block.projected_end >= block.projected_start and block.planned_end >= block.planned_start
