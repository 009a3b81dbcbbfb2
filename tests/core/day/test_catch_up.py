"""Catch-up plans on hand-made projections: what to cut so the END of the day is on time."""
from __future__ import annotations

from facilitator.core.day.catch_up import propose_catch_up
from facilitator.core.day.projection import Slot, flow

M = 60


def day(current_end: float, c_duration: float = 20 * M):
    """Now-block ending at current_end; A (30 min) flows; B starts at 50 min fixed; C flows."""
    return [Slot(known=(0, current_end)), Slot(duration=30 * M), Slot(duration=10 * M, fixed_start=50 * M),
            Slot(duration=c_duration)]


def test_on_time_or_within_a_minute_proposes_nothing():
    assert propose_catch_up(day(20 * M), 0, 80 * M, {1: 10 * M, 3: 5 * M}) is None
    assert propose_catch_up(day(21 * M), 0, 80 * M, {1: 10 * M, 3: 5 * M}) is None


def test_the_nearest_block_is_cut_by_what_moves_the_end_of_day():
    plan = propose_catch_up(day(25 * M), 0, 80 * M, {1: 10 * M, 3: 5 * M})
    assert (plan.cuts, plan.late_after) == (((1, 5 * M),), 0)


def test_a_cut_absorbed_by_a_fixed_start_is_not_proposed():
    # A ends before B's fixed start whatever happens: only C can help
    slots = day(15 * M, c_duration=25 * M)
    assert flow(0, slots)[2] == (50 * M, 60 * M)  # B keeps its start
    plan = propose_catch_up(slots, 0, 80 * M, {1: 10 * M, 3: 10 * M})
    assert (plan.cuts, plan.late_after) == (((3, 5 * M),), 0)


def test_never_below_the_minimum_and_says_how_late_the_day_still_ends():
    plan = propose_catch_up(day(40 * M), 0, 80 * M, {1: 10 * M, 3: 3 * M})
    assert plan.cuts == ((1, 10 * M), (3, 3 * M))
    assert plan.late_after == 7 * M


def test_cuts_round_up_to_whole_minutes_when_there_is_room():
    plan = propose_catch_up(day(22 * M + 10), 0, 80 * M, {1: 10 * M})
    assert plan.cuts == ((1, 3 * M),)
    plan = propose_catch_up(day(22 * M + 10), 0, 80 * M, {1: 2 * M + 20})
    assert plan.cuts == ((1, 2 * M + 10),)


def test_nothing_to_cut_says_what_will_be_late():
    for room in ({}, {1: 0}):
        plan = propose_catch_up(day(40 * M), 0, 80 * M, room)
        assert (plan.cuts, plan.late_after, plan.late_starts) == ((), 20 * M, ((2, 20 * M),))


def test_the_running_block_may_be_cut_to_keep_a_fixed_start():
    # the running block ends at 65 min, the fixed start is at 50: only the running block can give
    slots = [Slot(known=(0, 65 * M)), Slot(duration=10 * M, fixed_start=50 * M), Slot(duration=20 * M)]
    plan = propose_catch_up(slots, 0, 80 * M, {0: 20 * M})
    assert (plan.cuts, plan.late_after, plan.late_starts) == (((0, 15 * M),), 0, ())
    assert flow(0, slots, hold=True)[1] == (50 * M, 60 * M)  # the agenda keeps the fixed start
