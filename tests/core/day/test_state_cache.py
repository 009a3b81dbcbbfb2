"""The Runner keeps the day's projection between seconds (derive.StateCache): what it shows
is always what a fresh derive_state gives, each command and each move of the running
block's end computes it again, and a block counting down within its time does not."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from engine_day import M, at, hm, make_session
from facilitator.core.day.clock import FakeClock
from facilitator.core.day.derive import derive_state
from facilitator.core.day.runner import Runner
from facilitator.core.session.model import Block, BlockKind, ReportBack, Session

from test_runner_properties import command, move


def fresh(runner: Runner):
    return derive_state(runner.session, runner.events, runner.clock.now())


def computed(runner: Runner, part: str = "projection") -> int:
    return runner._cache.computed.get(part, 0)


def round_session() -> Session:
    rb = ReportBack(per_group=4 * M, changeover=1 * M, groups=3)
    return Session("Dag", "da", 9 * 60, [
        Block("intro", "Intro", BlockKind.TALK, 30 * M, min_duration=15 * M),
        Block("runde", "Fremlæggelser", BlockKind.EXERCISE, rb.duration(3), report_back=rb),
        Block("pause", "Pause", BlockKind.BREAK, 15 * M),
        Block("slut", "Afslutning", BlockKind.TALK, 30 * M, fixed_start=11 * 60, min_duration=10 * M),
    ], date="2026-11-26")


ticks = st.tuples(st.just("ticks"), st.integers(1, 90), st.sampled_from([1.0, 0.25, 1.37]))
round_commands = st.sampled_from([("next_group",), ("skip_group",), ("adjust_group", 60)])


@settings(max_examples=80, deadline=None)
@given(st.sampled_from([make_session, round_session]),
       st.lists(st.one_of(command, ticks, round_commands), max_size=30))
def test_the_kept_state_is_the_state_computed_afresh(make, steps):
    """After every command and every tick of the clock (whole seconds, quarter seconds,
    odd fractions; across minutes, into overtime, paused), the Runner's state equals the
    state derived from its events alone."""
    clock = FakeClock(at(8, 59, 30))
    runner = Runner(make(), clock)
    for step in steps:
        name, *args = step
        if name == "ticks":
            count, size = args
            for _ in range(count):
                clock.advance(size)
                assert runner.state() == fresh(runner)
            continue
        if name in ("advance", "sleep", "set_wall_by"):
            move(clock, name, *args)
        else:
            clock.advance(0.001)
            getattr(runner, name)(*args)
        assert runner.state() == fresh(runner)
        assert runner.state() == fresh(runner)  # asked twice at one moment: from the cache


def test_a_block_counting_down_keeps_its_projection_for_every_second():
    clock = FakeClock(at(9, 0) + 0.4172)
    runner = Runner(make_session(), clock)
    runner.start_day()
    first = runner.state()
    for _ in range(300):  # five minutes of wake-ups a little after each second, across minutes
        clock.advance(1.002137)
        state = runner.state()
        assert state == fresh(runner)
    assert computed(runner) == 1 and computed(runner, "plan") == 1
    assert state.blocks is first.blocks  # the agenda can tell nothing moved
    assert abs(state.remaining - (first.remaining - 300 * 1.002137)) < 1e-3


def test_each_command_computes_the_projection_again():
    clock = FakeClock(at(9, 0))
    runner = Runner(make_session(), clock)
    runner.start_day()
    runner.state()
    before = computed(runner)
    clock.advance(10)
    runner.adjust(5 * M)  # the talk gets five more minutes: the next block moves
    state = runner.state()
    assert computed(runner) == before + 1
    assert hm(state.blocks[1].projected_start) == "09.35"
    clock.advance(10)
    runner.next_block()  # the exercise begins now, 25 minutes early
    state = runner.state()
    assert computed(runner) == before + 2
    assert hm(state.blocks[2].projected_start) == "09.30" and state == fresh(runner)


def test_in_overtime_the_later_blocks_move_every_second():
    clock = FakeClock(at(9, 0))
    runner = Runner(make_session(), clock)
    runner.start_day()
    clock.advance(30 * M + 50)  # the talk is 50 seconds over
    s1 = runner.state()
    assert hm(s1.blocks[1].projected_start) == "09.30"
    for _ in range(10):  # the minute turns: the next block now starts 09.31
        clock.advance(1)
        s2 = runner.state()
        assert s2 == fresh(runner)
    assert s2.blocks[1].projected_start == s1.blocks[1].projected_start + 10
    assert hm(s2.blocks[1].projected_start) == "09.31"
    assert computed(runner) == 11


def test_paused_the_later_blocks_move_every_second_and_resume_keeps_them():
    clock = FakeClock(at(9, 0))
    runner = Runner(make_session(), clock)
    runner.start_day()
    clock.advance(60)
    runner.pause()
    s1 = runner.state()
    clock.advance(90)
    s2 = runner.state()
    assert s2.blocks[1].projected_start == s1.blocks[1].projected_start + 90 and s2 == fresh(runner)
    runner.resume()
    runner.state()
    resumed = computed(runner)
    for _ in range(30):
        clock.advance(1)
        assert runner.state() == fresh(runner)
    assert computed(runner) == resumed


def test_before_the_day_the_plan_follows_the_date_past_midnight():
    clock = FakeClock(at(23, 59, 58))
    runner = Runner(make_session(), clock)
    today = runner.state().blocks[0].planned_start
    clock.advance(1)
    assert runner.state().blocks[0].planned_start == today and computed(runner, "plan") == 1
    clock.advance(2)  # past midnight: the plan is for the new date
    assert runner.state().blocks[0].planned_start == today + 24 * 3600
    assert runner.state() == fresh(runner) and computed(runner, "plan") == 2


def test_the_catch_up_plan_follows_what_the_running_block_has_left():
    """Late, with the running talk down to its last minutes: it can give only what it has
    left, so the plan changes every second although the projection does not."""
    clock = FakeClock(at(9, 40))
    runner = Runner(make_session(), clock)
    runner.start_day()  # 40 minutes late
    clock.advance(25 * M)  # five minutes left of a talk that may lose ten
    plans = []
    for _ in range(5):
        clock.advance(1)
        state = runner.state()
        assert state == fresh(runner)
        plans.append(dict(state.catch_up.cuts).get(0))
    assert plans == [299, 298, 297, 296, 295]
    assert computed(runner) == 1 and computed(runner, "catch-up") == 5


def test_before_the_day_starting_now_is_summed_up_once_and_read_each_second():
    """'Starting now: ends …' (the day not started, the room late): the blocks' flow is worked
    out once for the date; each second reads it, and it equals a fresh derive."""
    clock = FakeClock(at(9, 10))
    runner = Runner(make_session(), clock)
    shown = []
    for _ in range(5):
        clock.advance(1)
        state = runner.state()
        assert state.start_now_end == fresh(runner).start_now_end
        shown.append(hm(state.start_now_end))
    assert computed(runner, "start-now flow") == 1
    assert shown[0] == hm(fresh(runner).start_now_end)
