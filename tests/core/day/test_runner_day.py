"""A whole workshop day driven with a fake clock: what the facilitator sees at each step."""
from __future__ import annotations

import pytest

from engine_day import M, at, hm, make_session
from facilitator.core.day.clock import FakeClock
from facilitator.core.day.runner import Runner


@pytest.fixture
def day():
    clock = FakeClock(at(8, 55))
    return Runner(make_session(), clock), clock


def projected(state, index):
    b = state.blocks[index]
    return hm(b.projected_start), hm(b.projected_end)


def test_a_whole_day(day):
    runner, clock = day

    # 08.55: nothing started, the day is planned 09.00-14.00
    s = runner.state()
    assert (s.started, s.current, s.drift) == (False, None, 0)
    assert hm(s.planned_end) == hm(s.projected_end) == "14.00"
    assert [b.status for b in s.blocks[:2]] == ["next", "later"]
    assert projected(s, 0) == ("09.00", "09.30")

    # 09.04, late start: the morning moves 4 min; lunch keeps 11.30 (the block before it
    # has to give 4 min, and the plan proposes the nearest cut), and the cake break before
    # the fixed 13.00 block absorbs the rest, so the day still ends 14.00
    clock.advance(9 * M)
    runner.start_day()
    s = runner.state()
    assert (s.current, s.remaining, s.elapsed, s.level) == (0, 30 * M, 0, "normal")
    assert projected(s, 0) == ("09.04", "09.34")
    assert projected(s, 5) == ("11.30", "12.00") and s.blocks[5].late_by == 4 * M
    assert [(c.fixed, c.gives, c.left) for c in s.conflicts] == [(5, 4, 41 * M)]
    assert projected(s, 8) == ("12.45", "13.00")
    assert s.drift == 0 and s.catch_up.cuts == ((0, 4 * M),)

    # overrun: the warning comes at 2 min left (20 % of 30 min is 6 min; the lesser wins)
    clock.advance(28 * M + 30)
    s = runner.state()
    assert (s.remaining, s.level) == (90, "warning")
    clock.advance(90)
    assert (runner.state().remaining, runner.state().level) == (0, "danger")
    clock.advance(2 * M)
    s = runner.state()
    assert (s.remaining, s.level) == (-2 * M, "overtime")
    assert hm(s.now) == "09.36" and projected(s, 0) == ("09.04", "09.36")
    assert projected(s, 5) == ("11.30", "12.00") and s.blocks[5].late_by == 6 * M and s.drift == 0

    # 09.36: the vision exercise, with two phases of 10 min
    runner.next_block()
    runner.start_exercise()
    clock.advance(4 * M)
    s = runner.state()
    assert s.blocks[0].status == "done" and hm(s.blocks[0].actual_end) == "09.36"
    assert (s.current, s.remaining) == (1, 26 * M)
    x = s.exercise
    assert (x.status, x.remaining, x.phase_index, x.phase.title, x.phase_remaining) == (
        "running", 16 * M, 0, "Skriv stikord", 6 * M)

    # pause 3 min: both clocks stop, the projection moves on
    runner.pause()
    clock.advance(3 * M)
    s = runner.state()
    assert (s.paused, s.remaining, s.exercise.remaining, s.exercise.status) == (True, 26 * M, 16 * M, "paused")
    assert projected(s, 1) == ("09.36", "10.09")
    runner.resume()

    # 09.49: phase 1 began by itself when phase 0 ran out
    clock.advance(6 * M)
    s = runner.state()
    assert (s.remaining, s.exercise.remaining) == (20 * M, 10 * M)
    assert (s.exercise.phase_index, s.exercise.phase_remaining) == (1, 10 * M)

    # +5 min
    runner.adjust(+300)
    s = runner.state()
    assert (s.remaining, s.blocks[1].planned_duration) == (25 * M, 35 * M)
    assert (s.exercise.remaining, s.exercise.phase_remaining) == (15 * M, 15 * M)  # the room's countdown too
    assert projected(s, 1) == ("09.36", "10.14")
    assert projected(s, 8) == ("12.45", "13.00") and s.drift == 0  # lunch keeps 11.30

    # 09.59: the room is done early; next phase on the last phase ends the exercise
    # with 5 of the added minutes unused
    clock.advance(10 * M)
    runner.next_phase()
    assert (runner.state().exercise.status, runner.state().exercise.remaining) == ("finished", 5 * M)

    # 10.20, 6 min overtime: if nothing gives, lunch starts 20 min late and the day ends
    # 14.05; lunch keeps 11.30 on the agenda, and the block before it is named to give;
    # the plan: take 10 min from each of the next two flexible blocks
    clock.advance(21 * M)
    s = runner.state()
    assert s.remaining == -6 * M and s.level == "overtime"
    assert projected(s, 5) == ("11.30", "12.00") and s.blocks[5].late_by == 20 * M
    assert [(c.fixed, c.gives, c.left, c.needs) for c in s.conflicts] == [(5, 4, 25 * M, 45 * M)]
    assert projected(s, 8) == ("12.45", "13.00") and projected(s, 9) == ("13.00", "13.45")
    assert s.drift == 5 * M and hm(s.projected_end) == "14.05"
    assert (s.catch_up.cuts, s.catch_up.late_after) == (((2, 10 * M), (4, 10 * M)), 0)
    runner.accept_catch_up()
    s = runner.state()
    assert s.drift == 0 and s.catch_up is None and s.blocks[2].planned_duration == 20 * M
    assert s.conflicts == () and projected(s, 4) == ("10.55", "11.30")
    assert runner.events[-1].type == "accept_catch_up"
    assert runner.events[-1].data == {"cuts": [[2, 600], [4, 600]]}

    # 10.20 cases (25 min), 10.45 jump past the morning break: it is skipped
    runner.next_block()
    clock.advance(25 * M)
    runner.goto_block(4)
    s = runner.state()
    assert [b.status for b in s.blocks[2:6]] == ["done", "skipped", "now", "next"]
    assert projected(s, 4) == ("10.45", "11.20") and projected(s, 5) == ("11.30", "12.00")

    # 11.30 lunch: "Pause — vi starter igen kl. 12.00"
    clock.advance(45 * M)
    runner.next_block()
    s = runner.state()
    assert (s.current, s.remaining, hm(s.back_at)) == (5, 30 * M, "12.00")

    # the laptop sleeps through lunch: the countdown moved on, the jump is reported once
    clock.sleep(40 * M)
    s = runner.state()
    assert (hm(s.now), s.remaining, s.level, hm(s.back_at)) == ("12.10", -10 * M, "overtime", "12.00")
    assert runner.check_clock() == pytest.approx(40 * M)
    assert runner.check_clock() is None
    assert runner.state().clock_jumps == (40 * M,)
    assert projected(runner.state(), 8) == ("12.55", "13.00") and runner.state().drift == 0

    # 12.10 behaviour block; it runs 15 min over: the day ends 14.10
    runner.next_block()
    clock.advance(35 * M)
    s = runner.state()
    assert s.remaining == -15 * M and s.drift == 10 * M
    assert s.catch_up.cuts == ((7, 5 * M), (9, 5 * M)) and s.catch_up.late_after == 0
    assert s.catch_up.late_starts == ((9, 5 * M),)  # the kaede block can give only 5 of the 10
    # ... she ignores it and talks on until 13.10: cutting all that may be cut is not enough
    clock.advance(25 * M)
    s = runner.state()
    assert s.drift == 35 * M and hm(s.projected_end) == "14.35"
    assert s.catch_up.cuts == ((7, 5 * M), (9, 15 * M), (10, 5 * M))
    assert s.catch_up.late_after == 10 * M
    runner.accept_catch_up()
    s = runner.state()
    assert s.drift == 10 * M and hm(s.projected_end) == "14.10"
    # nothing is left to cut: the plan says what will be late
    assert (s.catch_up.cuts, s.catch_up.late_after, s.catch_up.late_starts) == ((), 10 * M, ((9, 30 * M),))

    # 13.10 value-chain exercise (20 min after the cut); the wall clock is set back 10 min
    runner.next_block()
    clock.advance(2 * M)
    clock.set_wall(at(13, 2))
    s = runner.state()
    assert (s.elapsed, s.remaining) == (0, 20 * M)  # clamped: never negative elapsed time
    assert runner.check_clock() == pytest.approx(-10 * M)
    clock.set_wall(at(13, 30))
    runner.goto_block(9)  # 13.30: no cake today
    clock.advance(30 * M)
    runner.next_block()
    clock.advance(10 * M)
    runner.next_block()  # 14.10: the last block's next ends the day

    s = runner.state()
    assert (s.ended, s.current, s.drift, hm(s.projected_end)) == (True, None, 10 * M, "14.10")
    assert [b.status for b in s.blocks] == ["done"] * 3 + ["skipped"] + ["done"] * 4 + ["skipped", "done", "done"]
    assert hm(s.blocks[10].actual_end) == "14.10"
    # the wall clock set to 13.30 was a jump too: the command given then put it on record first
    assert s.clock_jumps == (40 * M, -10 * M, 28 * M)


