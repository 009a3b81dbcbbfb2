"""When each block will start and end: the planned day anchored to a date, and the
flow of the blocks still to come.

Rules:
- Planned times are the session's clock times on the day the day was started
  (local time); before the start, on today's date.
- A block flows from the end of the one before. A block with a fixed clock start
  never starts before it (lateness before it is absorbed by the gap).
- Two flows: `flow(..., hold=True)` is the promise the agenda shows, where a fixed
  start IS the fixed time, always (what comes before must give: see late_starts);
  `flow(...)` is what happens if nothing gives, start = max(flow, fixed): the end of
  the day and the drift come from it, and the catch-up plan works on it.
- A break followed by a fixed-start block has a fixed end: it counts down to that
  clock time (plus any time added to the break), so a late start shortens the
  break and an early one lengthens it; it never ends before it starts.
"""
from __future__ import annotations

from facilitator.core.record import record
from typing import Sequence

from facilitator.core.day.clock import timestamp_at
from facilitator.core.session.schedule import planned_schedule
from facilitator.core.session.model import BlockKind, Session


@record(frozen=True)
class Slot:
    """One block in the projection: either known times (done, current, skipped)
    or a planned duration that flows."""

    known: tuple[float, float] | None = None
    duration: float = 0
    fixed_start: float | None = None
    fixed_end: float | None = None


def planned_times(session: Session, day: float) -> list[tuple[float, float]]:
    """(start, end) timestamps of every block on the local date of `day`: wall-clock times, as
    the file's are, also on the day the clocks change."""
    schedule = planned_schedule(session)
    midnight = timestamp_at(day, 0)
    last = max((p.end for p in schedule), default=0)
    if timestamp_at(day, last / 60) == midnight + last:
        # No clock change between midnight and the day's end (nearly every day): one date
        # look-up, not two a block (a 10,000-block day computes this at every command).
        return [(midnight + p.start, midnight + p.end) for p in schedule]
    times = [(timestamp_at(day, p.start / 60), timestamp_at(day, p.end / 60)) for p in schedule]
    # A start in the hour the clocks skip (02.15 on the spring night) is read an hour on, after
    # its end by the clock: such a block ends when it starts, never before.
    return [(start, max(start, end)) for start, end in times]


def fixed_start_at(session: Session, index: int, day: float) -> float | None:
    minutes = session.blocks[index].fixed_start
    return None if minutes is None else timestamp_at(day, minutes)


def fixed_end_at(session: Session, index: int, day: float) -> float | None:
    """The clock time a break counts down to: the next block's fixed start, if any."""
    if session.blocks[index].kind != BlockKind.BREAK or index + 1 >= len(session.blocks):
        return None
    return fixed_start_at(session, index + 1, day)


def flow(start: float, slots: Sequence[Slot], cuts: dict[int, float] | None = None,
         hold: bool = False) -> list[tuple[float, float]]:
    """Projected (start, end) of every slot, the flow beginning at `start`.
    `cuts` shortens flowing slots (and the current one's end) by index, for what-if
    plans; `hold` keeps every fixed start at its time (the agenda's promise)."""
    return [(begin, end) for begin, end, _ in _walk(start, slots, cuts or {}, hold)]


def late_starts(start: float, slots: Sequence[Slot], cuts: dict[int, float] | None = None,
                hold: bool = False) -> dict[int, float]:
    """Seconds by which the blocks before each fixed start overrun it (index of the fixed
    block -> seconds > 0): when nothing gives, or (`hold`) with every fixed start kept, so
    each overrun is only the blocks since the fixed start before it."""
    out = {}
    for i, (slot, (_, _, reached)) in enumerate(zip(slots, _walk(start, slots, cuts or {}, hold))):
        if slot.known is None and slot.fixed_start is not None and reached > slot.fixed_start:
            out[i] = reached - slot.fixed_start
    return out


def free_flow(start: float, slots: Sequence[Slot]) -> tuple[float, dict[int, float]]:
    """(end_of(start, flow(start, slots)), late_starts(start, slots)) in one walk: where the
    day ends and which fixed starts are overrun if nothing gives."""
    end, late = start, {}
    for i, (slot, (_, slot_end, reached)) in enumerate(zip(slots, _walk(start, slots, {}, False))):
        end = max(end, slot_end)
        if slot.known is None and slot.fixed_start is not None and reached > slot.fixed_start:
            late[i] = reached - slot.fixed_start
    return end, late


def flow_end_map(slots: Sequence[Slot]) -> tuple[float, float]:
    """(a, b) with free_flow(start, slots)[0] == max(start + a, b) for every start, for slots
    not yet run (no `known`). Each such slot moves the flow's cursor x to max(x, fixed start)
    and then to max(x, fixed end) or x + duration; maps of the form max(x + a, b) compose
    into one, so "when would the day end if it started now" costs a sum each second instead
    of a walk over every block (before the day, on a 10,000-block session)."""
    a, b = 0.0, float("-inf")
    for slot in slots:
        if slot.known is not None:
            raise ValueError("flow_end_map is for slots not yet run")
        if slot.fixed_start is not None:
            b = max(b, slot.fixed_start)
        if slot.fixed_end is not None:
            b = max(b, slot.fixed_end)
        else:
            step = max(0.0, slot.duration)
            a, b = a + step, b + step
    return a, b


def held_flow(start: float, slots: Sequence[Slot]) -> tuple[list[tuple[float, float]], dict[int, float]]:
    """(flow(start, slots, hold=True), late_starts(start, slots, hold=True)) in one walk."""
    times, late = [], {}
    for i, (slot, (begin, end, reached)) in enumerate(zip(slots, _walk(start, slots, {}, True))):
        times.append((begin, end))
        if slot.known is None and slot.fixed_start is not None and reached > slot.fixed_start:
            late[i] = reached - slot.fixed_start
    return times, late


def _walk(start: float, slots: Sequence[Slot], cuts: dict[int, float], hold: bool):
    """(begin, end, where the flow stood before the slot) for every slot."""
    cursor = start
    for i, slot in enumerate(slots):
        reached = cursor
        if slot.known is not None:
            begin, end = slot.known
            end = max(begin, end - cuts.get(i, 0))
            yield begin, end, reached
            cursor = max(cursor, end)
            continue
        if slot.fixed_start is None:
            begin = cursor
        else:
            begin = slot.fixed_start if hold else max(cursor, slot.fixed_start)
        if slot.fixed_end is not None:
            end = max(begin, slot.fixed_end)
        else:
            end = begin + max(0.0, slot.duration - cuts.get(i, 0))
        yield begin, end, reached
        cursor = end


def end_of(start: float, times: list[tuple[float, float]]) -> float:
    return max([start, *(end for _, end in times)])
