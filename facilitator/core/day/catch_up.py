"""Catch-up: which flexible blocks to shorten so the fixed starts are kept and the
day ends on time.

What is late (in the flow where nothing gives): every fixed start the blocks before
it overrun, plus the end of the day past its planned end. Greedy, nearest block
first (the running block too: catching up early helps every fixed time on the way):
each block is cut by the least that buys all it can buy, never below its minimum
duration. Cutting a block before a fixed start that has slack buys nothing (the fixed
start absorbs it), so such a block is left alone. Cuts are rounded up to whole
minutes when the block has room. What the plan cannot mend is said: late_after (how
late the day still ends) and late_starts (which fixed starts will still be late).
"""
from __future__ import annotations

import math
from typing import Mapping, Sequence

from facilitator.core.day.state import CatchUpPlan
from facilitator.core.day.projection import Slot, end_of, flow, free_flow, late_starts

THRESHOLD = 60  # seconds of lateness before a plan is proposed
# Lateness within a microsecond is the same: _Lateness adds the same seconds in another order
# than a walk of the day, so equal days can differ in the last bits of a float.
EPSILON = 1e-6


def propose_catch_up(slots: Sequence[Slot], start: float, planned_end: float,
                     room: Mapping[int, int], free: tuple[float, dict[int, float]] | None = None
                     ) -> CatchUpPlan | None:
    """`slots` as for projection.flow; `room` maps a block's index to the most seconds it
    may lose. None when nothing is late; a plan without cuts when nothing can be cut.
    `free`: projection.free_flow(start, slots), when the caller has it already."""
    cuts: dict[int, int] = {}
    end, late = free_flow(start, slots) if free is None else free
    uncut = (end - planned_end, late)  # asked for often

    def late_end() -> float:
        return end_of(start, flow(start, slots, cuts)) - planned_end if cuts else uncut[0]

    def late_by() -> dict[int, float]:
        return late_starts(start, slots, cuts) if cuts else uncut[1]

    if max([late_end(), *late_by().values()]) <= THRESHOLD:
        return None
    measure = _Lateness(slots, start, planned_end)
    for index in sorted(room):
        if not 0 <= index < len(slots):
            continue
        measure.move_to(index, cuts)
        before = measure.with_cut(0)
        if before <= EPSILON:
            break
        most = int(room[index])
        if most <= 0:
            continue
        best = measure.with_cut(most)
        if best >= before - EPSILON:  # cutting it buys nothing
            continue
        need = _least_cut(measure.with_cut, most, best)
        rounded = math.ceil(need / 60) * 60
        cuts[index] = rounded if rounded <= most else need
    still = {i: s for i, s in late_by().items() if s >= THRESHOLD}
    if not cuts and not still and late_end() < THRESHOLD:
        return None
    return CatchUpPlan(tuple(sorted(cuts.items())), max(0.0, late_end()),
                       tuple(sorted((i, round(s)) for i, s in still.items())))


class _Lateness:
    """lateness() of propose_catch_up for a cut of the block at `index`, when the blocks before
    it have their final cuts and none after it is cut (the greedy goes in index order). What
    the blocks before it make late is walked once, forward, as the greedy moves on; after it,
    each slot moves the flow's cursor x to max(x + a, b) (projection.flow_end_map), so the
    day's end is one such map from there, and a fixed start the flow reaches with time to
    spare ends what a cut can change: the rest is as late as it is from that fixed start,
    worked out once. Walking every block for every cut tried made a command on a day of 300
    flexible blocks take half a second (quadratic); this gives the same numbers."""

    def __init__(self, slots: Sequence[Slot], start: float, planned_end: float) -> None:
        self.slots, self.planned_end = slots, planned_end
        self._pos, self._cursor, self._late = 0, start, 0.0  # before slot _pos
        n = len(slots)
        self._tail = [(0.0, float("-inf"))] * (n + 1)  # (a, b): final cursor = max(x + a, b) from before slot p
        self._next_fixed = [n] * (n + 1)  # the first slot >= p whose fixed start counts as late
        for p in range(n - 1, -1, -1):
            slot = slots[p]
            a, b = _slot_map(slot, 0)
            ta, tb = self._tail[p + 1]
            self._tail[p] = (a + ta, max(b + ta, tb))
            self._next_fixed[p] = p if slot.known is None and slot.fixed_start is not None else self._next_fixed[p + 1]
        self._from_fixed: dict[int, float] = {}  # slot k -> lateness from k on, reached in time

    def move_to(self, index: int, cuts: Mapping[int, float]) -> None:
        """The walk's state before slot `index`, with the final cuts of the slots before it."""
        while self._pos < index:
            self._step(cuts.get(self._pos, 0))

    def _step(self, cut: float) -> None:
        slot = self.slots[self._pos]
        if slot.known is None and slot.fixed_start is not None and self._cursor > slot.fixed_start:
            self._late += self._cursor - slot.fixed_start
        a, b = _slot_map(slot, cut)
        self._cursor = max(self._cursor + a, b)
        self._pos += 1

    def with_cut(self, cut: float) -> float:
        """The lateness of the whole day with the slot at the walk's position cut by `cut`."""
        slot, x = self.slots[self._pos], self._cursor
        late = self._late
        if slot.known is None and slot.fixed_start is not None and x > slot.fixed_start:
            late += x - slot.fixed_start
        a, b = _slot_map(slot, cut)
        return late + self._rest(self._pos + 1, max(x + a, b))

    def _rest(self, p: int, x: float) -> float:
        """What the slots from p on make late, the flow's cursor at x before slot p."""
        late = 0.0
        while True:
            k = self._next_fixed[p]
            if k == len(self.slots):
                a, b = self._tail[p]
                return late + max(0.0, max(x + a, b) - self.planned_end)
            x = self._reach(p, k, x)
            fixed = self.slots[k].fixed_start
            if x <= fixed:  # in time: from here on nothing depends on x
                return late + self._in_time_from(k)
            late += x - fixed
            a, b = _slot_map(self.slots[k], 0)
            x, p = max(x + a, b), k + 1

    def _reach(self, p: int, k: int, x: float) -> float:
        """The cursor before slot k, from x before slot p (no fixed start counts between)."""
        for slot in self.slots[p:k]:
            a, b = _slot_map(slot, 0)
            x = max(x + a, b)
        return x

    def _in_time_from(self, k: int) -> float:
        if k not in self._from_fixed:
            fixed = self.slots[k].fixed_start
            a, b = _slot_map(self.slots[k], 0)
            self._from_fixed[k] = self._rest(k + 1, max(fixed + a, b))
        return self._from_fixed[k]


def _slot_map(slot: Slot, cut: float) -> tuple[float, float]:
    """(a, b): the slot moves the flow's cursor x to max(x + a, b), cut by `cut` seconds (as
    projection._walk does without hold)."""
    if slot.known is not None:
        begin, end = slot.known
        return 0.0, max(begin, end - cut)
    b = slot.fixed_start if slot.fixed_start is not None else float("-inf")
    if slot.fixed_end is not None:
        return 0.0, max(b, slot.fixed_end)
    step = max(0.0, slot.duration - cut)
    return step, b + step


def _least_cut(lateness_with, most: int, best: float) -> int:
    """The fewest whole seconds (<= most) whose lateness is as low as cutting `most`."""
    low, high = 0, most
    while low < high:
        mid = (low + high) // 2
        if lateness_with(mid) <= best + EPSILON:
            high = mid
        else:
            low = mid + 1
    return high