def test_break_before_a_fixed_start_counts_to_the_clock_time(day):
    runner, clock = day
    clock.set_wall(at(12, 51))
    runner.goto_block(8)  # the cake break, 4 min late: it is shorter, not later
    s = runner.state()
    assert (hm(s.back_at), s.remaining, s.blocks[8].planned_duration) == ("13.00", 9 * M, 9 * M)
    runner.adjust(+300)
    s = runner.state()
    assert (hm(s.back_at), s.remaining) == ("13.05", 14 * M)
    # the fixed 13.00 block keeps its time: the break is the block that has to give
    assert projected(s, 9) == ("13.00", "13.45")
    (conflict,) = s.conflicts
    assert (conflict.fixed, conflict.gives, conflict.left, conflict.needs) == (9, 8, 9 * M, 14 * M)
    assert hm(conflict.must_end) == "13.00"


def test_an_ordinary_break_counts_its_duration_from_when_it_began(day):
    runner, clock = day
    clock.set_wall(at(10, 40))
    runner.goto_block(3)
    assert hm(runner.state().back_at) == "10.55"
    runner.pause()
    clock.advance(2 * M)
    assert hm(runner.state().back_at) == "10.57"  # a paused break comes back later


def test_adjust_never_makes_the_planned_duration_negative(day):
    runner, clock = day
    runner.start_day()
    runner.adjust(-3600)
    s = runner.state()
    assert (s.blocks[0].planned_duration, s.remaining, s.level) == (0, 0, "danger")
    runner.adjust(+60)
    assert runner.state().remaining == 60


