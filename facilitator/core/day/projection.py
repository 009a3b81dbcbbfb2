"""When each block will start and end: the planned day anchored to a date, and the
flow of the blocks still to come.

Rules:
- Planned times are the session's clock times on the day the day was started
  (local time); before the start, on today's date.
- A block flows from the end of the one before. A block with a fixed clock start
  never starts before it (lateness before it is absorbed by the gap), but it
  cannot start before the room gets there either: start = max(flow, fixed).
- A break followed by a fixed-start block has a fixed end: it counts down to that
  clock time (plus any time added to the break), so a late start shortens the
  break and an early one lengthens it; it never ends before it starts.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from facilitator.core.day.clock import timestamp_at
from facilitator.core.session.schedule import planned_schedule
from facilitator.core.session.model import BlockKind, Session


@dataclass(frozen=True)
class Slot:
    """One block in the projection: either known times (done, current, skipped)
    or a planned duration that flows."""

    known: tuple[float, float] | None = None
    duration: float = 0
    fixed_start: float | None = None
    fixed_end: float | None = None


def planned_times(session: Session, day: float) -> list[tuple[float, float]]:
    """(start, end) timestamps of every block on the local date of `day`."""
    return [(timestamp_at(day, p.start / 60), timestamp_at(day, p.end / 60))
            for p in planned_schedule(session)]


def fixed_start_at(session: Session, index: int, day: float) -> float | None:
    minutes = session.blocks[index].fixed_start
    return None if minutes is None else timestamp_at(day, minutes)


def fixed_end_at(session: Session, index: int, day: float) -> float | None:
    """The clock time a break counts down to: the next block's fixed start, if any."""
    if session.blocks[index].kind != BlockKind.BREAK or index + 1 >= len(session.blocks):
        return None
    return fixed_start_at(session, index + 1, day)


def flow(start: float, slots: Sequence[Slot],
         cuts: dict[int, float] | None = None) -> list[tuple[float, float]]:
    """Projected (start, end) of every slot, the flow beginning at `start`.
    `cuts` shortens flowing slots by index (for what-if plans)."""
    cuts = cuts or {}
    cursor, out = start, []
    for i, slot in enumerate(slots):
        if slot.known is not None:
            out.append(slot.known)
            cursor = max(cursor, slot.known[1])
            continue
        begin = cursor if slot.fixed_start is None else max(cursor, slot.fixed_start)
        if slot.fixed_end is not None:
            end = max(begin, slot.fixed_end)
        else:
            end = begin + max(0.0, slot.duration - cuts.get(i, 0))
        out.append((begin, end))
        cursor = end
    return out


def end_of(start: float, times: list[tuple[float, float]]) -> float:
    return max([start, *(end for _, end in times)])
