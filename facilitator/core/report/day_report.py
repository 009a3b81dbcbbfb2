"""The day's report: per block, exercise and phase, when it was planned and how long,
when it began and how long it took, and the difference; the pauses, the time added or
taken, the skipped blocks and the catch-up plans accepted.

Planned: a block's start and length from the session's plan on the day it was run; an
exercise is planned from its block's start, one after the other; a phase from its
exercise's start, one after the other. Actual: from the timeline (timeline.py), pauses
included; a thing run twice (the facilitator went back) counts both times.
"""
from __future__ import annotations

from dataclasses import field
from facilitator.core.record import record
from typing import Iterable

from facilitator.core.day.events import Event
from facilitator.core.day.projection import planned_times
from facilitator.core.report.timeline import DayTimeline, walk
from facilitator.core.session.model import Session


@record(frozen=True)
class Row:
    kind: str  # "block" | "exercise" | "phase"
    id: str
    title: str
    planned_start: float | None  # timestamps
    actual_start: float | None  # None: it was not run
    planned_seconds: float
    actual_seconds: float | None
    block: int  # the block it belongs to

    @property
    def difference(self) -> float | None:
        return None if self.actual_seconds is None else self.actual_seconds - self.planned_seconds


@record
class DayReport:
    session: Session
    timeline: DayTimeline
    rows: list[Row] = field(default_factory=list)
    planned_end: float = 0.0
    actual_start: float | None = None
    actual_end: float | None = None

    def blocks(self) -> list[Row]:
        return [r for r in self.rows if r.kind == "block"]

    def skipped(self) -> list[Row]:
        """Blocks not run; not the one a day not ended stopped in (it began at the last command)."""
        stopped_in = None if self.timeline.ended else self.timeline.last_block
        return [r for r in self.blocks() if r.actual_start is None and r.block != stopped_in]

    def block_seconds(self) -> dict[str, float]:
        """What each block that ran took, by block id (for the next day's plan). Not the block
        a day stopped in before its last one (ended early, or not ended): it ran only part of
        its time, and the next plan must not shorten it to that part."""
        line = self.timeline
        stopped_in = line.last_block
        if line.ended:
            stopped_in = line.segments[-1].key[0] if line.segments else None
            if stopped_in == len(self.session.blocks) - 1:
                stopped_in = None  # the last block ends the day: it took what it took
        return {r.id: r.actual_seconds for r in self.blocks()
                if r.actual_seconds is not None and r.block != stopped_in}


def day_report(session: Session, events: Iterable[Event], until: float | None = None) -> DayReport:
    events = list(events)
    line = walk(session, events, until)
    day = line.start if line.start is not None else (events[0].t if events else 0.0)
    planned = planned_times(session, day)
    report = DayReport(session, line, planned_end=planned[-1][1] if planned else day,
                       actual_start=line.start,
                       actual_end=max((s.end for s in line.segments), default=None))
    for b, block in enumerate(session.blocks):
        report.rows.append(_row("block", block.id, block.title, planned[b][0], block.duration, line, (b,), b))
        at = planned[b][0]
        for x, exercise in enumerate(block.exercises):
            report.rows.append(_row("exercise", exercise.id, exercise.title, at, exercise.duration, line, (b, x), b))
            phase_at = at
            for k, phase in enumerate(exercise.phases):
                report.rows.append(_row("phase", f"{exercise.id}.{k + 1}", phase.title, phase_at,
                                        phase.duration, line, (b, x, k), b))
                phase_at += phase.duration
            at += exercise.duration
    return report


def _row(kind: str, id_: str, title: str, planned_start: float, planned_seconds: float,
         line: DayTimeline, prefix: tuple, block: int) -> Row:
    spans = [s for s in line.segments if s.key[:len(prefix)] == prefix]
    if not spans:
        return Row(kind, id_, title, planned_start, None, planned_seconds, None, block)
    return Row(kind, id_, title, planned_start, spans[0].start, planned_seconds,
               sum(s.end - s.start for s in spans), block)
