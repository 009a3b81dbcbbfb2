"""Exercise phases add up (issue 9, item 2): one rule, held over random command sequences.

The rule: the exercise's remaining time is the current phase's remaining time plus the
later phases' (with any added minutes); N ends the current phase now; a phase that runs
out moves on by itself, and an N pressed just after cannot skip the new phase unseen;
after the last phase the exercise counts overtime like a block.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from engine_day import M, at
from facilitator.core.day.clock import FakeClock
from facilitator.core.day.facts import PHASE_GRACE
from facilitator.core.day.runner import Runner
from facilitator.core.session.model import Block, BlockKind, Exercise, Phase, Session


def session() -> Session:
    ex = Exercise("kort", "Kortlæg rejsen", 35 * M,
                  phases=[Phase("Alene", 10 * M), Phase("I gruppen", 15 * M), Phase("Forbered", 5 * M)])
    return Session("Dag", "da", 9 * 60, [Block("ex", "Øvelse", BlockKind.EXERCISE, 40 * M, exercises=[ex]),
                                         Block("slut", "Slut", BlockKind.TALK, 20 * M)])


def started():
    clock = FakeClock(at(9, 0))
    runner = Runner(session(), clock)
    runner.start_day()
    runner.start_exercise()
    return runner, clock


def test_n_with_ten_minutes_left_takes_them_out_of_the_whole_exercise():
    runner, clock = started()
    runner.next_phase()  # 10 min left of phase 1: they are gone
    x = runner.state().exercise
    assert (x.phase_index, x.phase_remaining, x.remaining) == (1, 15 * M, 25 * M)  # 15 + 5 + 5 left over


def test_a_late_n_does_not_skip_the_phase_that_just_began():
    runner, clock = started()
    clock.advance(10 * M + 2)  # phase 1 ran out 2 s ago and moved on by itself
    runner.next_phase()
    x = runner.state().exercise
    assert (x.phase_index, x.phase.title) == (1, "I gruppen")
    clock.advance(PHASE_GRACE)
    runner.next_phase()  # now it means this phase
    assert runner.state().exercise.phase_index == 2


def test_after_the_last_phase_the_exercise_counts_overtime():
    runner, clock = started()
    clock.advance(37 * M)
    x = runner.state().exercise
    assert (x.phase_index, x.phase_remaining, x.remaining) == (2, -2 * M, -2 * M)


STEPS = st.one_of(
    st.tuples(st.just("advance"), st.floats(0, 20 * M)),
    st.tuples(st.just("adjust"), st.sampled_from([-5 * M, -M, M, 5 * M])),
    st.tuples(st.sampled_from(["next_phase", "previous_phase", "pause_exercise", "resume_exercise",
                               "pause", "resume"])),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(STEPS, max_size=30))
def test_the_phases_add_up_whatever_is_pressed(steps):
    runner, clock = started()
    for name, *args in steps:
        before = runner.state().exercise
        clock.advance(0.001)  # a key press takes time; no two commands share a timestamp
        if name == "advance":
            clock.advance(args[0])
        else:
            getattr(runner, name)(*args)
        after = runner.state().exercise
        if after.status not in ("running", "paused") or before.status not in ("running", "paused"):
            continue
        gone = after.elapsed - before.elapsed
        if name in ("advance", "pause", "resume", "pause_exercise", "resume_exercise"):
            # time only: the whole exercise loses exactly the time that ran, phases flowing or not
            assert abs((before.remaining - after.remaining) - gone) < 1e-6
            assert after.phase_index >= before.phase_index
        elif name == "adjust":
            added = args[0]
            if before.phase_remaining + added >= 0 and after.phase_index == before.phase_index:
                assert abs((after.remaining - before.remaining) - (added - gone)) < 1e-6
        elif name == "next_phase" and after.phase_index == before.phase_index + 1:
            # N ends the current phase now: its remaining time leaves the exercise's
            assert abs(after.remaining - (before.remaining - before.phase_remaining)) < 1e-6
        # the rule itself: on the last phase the exercise has exactly that phase's time left,
        # before it the later phases' time comes on top (never negative)
        if after.phase_index == 2:
            assert abs(after.remaining - after.phase_remaining) < 1e-6
        else:
            assert after.remaining >= after.phase_remaining - 1e-6
        assert after.duration >= 0 and abs(after.duration - (after.elapsed + after.remaining)) < 1e-6
