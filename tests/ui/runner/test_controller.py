"""The controller wakes up when a displayed second changes, and only then."""
from __future__ import annotations

import pytest

from facilitator.core.day.wall import WallMode
from facilitator.ui.runner.controller import next_boundary_delay


class _State:
    started, ended, paused, exercise = True, False, False, None

    def __init__(self, remaining):
        self.remaining = remaining


@pytest.mark.parametrize("remaining, now, expected", [
    (100.3, 1000.5, 0.3),     # the countdown shows 1:41 until 100.0 is reached
    (100.0, 1000.5, 1.0),     # exactly on a boundary: the next one is a second away
    (-5.25, 1000.5, 0.75),    # overtime counts up: +00:05 becomes +00:06 at -6.0
])
def test_next_wake_up_is_the_next_countdown_boundary(remaining, now, expected):
    assert next_boundary_delay(_State(remaining), now) == pytest.approx(expected)


def test_without_a_countdown_it_wakes_once_a_second_or_at_the_minute():
    assert next_boundary_delay(None, 1000.25) == pytest.approx(1.0)
    assert next_boundary_delay(None, 1019.5) == pytest.approx(0.5)  # 1020 is a whole minute


def test_the_next_wake_up_is_aligned_after_a_command(controller, clock):
    clock.advance(0.3)
    controller.start_day()
    assert 1000 <= controller.next_wake_up() <= 1004  # the block started now: next second in 1 s
    clock.advance(0.4)
    controller.tick()
    assert 600 <= controller.next_wake_up() <= 604
    controller.stop()
    assert controller.next_wake_up() is None


def test_the_countdowns_are_moved_on_to_the_moment_the_timer_is_armed():
    state = _State(100.0)
    state.now = 1000.0  # computed then; the redraw took 30 ms before the timer was armed
    assert next_boundary_delay(state, 1000.03) == pytest.approx(0.97)


def test_a_slow_redraw_at_a_block_change_does_not_make_the_next_second_late(controller, clock):
    """The windows' work at a block change happens between the state's moment and the timer's
    arming: the next wake-up is still at the next true boundary, not that much later."""
    controller.start_day()
    controller.state_changed.connect(lambda _state: clock.advance(0.04))  # 40 ms of redraw
    controller.next_block()
    assert 958 <= controller.next_wake_up() <= 964  # 1 s after the block began, 40 ms ago


def test_state_changed_once_per_tick(controller, clock, qtbot):
    controller.start_day()
    seen = []
    controller.state_changed.connect(seen.append)
    for _ in range(5):
        clock.advance(1)
        controller.tick()
    assert len(seen) == 5
    assert [round(s.remaining) for s in seen] == [1799, 1798, 1797, 1796, 1795]


def test_clock_jump_is_reported_once(controller, clock, qtbot):
    controller.start_day()
    controller.tick()
    jumps = []
    controller.clock_jumped.connect(jumps.append)
    clock.sleep(45 * 60)  # the laptop slept: wall time moved, monotonic did not
    controller.tick()
    clock.advance(1)
    controller.tick()
    assert len(jumps) == 1 and jumps[0] == pytest.approx(45 * 60, abs=2)


def test_wall_follows_the_block_and_the_facilitator(controller, clock):
    modes = []
    controller.wall_changed.connect(modes.append)
    assert controller.wall_mode() == WallMode.AGENDA
    controller.start_day()
    controller.next_block()  # the exercise block
    assert controller.wall_mode() == WallMode.EXERCISE
    controller.toggle_wall_mode(WallMode.BLACK)
    assert controller.wall_mode() == WallMode.BLACK
    controller.toggle_wall_mode(WallMode.BLACK)  # second press: back
    assert controller.wall_mode() == WallMode.EXERCISE
    controller.set_wall_mode(WallMode.WHITE)
    controller.next_block()  # a new block shows its own wall
    assert controller.wall_mode() == WallMode.BREAK
    assert modes == [WallMode.EXERCISE, WallMode.BLACK, WallMode.EXERCISE, WallMode.WHITE,
                     WallMode.BREAK]


def test_the_end_of_a_phase_and_of_the_exercise_chime(controller, clock):
    controller.start_day()
    controller.next_block()
    controller.start_exercise()
    endings = []
    controller.timers_ended.connect(endings.append)
    clock.advance(5 * 60 - 0.5)
    controller.tick()
    assert endings == []
    clock.advance(1)  # phase 1 (5 min) is over
    controller.tick()
    assert endings == [("phase",)]
    clock.advance(10 * 60)  # and the whole exercise (15 min)
    controller.tick()
    assert "exercise" in endings[-1]


def test_no_wake_up_runs_inside_a_command_s_redraw(controller, clock):
    """A block change begun at a second's boundary: the old second's wake-up is held while the
    windows redraw for the new block (else they would be redrawn twice, the second time inside
    the first), and work that waits for a redraw (journeys.slices) sees one under way."""
    controller.start_day()
    seen = []
    controller.state_changed.connect(
        lambda _s: seen.append((controller.next_wake_up(), controller.ms_to_next_redraw())))
    controller.next_block()
    assert seen == [(None, 0)]
    assert 1000 <= controller.next_wake_up() <= 1004  # armed again once the redraw is done
    clock.advance(0.5)
    controller.tick()  # a wake-up's redraw is one too
    assert seen[-1][1] == 0
    assert controller.ms_to_next_redraw() > 0