def test_exercise_timer_commands(day):
    runner, clock = day
    runner.goto_block(1)
    assert runner.state().exercise.status == "ready"  # shown, ready to start
    runner.start_exercise()
    clock.advance(12 * M)
    runner.previous_phase()  # back to 'Skriv stikord', from the start
    s = runner.state()
    # the phases add up: the restarted phase and the one after it are the exercise's time
    assert (s.exercise.phase_index, s.exercise.phase_remaining, s.exercise.remaining) == (0, 10 * M, 20 * M)
    runner.pause_exercise()
    clock.advance(M)
    s = runner.state()
    assert (s.exercise.status, s.exercise.remaining, s.remaining) == ("paused", 20 * M, 17 * M)
    runner.resume_exercise()
    clock.advance(M)
    assert runner.state().exercise.remaining == 19 * M
    runner.reset_exercise()
    s = runner.state()
    assert (s.exercise.status, s.exercise.remaining, s.exercise.phase_index) == ("ready", 20 * M, 0)
    runner.start_exercise()
    runner.skip_exercise()
    assert runner.state().exercise.status == "skipped"
    runner.start_exercise()  # nothing left to start
    assert runner.state().exercise.status == "skipped"
    runner.start_exercise(0)  # by index: starts over
    assert (runner.state().exercise.status, runner.state().exercise.remaining) == ("running", 20 * M)
    runner.next_block()  # leaving the block ends its exercise timer
    assert runner.state().exercise is None


def test_toggle_pause_and_previous_block(day):
    runner, clock = day
    runner.next_block()  # before the start: starts the day
    assert runner.state().current == 0
    runner.toggle_pause()
    assert runner.state().paused
    runner.toggle_pause()
    assert not runner.state().paused
    runner.next_block()
    runner.previous_block()
    assert runner.state().current == 0
    runner.end_day()
    runner.previous_block()  # a mis-click on the last block's next: the day goes on
    assert (runner.state().ended, runner.state().current) == (False, 10)


def test_added_time_during_an_exercise_goes_to_the_exercise_and_its_phase(day):
    """+5 min while the room writes keywords: the wall's exercise countdown and the current
    phase get the five minutes too, not only the block (and the next phase starts later)."""
    runner, clock = day
    runner.goto_block(1)
    runner.start_exercise()
    clock.advance(8 * M)
    runner.adjust(5 * M)
    s = runner.state()
    assert (s.remaining, s.exercise.remaining, s.exercise.phase_remaining) == (27 * M, 17 * M, 7 * M)
    clock.advance(7 * M)  # 'Skriv stikord' ran its 15 minutes; the speeches begin now
    s = runner.state()
    assert (s.exercise.phase_index, s.exercise.phase_remaining, s.exercise.remaining) == (1, 10 * M, 10 * M)
    runner.adjust(-60 * M)  # taking away more than is left ends the phase, no nonsense
    s = runner.state()
    assert s.exercise.phase_remaining == 0 and s.exercise.remaining == 0


def test_added_time_outside_a_running_exercise_leaves_the_exercise_alone(day):
    runner, clock = day
    runner.goto_block(1)
    runner.adjust(5 * M)  # the exercise is only shown, not started
    runner.start_exercise()
    assert runner.state().exercise.remaining == 20 * M
