"""The facts of a day folded from its events: which block is current, and when each
block's and each exercise's clock ran.

A clock is a list of spans [start, end] (end None while it runs); elapsed time is
the sum of the spans up to `now`, each clamped at zero, so a wall clock that goes
backwards never yields negative elapsed time.
"""
from __future__ import annotations

from dataclasses import field
from facilitator.core.record import record

from facilitator.core.day.round_facts import RoundRun, planned_seconds
from facilitator.core.day.state import PAUSED, READY, RUNNING
from facilitator.core.session.model import Exercise, Session


@record
class Spans:
    spans: list[list] = field(default_factory=list)
    # the closed spans' time, summed as they close: a journal of 400,000 pauses must not make
    # every second's state() (and every +/- replayed) walk them all
    closed: float = 0.0

    @property
    def running(self) -> bool:
        return bool(self.spans) and self.spans[-1][1] is None

    def open(self, t: float) -> None:
        if not self.running:
            self.spans.append([t, None])

    def close(self, t: float) -> None:
        if self.running:
            self.spans[-1][1] = t
            self.closed += max(0.0, t - self.spans[-1][0])

    def elapsed(self, now: float) -> float:
        if self.running:
            return self.closed + max(0.0, now - self.spans[-1][0])
        return self.closed


@record
class ExerciseRun:
    status: str = READY  # READY / RUNNING / PAUSED (by the exercise's own pause) / FINISHED / SKIPPED
    clock: Spans = field(default_factory=Spans)
    phase_index: int = 0  # the phase last chosen by hand (or 0) ...
    phase_at: float = 0.0  # ... and the exercise-elapsed time it began at
    extra: dict[int, int] = field(default_factory=dict)  # phase index (0 without phases) -> seconds added

    @property
    def added(self) -> int:
        return sum(self.extra.values())

    @property
    def active(self) -> bool:
        return self.status in (RUNNING, PAUSED)


@record
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


@record
class DayFacts:
    blocks: list[BlockRun]
    started: bool = False
    ended: bool = False
    paused: bool = False
    current: int | None = None
    start_t: float | None = None
    clock_jumps: list[float] = field(default_factory=list)
    rounds: dict[int, RoundRun] = field(default_factory=dict)  # block index -> its report-back round


PHASE_GRACE = 10.0  # seconds after a phase began by itself in which N still means the phase before


def phase_length(exercise: Exercise, run: ExerciseRun, i: int) -> float:
    """A phase's own time plus what the facilitator added during it; the last phase also
    holds the exercise's time the phases leave over, so the phases add up to the exercise."""
    phases = exercise.phases
    length = phases[i].duration + run.extra.get(i, 0)
    if i == len(phases) - 1:
        length += max(0, exercise.duration - sum(p.duration for p in phases))
    return length


def phase_position(exercise: Exercise, run: ExerciseRun, elapsed: float) -> tuple[int, float, bool] | None:
    """(phase index, exercise-elapsed time it began at, whether it began by itself): a
    phase flows into the next when its time is up; the last one runs into overtime.
    None when the exercise has no phases."""
    phases = exercise.phases
    if not phases:
        return None
    idx, start = min(run.phase_index, len(phases) - 1), run.phase_at
    chosen = idx
    while idx < len(phases) - 1 and elapsed >= start + phase_length(exercise, run, idx):
        start += phase_length(exercise, run, idx)
        idx += 1
    return idx, start, idx != chosen


def current_phase(exercise: Exercise, run: ExerciseRun, elapsed: float) -> tuple[int, float] | None:
    """(phase index, phase remaining), or None when the exercise has no phases."""
    pos = phase_position(exercise, run, elapsed)
    if pos is None:
        return None
    idx, start, _ = pos
    return idx, start + phase_length(exercise, run, idx) - elapsed


def exercise_remaining(exercise: Exercise, run: ExerciseRun, elapsed: float) -> float:
    """The one rule: the current phase's remaining time plus the later phases' (with any
    added minutes); without phases, the exercise's time plus what was added, less elapsed.
    Negative after the last phase: the exercise counts overtime like a block."""
    phase = current_phase(exercise, run, elapsed)
    if phase is None:
        return exercise.duration + run.added - elapsed
    idx, left = phase
    return left + sum(phase_length(exercise, run, j) for j in range(idx + 1, len(exercise.phases)))


def nominal_duration(session: Session, facts: DayFacts, index: int) -> int:
    """Planned seconds of a block with adjustments and accepted cuts, never below 0."""
    run, block = facts.blocks[index], session.blocks[index]
    base = block.duration
    if index in facts.rounds and block.report_back is not None:  # a round plans by its groups
        base = planned_seconds(block.report_back, facts.rounds[index])
    return max(0, base + run.adjust - run.cut)
