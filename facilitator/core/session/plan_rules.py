"""Rules of a plan being edited, as pure functions over the blocks as typed (document.BlockRow).

- The planned times: each block starts when the one before it ends, or at its fixed start.
- A fixed start leaves a gap ("35 min free before Report back 16.50") or is run into
  ("Journey mapping runs 10 min into Report back").
- A day that is running keeps the blocks it has run: they may not be removed, and no block may
  move in front of them, so the run journal (which names blocks by position) still fits.
"""
from __future__ import annotations

from facilitator.core.record import record
from typing import Sequence

from facilitator.core.session.schedule import is_next_day


@record(frozen=True)
class PlannedRow:
    start: int  # seconds after midnight
    end: int


@record(frozen=True)
class FixedStartNote:
    index: int  # the block with the fixed start
    kind: str  # "gap" or "conflict"
    minutes: int
    title: str  # of the fixed block
    before_title: str  # of the block before it
    start: int  # minutes after midnight


def plan(day_start: int | None, rows: Sequence) -> list[PlannedRow]:
    """Planned start and end of each row (a block with a bad duration counts as 0)."""
    t = (day_start or 0) * 60
    out = []
    for row in rows:
        if row.fixed_start is not None:  # '00:40' after an evening is the next day, as the loader reads it
            next_day = is_next_day(row.fixed_start, day_start or 0, t)
            t = (row.fixed_start + (24 * 60 if next_day else 0)) * 60
        end = t + (row.duration or 0)
        out.append(PlannedRow(t, end))
        t = end
    return out


def day_end(day_start: int | None, rows: Sequence) -> int:
    planned = plan(day_start, rows)
    return planned[-1].end if planned else (day_start or 0) * 60


def fixed_start_notes(day_start: int | None, rows: Sequence) -> list[FixedStartNote]:
    planned = plan(day_start, rows)
    notes = []
    for i, row in enumerate(rows):
        if row.fixed_start is None or i == 0:
            continue
        free = planned[i].start - planned[i - 1].end
        if free == 0:
            continue
        kind = "gap" if free > 0 else "conflict"
        notes.append(FixedStartNote(i, kind, round(abs(free) / 60), row.title, rows[i - 1].title, row.fixed_start))
    return notes


@record(frozen=True)
class RunConflict:
    block_id: str
    kind: str  # "removed" or "moved"


def locked_blocks(recorded_ids: Sequence[str], ran: Sequence[int], current: int | None) -> list[str]:
    """The blocks of today's run that must stay where they are: every block up to the last one
    run or running (the journal names blocks by position)."""
    touched = list(ran) + ([current] if current is not None else [])
    if not touched:
        return []
    return list(recorded_ids[: max(touched) + 1])


def run_conflicts(locked: Sequence[str], new_ids: Sequence[str]) -> list[RunConflict]:
    """What an edited agenda does to the blocks today's run has locked."""
    out = []
    for i, block_id in enumerate(locked):
        if block_id not in new_ids:
            out.append(RunConflict(block_id, "removed"))
        elif i >= len(new_ids) or new_ids[i] != block_id:
            out.append(RunConflict(block_id, "moved"))
    return out
