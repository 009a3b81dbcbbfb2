"""What was on, when: the day's journal walked through the engine's own replay, cut into
segments of (block, exercise, phase) with their wall-clock start and end.

Between two events nothing changes but the phases, which flow into each other when
their time is up; those moments are computed from the exercise clock, not sampled, so
the report's minutes are exact. A segment includes any pause taken during it (the day
stood still there); pauses are also listed on their own.
"""
from __future__ import annotations

from dataclasses import field
from facilitator.core.record import record
from typing import Iterable

from facilitator.core.day.events import ACCEPT_CATCH_UP, ADJUST, ROUND_ADJUST, Event
from facilitator.core.day.facts import current_phase
from facilitator.core.day.replay import DayFold
from facilitator.core.session.model import Session

Key = tuple[int, int | None, int | None]  # block, exercise (or None), phase (or None)
_EPS = 1e-6


@record(frozen=True)
class Segment:
    start: float
    end: float
    key: Key


@record(frozen=True)
class Pause:
    block: int
    start: float
    end: float


@record(frozen=True)
class Adjustment:
    block: int
    t: float
    seconds: int
    group: bool = False  # given to a presenting group of a report-back round


@record
class DayTimeline:
    start: float | None  # when the day was started
    end: float  # when it ended (or the last moment looked at)
    segments: list[Segment] = field(default_factory=list)
    pauses: list[Pause] = field(default_factory=list)
    adjustments: list[Adjustment] = field(default_factory=list)
    catch_ups: list[tuple[float, list[tuple[int, int]]]] = field(default_factory=list)  # t, (block, seconds cut)
    ended: bool = False
    last_block: int | None = None  # the block on at `end` (of a day not ended: the one it stopped in)
    groups: dict[int, list[tuple[int, str, float, bool]]] = field(default_factory=dict)
    # block -> (group number from 1, name or "", seconds it presented, skipped) in presenting order


def walk(session: Session, events: Iterable[Event], until: float | None = None) -> DayTimeline:
    """The timeline of the journal's events; `until` closes a day that was not ended
    (default: the last event)."""
    events = sorted(events, key=lambda e: e.t)
    folder = DayFold(session)
    end = until if until is not None else (events[-1].t if events else 0.0)
    line = DayTimeline(None, end)
    on: list = [None, None]  # key, since
    paused_since: list = [None, None]  # block, since

    def switch(t: float) -> None:
        key = _key(session, folder, t)
        if key != on[0]:
            if on[0] is not None and t > on[1]:
                line.segments.append(Segment(on[1], t, on[0]))
            on[0], on[1] = key, t

    def follow_phases(t0: float, t1: float) -> None:
        """Phases that ended by their time between two events."""
        t = t0
        while True:
            boundary = _next_phase_end(session, folder, t)
            if boundary is None or boundary >= t1:
                return
            t = max(boundary, t) + _EPS  # just past the boundary: the next phase is on
            switch(t)

    previous = None
    for e in events:
        if e.t > end:
            break
        if previous is not None:
            follow_phases(previous, e.t)
        before = folder.facts.current if folder.in_day() else None
        folder.apply(e)
        _note(line, folder, e, before, paused_since)
        switch(e.t)
        previous = e.t
    if previous is not None:
        follow_phases(previous, end)
    switch_to_end(line, on, end)
    line.last_block = None if on[0] is None else on[0][0]
    if paused_since[0] is not None:
        line.pauses.append(Pause(paused_since[0], paused_since[1], end))
    line.start, line.ended = folder.facts.start_t, folder.facts.ended
    line.groups = _groups(folder, end)
    return line


def _groups(folder: DayFold, end: float) -> dict[int, list[tuple[int, str, float, bool]]]:
    """What each group of each report-back round took, wall clock, in the order they presented."""
    out = {}
    for block, run in sorted(folder.facts.rounds.items()):
        rows = []
        # a group still presenting when the round's block was left stopped then, not at the day's end
        left = folder.facts.blocks[block].last_end if folder.facts.current != block else None
        for g in sorted(run.spans, key=lambda g: run.spans[g][0]):
            start, stop = run.spans[g]
            if stop is None:
                stop = end if left is None or left < start else min(left, end)
            rows.append((g + 1, run.groups[g][1], stop - start, g in run.skipped))
        if rows:
            out[block] = rows
    return out


def switch_to_end(line: DayTimeline, on: list, end: float) -> None:
    if on[0] is not None and end > on[1]:
        line.segments.append(Segment(on[1], end, on[0]))


def _note(line: DayTimeline, folder: DayFold, e: Event, before: int | None, paused_since: list) -> None:
    """Pauses, time added or taken and accepted catch-up plans, as the event left them."""
    f = folder.facts
    if paused_since[0] is None and f.paused:
        paused_since[0], paused_since[1] = f.current, e.t
    elif paused_since[0] is not None and not f.paused:
        line.pauses.append(Pause(paused_since[0], paused_since[1], e.t))
        paused_since[0] = None
    seconds = e.data.get("seconds")
    if e.type in (ADJUST, ROUND_ADJUST) and before is not None and isinstance(seconds, int):
        run = f.rounds.get(before)
        line.adjustments.append(Adjustment(before, e.t, seconds, group=e.type == ROUND_ADJUST or (
            run is not None and run.running)))
    if e.type == ACCEPT_CATCH_UP and isinstance(e.data.get("cuts"), list):
        cuts = [(c[0], c[1]) for c in e.data["cuts"]  # a journal edited by hand may hold anything
                if isinstance(c, list) and len(c) == 2 and all(isinstance(x, int) for x in c)]
        line.catch_ups.append((e.t, cuts))


def _active(session: Session, folder: DayFold):
    f = folder.facts
    if not folder.in_day():
        return None
    run = f.blocks[f.current]
    idx = run.active_exercise()
    if idx is None:
        return None
    return session.blocks[f.current].exercises[idx], run.exercises[idx], idx


def _key(session: Session, folder: DayFold, t: float) -> Key | None:
    if not folder.in_day():
        return None
    active = _active(session, folder)
    if active is None:
        return folder.facts.current, None, None
    exercise, xrun, idx = active
    phase = current_phase(exercise, xrun, xrun.clock.elapsed(t))
    return folder.facts.current, idx, None if phase is None else phase[0]


def _next_phase_end(session: Session, folder: DayFold, t: float) -> float | None:
    """When the running exercise's current phase flows into the next, if it runs."""
    active = _active(session, folder)
    if active is None:
        return None
    exercise, xrun, _ = active
    if not xrun.clock.running:
        return None
    phase = current_phase(exercise, xrun, xrun.clock.elapsed(t))
    if phase is None or phase[0] >= len(exercise.phases) - 1:
        return None
    return t + max(phase[1], 0.0)
