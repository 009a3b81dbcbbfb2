"""Fold the event list into the facts of the day: which block is current, and
when each block's and each exercise's clock ran.

A clock is a list of spans [start, end] (end None while it runs); elapsed time is
the sum of the spans up to `now`, each clamped at zero, so a wall clock that goes
backwards never yields negative elapsed time. Events that make no sense in the
state they arrive in (resume while running, next before the day started ...) are
ignored here rather than refused, so any journal replays.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from .day_state import FINISHED, PAUSED, READY, RUNNING, SKIPPED
from .events import Event
from .session import Exercise, Session


@dataclass
class Spans:
    spans: list[list] = field(default_factory=list)

    @property
    def running(self) -> bool:
        return bool(self.spans) and self.spans[-1][1] is None

    def open(self, t: float) -> None:
        if not self.running:
            self.spans.append([t, None])

    def close(self, t: float) -> None:
        if self.running:
            self.spans[-1][1] = t

    def elapsed(self, now: float) -> float:
        return sum(max(0.0, (now if end is None else end) - start) for start, end in self.spans)


@dataclass
class ExerciseRun:
    status: str = READY  # READY / RUNNING / PAUSED (by the exercise's own pause) / FINISHED / SKIPPED
    clock: Spans = field(default_factory=Spans)
    phase_index: int = 0  # the phase last chosen by hand (or 0) ...
    phase_at: float = 0.0  # ... and the exercise-elapsed time it began at

    @property
    def active(self) -> bool:
        return self.status in (RUNNING, PAUSED)


@dataclass
class BlockRun:
    clock: Spans = field(default_factory=Spans)
    first_start: float | None = None
    last_end: float | None = None
    adjust: int = 0
    cut: int = 0
    exercises: list[ExerciseRun] = field(default_factory=list)
    shown: int | None = None  # the exercise last started/touched

    def active_exercise(self) -> int | None:
        if self.shown is not None and self.exercises[self.shown].active:
            return self.shown
        return None


@dataclass
class DayFacts:
    blocks: list[BlockRun]
    started: bool = False
    ended: bool = False
    paused: bool = False
    current: int | None = None
    start_t: float | None = None
    clock_jumps: list[float] = field(default_factory=list)


def current_phase(exercise: Exercise, run: ExerciseRun, elapsed: float) -> tuple[int, float] | None:
    """(phase index, phase remaining): a phase flows into the next when its time is up;
    the last one runs into overtime. None when the exercise has no phases."""
    phases = exercise.phases
    if not phases:
        return None
    idx, start = min(run.phase_index, len(phases) - 1), run.phase_at
    while idx < len(phases) - 1 and elapsed >= start + phases[idx].duration:
        start += phases[idx].duration
        idx += 1
    return idx, start + phases[idx].duration - elapsed


def nominal_duration(session: Session, facts: DayFacts, index: int) -> int:
    """Planned seconds of a block with adjustments and accepted cuts, never below 0."""
    run = facts.blocks[index]
    return max(0, session.blocks[index].duration + run.adjust - run.cut)


def _int(data: dict, key: str) -> int | None:
    value = data.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class Folder:
    """Applies events one by one; the Runner keeps one, so state() need not re-fold the day."""

    def __init__(self, session: Session):
        self.session = session
        self.facts = DayFacts([BlockRun(exercises=[ExerciseRun() for _ in b.exercises])
                               for b in session.blocks])

    # -- helpers ---------------------------------------------------------------
    @property
    def n(self) -> int:
        return len(self.session.blocks)

    def block(self) -> BlockRun | None:
        f = self.facts
        return None if f.current is None else f.blocks[f.current]

    def in_day(self) -> bool:
        return self.facts.started and not self.facts.ended and self.facts.current is not None

    def leave(self, t: float) -> None:
        run = self.block()
        if run is None:
            return
        run.clock.close(t)
        run.last_end = max(t, run.first_start)  # a wall clock set back must not end it before it began
        active = run.active_exercise()
        if active is not None:  # leaving a block ends its exercise timer
            run.exercises[active].clock.close(t)
            run.exercises[active].status = FINISHED
        self.facts.current = None

    def enter(self, index: int, t: float) -> None:
        self.leave(t)
        f = self.facts
        f.started, f.ended, f.paused, f.current = True, False, False, index
        if f.start_t is None:
            f.start_t = t
        run = f.blocks[index]
        if run.first_start is None:
            run.first_start = t
        run.clock.open(t)

    def ex_elapsed(self, run: ExerciseRun, t: float) -> float:
        return run.clock.elapsed(t)

    # -- commands ---------------------------------------------------------------
    def apply(self, e: Event) -> None:
        handler = getattr(self, "on_" + e.type, None)
        if handler is not None and self.n:
            handler(e.t, e.data)

    def on_start_day(self, t, data):
        if not self.facts.started:
            idx = _int(data, "index")
            self.enter(idx if idx is not None and 0 <= idx < self.n else 0, t)

    def on_end_day(self, t, data):
        if self.in_day():
            self.leave(t)
            self.facts.ended, self.facts.paused = True, False

    def on_next_block(self, t, data):
        f = self.facts
        if not f.started:
            self.enter(0, t)
        elif self.in_day():
            if f.current >= self.n - 1:
                self.on_end_day(t, data)
            else:
                self.enter(f.current + 1, t)

    def on_previous_block(self, t, data):
        f = self.facts
        if f.ended:  # reopen the day on its last block: a mis-click on the clicker
            self.enter(self.n - 1, t)
        elif self.in_day() and f.current > 0:
            self.enter(f.current - 1, t)

    def on_goto_block(self, t, data):
        idx = _int(data, "index")
        if idx is not None and 0 <= idx < self.n and idx != self.facts.current:
            self.enter(idx, t)

    def on_pause(self, t, data):
        run = self.block()
        if self.in_day() and not self.facts.paused:
            self.facts.paused = True
            run.clock.close(t)
            active = run.active_exercise()
            if active is not None:
                run.exercises[active].clock.close(t)

    def on_resume(self, t, data):
        run = self.block()
        if self.in_day() and self.facts.paused:
            self.facts.paused = False
            run.clock.open(t)
            active = run.active_exercise()
            if active is not None and run.exercises[active].status == RUNNING:
                run.exercises[active].clock.open(t)

    def on_adjust(self, t, data):
        seconds = _int(data, "seconds")
        if self.in_day() and seconds is not None:
            run = self.block()
            run.adjust += max(seconds, -nominal_duration(self.session, self.facts, self.facts.current))

    def on_accept_catch_up(self, t, data):
        cuts = data.get("cuts")
        for cut in cuts if isinstance(cuts, list) else ():
            if (isinstance(cut, list) and len(cut) == 2 and all(isinstance(x, int) for x in cut)
                    and 0 <= cut[0] < self.n):
                room = nominal_duration(self.session, self.facts, cut[0])
                self.facts.blocks[cut[0]].cut += min(max(cut[1], 0), room)

    def on_clock_jump(self, t, data):
        seconds = data.get("seconds")
        if isinstance(seconds, (int, float)) and not isinstance(seconds, bool):
            self.facts.clock_jumps.append(float(seconds))

    # -- exercise timer ------------------------------------------------------------
    def on_exercise_start(self, t, data):
        run = self.block()
        if not self.in_day() or not run.exercises:
            return
        idx = _int(data, "index")
        active = run.active_exercise()
        if idx is None:
            if active is not None:
                idx = active
            else:
                idx = next((i for i, x in enumerate(run.exercises) if x.status == READY), None)
        if idx is None or not 0 <= idx < len(run.exercises):
            return
        if idx == active:  # starting the exercise that is on: carry on
            if run.exercises[idx].status == PAUSED:
                self.on_exercise_resume(t, data)
            return
        if active is not None:
            run.exercises[active].clock.close(t)
            run.exercises[active].status = FINISHED
        fresh = ExerciseRun(status=RUNNING)
        if not self.facts.paused:
            fresh.clock.open(t)
        run.exercises[idx], run.shown = fresh, idx

    def on_exercise_pause(self, t, data):
        run = self.block()
        active = run.active_exercise() if self.in_day() else None
        if active is not None and run.exercises[active].status == RUNNING:
            run.exercises[active].status = PAUSED
            run.exercises[active].clock.close(t)

    def on_exercise_resume(self, t, data):
        run = self.block()
        active = run.active_exercise() if self.in_day() else None
        if active is not None and run.exercises[active].status == PAUSED:
            run.exercises[active].status = RUNNING
            if not self.facts.paused:
                run.exercises[active].clock.open(t)

    def on_exercise_reset(self, t, data):
        run = self.block()
        if self.in_day() and run.shown is not None:
            run.exercises[run.shown] = ExerciseRun()

    def on_exercise_skip(self, t, data):
        run = self.block()
        if not self.in_day() or not run.exercises:
            return
        idx = run.active_exercise()
        if idx is None:
            idx = next((i for i, x in enumerate(run.exercises) if x.status == READY), None)
        if idx is not None:
            run.exercises[idx].clock.close(t)
            run.exercises[idx].status = SKIPPED
            run.shown = idx

    def _phase_step(self, t, step: int) -> None:
        run = self.block()
        active = run.active_exercise() if self.in_day() else None
        if active is None:
            return
        exercise, xrun = self.session.blocks[self.facts.current].exercises[active], run.exercises[active]
        elapsed = self.ex_elapsed(xrun, t)
        phase = current_phase(exercise, xrun, elapsed)
        if phase is None:
            return
        target = phase[0] + step
        if target >= len(exercise.phases):  # next on the last phase: the exercise is done
            xrun.clock.close(t)
            xrun.status = FINISHED
            return
        xrun.phase_index, xrun.phase_at = max(target, 0), elapsed

    def on_phase_next(self, t, data):
        self._phase_step(t, +1)

    def on_phase_previous(self, t, data):
        self._phase_step(t, -1)


def fold(session: Session, events: Iterable[Event]) -> DayFacts:
    folder = Folder(session)
    for e in events:
        folder.apply(e)
    return folder.facts
