"""The planned day: when each block starts and ends if everything runs to plan.

Times are seconds after midnight. A block with a fixed clock start begins then;
every other block begins when the one before it ends.
"""
from __future__ import annotations

from facilitator.core.record import record

from facilitator.core.session.model import Block, Session


@record(frozen=True)
class PlannedBlock:
    block: Block
    start: int  # seconds after midnight
    end: int


def planned_schedule(session: Session) -> list[PlannedBlock]:
    out: list[PlannedBlock] = []
    t = session.start * 60
    for block in session.blocks:
        if block.fixed_start is not None:
            t = block.fixed_start * 60
        out.append(PlannedBlock(block, t, t + block.duration))
        t += block.duration
    return out


def planned_end(session: Session) -> int:
    """End of the planned day, seconds after midnight."""
    sched = planned_schedule(session)
    return sched[-1].end if sched else session.start * 60
