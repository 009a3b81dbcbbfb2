"""Catch-up: which flexible blocks still to come to shorten so the day ends on time.

Greedy, nearest block first (catching up early also helps the fixed times on the
way, e.g. lunch): each block is cut by what actually moves the END of the day,
never below its minimum duration. Cutting a block before a fixed start that has
slack moves nothing (the fixed start absorbs it), so such a block is left alone.
Cuts are rounded up to whole minutes when the block has room. late_after is how
late the day still ends if the plan is accepted.
"""
from __future__ import annotations

import math
from typing import Mapping, Sequence

from facilitator.core.day.state import CatchUpPlan
from facilitator.core.day.projection import Slot, end_of, flow

THRESHOLD = 60  # seconds of drift before a plan is proposed


def propose_catch_up(slots: Sequence[Slot], start: float, planned_end: float,
                     room: Mapping[int, int]) -> CatchUpPlan | None:
    """`slots` as for projection.flow; `room` maps a flowing block's index to the
    most seconds it may lose. None when on time or nothing can be cut."""
    cuts: dict[int, int] = {}

    def drift() -> float:
        return end_of(start, flow(start, slots, cuts)) - planned_end

    if drift() <= THRESHOLD:
        return None
    for index in sorted(room):
        late = drift()
        if late <= 0:
            break
        most = room[index]
        if most <= 0:
            continue
        cuts[index] = most
        gain = late - drift()  # what cutting all of it buys at the end of the day
        cut = min(gain, late)
        if cut <= 0:
            del cuts[index]
            continue
        need = math.ceil(cut)
        rounded = math.ceil(need / 60) * 60
        cuts[index] = rounded if rounded <= most else min(need, most)
    if not cuts:
        return None
    return CatchUpPlan(tuple(sorted(cuts.items())), max(0.0, drift()))
