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


DAY = 24 * 3600
EVENING = 18 * 3600  # a day whose blocks reach this late may go on past midnight


def is_next_day(fixed_start: int, day_start: int, reached: int) -> bool:
    """Whether a fixed start (minutes after midnight) is on the day after the day's start
    (minutes), the blocks before it reaching `reached` (seconds after the first midnight):
    when it is earlier than the day's start, the blocks run into the evening or later, and
    the next day's time is nearer to where they reach than today's ('00:40' after a block
    ending at 00.30). '18:30' after a block ending at 19.30 in a 19.00 evening is today's,
    an hour too early, not tomorrow's, 23 hours on."""
    if fixed_start >= day_start or reached < EVENING:
        return False
    return (fixed_start + 24 * 60) * 60 - reached < reached - fixed_start * 60


def read_fixed_starts_past_midnight(session: Session) -> None:
    """A fixed start on the next day (is_next_day) is stored as minutes past the first
    midnight (24 * 60 + 40), which every clock formatting wraps."""
    t = session.start * 60
    for block in session.blocks:
        fixed = block.fixed_start
        if fixed is not None and is_next_day(fixed, session.start, t):
            block.fixed_start = fixed = fixed + 24 * 60
        if fixed is not None:
            t = fixed * 60
        t += block.duration


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
