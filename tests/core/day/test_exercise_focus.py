"""During an exercise with phases the room counts down the phase, then the exercise."""
from datetime import datetime

from facilitator.core.day.clock import FakeClock
from facilitator.core.day.cues import exercise_focus
from facilitator.core.day.runner import Runner
from facilitator.core.session.model import Block, BlockKind, Exercise, Phase, Session


def _runner():
    ex = Exercise("fremtid", "Fremtidsfortælling", 30 * 60,
                  phases=[Phase("Skriv stikord", 10 * 60), Phase("Taler", 20 * 60)])
    session = Session("W", "da", 9 * 60, [Block("b", "B", BlockKind.EXERCISE, 30 * 60, exercises=[ex])])
    clock = FakeClock(datetime(2026, 11, 26, 9, 0))
    runner = Runner(session, clock)
    runner.start_day()
    runner.start_exercise()
    return runner, clock


def test_the_phase_is_the_big_countdown_while_it_runs():
    runner, clock = _runner()
    clock.advance(6 * 60 + 48)
    remaining, total, level, on_phase = exercise_focus(runner.state().exercise)
    assert (round(remaining), total, level, on_phase) == (192, 600, "normal", True)
    clock.advance(90)  # 1:42 left of the 10-minute phase: under 2 min -> warning
    assert exercise_focus(runner.state().exercise)[2] == "warning"


def test_after_the_last_phase_the_exercise_overtime_counts_up():
    runner, clock = _runner()
    clock.advance(31 * 60)
    remaining, total, level, on_phase = exercise_focus(runner.state().exercise)
    assert round(remaining) == -60 and total == 1800 and level == "overtime" and not on_phase


def test_added_time_lengthens_the_phase_the_room_counts_down():
    runner, clock = _runner()
    clock.advance(8 * 60)
    runner.adjust(5 * 60)
    remaining, total, level, on_phase = exercise_focus(runner.state().exercise)
    assert (round(remaining), total, level, on_phase) == (7 * 60, 15 * 60, "normal", True)
