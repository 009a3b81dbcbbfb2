"""propose_catch_up measures each cut it tries from where the greedy stands (catch_up._Lateness)
instead of walking the whole day again: the plans are the ones the full walk gives, on any
day, and a day of 300 flexible blocks no longer takes a quadratic walk per command."""
from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.core.day import catch_up
from facilitator.core.day.catch_up import EPSILON, THRESHOLD, _least_cut, propose_catch_up
from facilitator.core.day.projection import Slot, end_of, flow, free_flow, late_starts
from facilitator.core.day.state import CatchUpPlan

M = 60


def walked_plan(slots, start, planned_end, room):
    """The greedy as it was, every lateness a walk over the whole day (the reference); lateness
    within EPSILON counts as equal, as in propose_catch_up."""
    cuts = {}

    def lateness():
        return sum(late_starts(start, slots, cuts).values()) + max(
            0.0, end_of(start, flow(start, slots, cuts)) - planned_end)

    end, late = free_flow(start, slots)
    if max([end - planned_end, *late.values()]) <= THRESHOLD:
        return None
    for index in sorted(room):
        if index >= len(slots):
            continue
        before = lateness()
        if before <= EPSILON:
            break
        most = int(room[index])
        if most <= 0:
            continue
        cuts[index] = most
        best = lateness()
        if best >= before - EPSILON:
            del cuts[index]
            continue

        def with_cut(c):
            cuts[index] = c
            return lateness()
        need = _least_cut(with_cut, most, best)
        rounded = math.ceil(need / 60) * 60
        cuts[index] = rounded if rounded <= most else need
    late_end = end_of(start, flow(start, slots, cuts)) - planned_end
    still = {i: s for i, s in late_starts(start, slots, cuts).items() if s >= THRESHOLD}
    if not cuts and not still and late_end < THRESHOLD:
        return None
    return CatchUpPlan(tuple(sorted(cuts.items())), max(0.0, late_end),
                       tuple(sorted((i, round(s)) for i, s in still.items())))


seconds = st.integers(0, 60).map(lambda m: m * M) | st.integers(0, 3600).map(lambda s: s / 2)
clock = st.integers(0, 8 * 60).map(lambda m: float(m * M))


@st.composite
def days(draw):
    """A day that is usually late: some blocks run (known), the rest flow with fixed starts
    and ends here and there; the end is planned earlier than the blocks need, and most
    blocks have room."""
    start = draw(clock)
    done = draw(st.lists(st.tuples(seconds, seconds), max_size=3))
    known = [Slot(known=(start + b, start + b + d)) for b, d in done]
    later = draw(st.lists(st.builds(Slot, duration=seconds, fixed_start=st.none() | st.none() | clock,
                                    fixed_end=st.none() | st.none() | st.none() | clock), min_size=1, max_size=14))
    slots = known + later
    work = sum(s.duration for s in later)
    planned_end = start + draw(st.floats(0, 1.2)) * work
    room = draw(st.dictionaries(st.integers(0, len(slots) + 1), st.integers(-60, 45 * M), max_size=len(slots) + 2))
    return slots, start, planned_end, room


@settings(max_examples=300, deadline=None)
@given(days())
def test_the_plan_is_the_one_the_full_walk_gives(day):
    slots, start, planned_end, room = day
    assert propose_catch_up(slots, start, planned_end, room) == walked_plan(slots, start, planned_end, room)


def walked_lateness(slots, start, planned_end, cuts):
    return sum(late_starts(start, slots, cuts).values()) + max(
        0.0, end_of(start, flow(start, slots, cuts)) - planned_end)


@settings(max_examples=300, deadline=None)
@given(days(), st.data())
def test_each_cut_measured_from_where_the_greedy_stands_is_the_walks_lateness(day, data):
    """The measure itself: cuts on the blocks before `index`, one tried at `index`."""
    slots, start, planned_end, _room = day
    measure = catch_up._Lateness(slots, start, planned_end)
    cuts = {}
    for index in range(len(slots)):
        measure.move_to(index, cuts)
        tried = data.draw(st.integers(0, 40 * M) | st.integers(0, 80).map(lambda s: s / 2))
        walked = walked_lateness(slots, start, planned_end, {**cuts, index: tried})
        assert math.isclose(measure.with_cut(tried), walked, rel_tol=0, abs_tol=EPSILON)
        cuts[index] = data.draw(st.sampled_from([0, 0, M, tried]))


def test_a_day_of_many_flexible_blocks_does_not_walk_it_for_every_cut(monkeypatch):
    """300 blocks of 2 min that may lose one each, 2 h late: the plan cuts 120 of them, and
    the blocks are stepped through a few times, not once per cut tried (36,000+ times)."""
    slots = [Slot(duration=2 * M) for _ in range(300)]
    steps = []
    real = catch_up._slot_map
    monkeypatch.setattr(catch_up, "_slot_map", lambda slot, cut: (steps.append(1), real(slot, cut))[1])
    plan = propose_catch_up(slots, 0.0, 480 * M, {i: M for i in range(300)})
    assert plan == walked_plan(slots, 0.0, 480 * M, {i: M for i in range(300)})
    assert len(plan.cuts) == 120 and plan.late_after == 0
    assert len(steps) < 10 * len(slots)


def test_a_cut_measured_in_another_order_is_the_same_lateness():
    """Found by CI: the measure adds the seconds after the cut as one sum, the walk one by one,
    and the two floats differ in their last bits (150144.97999999998 against 150144.98)."""
    slots = [Slot(duration=335.5, fixed_start=0.0), Slot(duration=2040, fixed_start=0.0),
             Slot(duration=1380), Slot(duration=158.0), Slot(duration=512.0),
             Slot(duration=331.5, fixed_start=0.0, fixed_end=0.0), Slot(duration=865.5, fixed_start=0.0),
             Slot(duration=1480.5, fixed_start=0.0), Slot(duration=1480.5, fixed_start=0.0)]
    measure = catch_up._Lateness(slots, 20280.0, 21310.02)
    measure.move_to(0, {})
    walked = walked_lateness(slots, 20280.0, 21310.02, {0: 1})
    assert math.isclose(measure.with_cut(1), walked, rel_tol=0, abs_tol=EPSILON)
    room = {i: 10 * M for i in range(len(slots))}
    assert propose_catch_up(slots, 20280.0, 21310.02, room) == walked_plan(slots, 20280.0, 21310.02, room)
