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

    def lateness() -> float:
        return sum(late_by().values()) + max(0.0, late_end())

    if max([late_end(), *late_by().values()]) <= THRESHOLD:
        return None
    for index in sorted(room):
        before = lateness()
        if before <= 0:
            break
        most = int(room[index])
        if most <= 0:
            continue
        cuts[index] = most
        best = lateness()
        if best >= before:  # cutting it buys nothing
            del cuts[index]
            continue
        need = _least_cut(lambda c: _with(cuts, index, c, lateness), most, best)
        rounded = math.ceil(need / 60) * 60
        cuts[index] = rounded if rounded <= most else need
    still = {i: s for i, s in late_by().items() if s >= THRESHOLD}
    if not cuts and not still and late_end() < THRESHOLD:
        return None
    return CatchUpPlan(tuple(sorted(cuts.items())), max(0.0, late_end()),
                       tuple(sorted((i, round(s)) for i, s in still.items())))


def _with(cuts: dict[int, int], index: int, seconds: int, measure) -> float:
    cuts[index] = seconds
    return measure()


def _least_cut(lateness_with, most: int, best: float) -> int:
    """The fewest whole seconds (<= most) whose lateness is as low as cutting `most`."""
    low, high = 0, most
    while low < high:
        mid = (low + high) // 2
        if lateness_with(mid) <= best + 1e-6:
            high = mid
        else:
            low = mid + 1
    return high
