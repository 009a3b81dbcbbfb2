"""Rehearsing the day (issue 9, item 3): the same engine on a simulated clock."""
from __future__ import annotations

from datetime import datetime

import pytest

from facilitator.bundled import default_session_path
from facilitator.core.day.clock import FakeClock
from facilitator.core.day.rehearsal import SimulatedClock, rehearsal_clock
from facilitator.core.day.runner import Runner
from facilitator.core.session.loader import load_session

M = 60


def hm(t: float) -> str:
    return datetime.fromtimestamp(round(t)).strftime("%H.%M")


def test_the_default_day_rehearses_at_30x_from_nine_to_two_on_an_evening_clock():
    session = load_session(default_session_path())
    evening = FakeClock(datetime(2026, 11, 26, 19, 9))  # the laptop's clock reads 19.09
    clock = rehearsal_clock(session, speed=30, base=evening)
    runner = Runner(session, clock)
    assert hm(clock.now()) == "09.00"
    s = runner.state()
    assert not s.started and s.drift == 0 and s.catch_up is None and s.start_now_end is None
    runner.start_day()
    for block in runner.state().blocks:  # every block as planned: exercises and breaks too
        if block.block.exercises:
            runner.start_exercise()
        evening.advance(block.planned_duration / 30)  # real seconds
        assert runner.check_clock() is None  # a fast clock is not a jumping clock
        runner.next_block()
    s = runner.state()
    assert s.ended and hm(s.projected_end) == "14.00" and s.drift == 0
    assert hm(evening.now()) == "19.19"  # ten real minutes


def test_a_rehearsal_may_start_at_another_time_and_speed_is_bounded():
    session = load_session(default_session_path())
    base = FakeClock(datetime(2026, 11, 26, 21, 0))
    clock = rehearsal_clock(session, speed=1, at_minutes=13 * 60 + 15, base=base)
    base.advance(90)
    assert hm(clock.now()) == "13.16"
    for speed in (0.5, 61):
        with pytest.raises(ValueError, match="1x to 60x"):
            SimulatedClock(0, speed, base)
