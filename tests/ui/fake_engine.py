"""TEMPORARY stand-in for the engine (facilitator.core.runner & co.) while it is
written in parallel on branch `engine`. Installed by tests/ui/conftest.py only
when the real modules are missing; follows brief/ENGINE_API.md closely enough
for the UI tests. Delete once the engine is merged.
"""
from __future__ import annotations

import enum
import sys
import types
from dataclasses import dataclass, field

from facilitator.core.clock import timestamp_at
from facilitator.core.schedule import planned_schedule


@dataclass(frozen=True)
class Event:
    t: float
    type: str
    data: dict = field(default_factory=dict)


@dataclass(frozen=True)
class BlockState:
    index: int
    block: object
    status: str
    planned_start: float
    planned_end: float
    projected_start: float
    projected_end: float
    actual_start: float | None
    actual_end: float | None
    planned_duration: int


@dataclass(frozen=True)
class ExerciseState:
    index: int
    exercise: object
    status: str
    elapsed: float
    remaining: float
    phase_index: int | None
    phase: object
    phase_remaining: float | None


@dataclass(frozen=True)
class CatchUpPlan:
    cuts: tuple
    late_after: float


@dataclass(frozen=True)
class DayState:
    now: float
    started: bool
    ended: bool
    paused: bool
    current: int | None
    blocks: tuple
    elapsed: float
    remaining: float
    level: str
    exercise: ExerciseState | None
    drift: float
    planned_end: float
    projected_end: float
    back_at: float | None
    catch_up: CatchUpPlan | None
    clock_jumps: tuple = ()


class WallMode(enum.Enum):
    SLIDE = "slide"
    EXERCISE = "exercise"
    BREAK = "break"
    AGENDA = "agenda"
    BLACK = "black"
    WHITE = "white"
    JOURNEY = "journey"


def default_wall_mode(day_state, block):
    if block is None or not day_state.started or day_state.ended:
        return WallMode.AGENDA
    kind = getattr(block.kind, "value", block.kind)
    if kind == "exercise":
        return WallMode.EXERCISE
    if kind == "break":
        return WallMode.BREAK
    return WallMode.SLIDE if block.slides else WallMode.AGENDA


class Runner:
    def __init__(self, session, clock, journal=None, events=()):
        self.session, self.clock, self.journal = session, clock, journal
        self._events = list(events)

    @property
    def events(self):
        return list(self._events)

    def _add(self, type_, **data):
        ev = Event(self.clock.now(), type_, data)
        self._events.append(ev)
        if self.journal is not None:
            self.journal.append(ev)

    def start_day(self): self._add("start_day")
    def end_day(self): self._add("end_day")
    def next_block(self): self._add("next_block")
    def previous_block(self): self._add("previous_block")
    def goto_block(self, index): self._add("goto_block", index=index)
    def pause(self): self._add("pause")
    def resume(self): self._add("resume")
    def toggle_pause(self): self._add("resume" if self.state().paused else "pause")
    def adjust(self, seconds): self._add("adjust", seconds=seconds)
    def start_exercise(self, index=None): self._add("exercise_start", **({} if index is None else {"index": index}))
    def pause_exercise(self): self._add("exercise_pause")
    def resume_exercise(self): self._add("exercise_resume")
    def reset_exercise(self): self._add("exercise_reset")
    def skip_exercise(self): self._add("exercise_skip")
    def next_phase(self): self._add("phase_next")
    def previous_phase(self): self._add("phase_previous")
    def accept_catch_up(self): self._add("accept_catch_up", cuts=[])
    def check_clock(self):
        wall, mono = self.clock.now(), self.clock.monotonic()
        last = getattr(self, "_last", None)
        self._last = (wall, mono)
        if last is None:
            return None
        jump = (wall - last[0]) - (mono - last[1])
        if abs(jump) > 5:
            self._add("clock_jump", seconds=jump)
            return jump
        return None

    def state(self):  # noqa: C901 - a throwaway replay, kept in one place
        now = self.clock.now()
        sched = planned_schedule(self.session)
        day = self._events[0].t if self._events else now
        n = len(self.session.blocks)
        started = ended = paused = False
        current, start, pause_at, paused_total = None, 0.0, None, 0.0
        adjust = [0] * n
        actual = [[None, None] for _ in range(n)]
        ex = None  # dict(index, start, paused_total, pause_at, phase_shift, status)
        for e in self._events:
            if e.type == "start_day":
                started, current, start = True, 0, e.t
                actual[0][0] = e.t
            elif e.type in ("next_block", "previous_block", "goto_block") and started:
                actual[current][1] = e.t
                target = {"next_block": current + 1, "previous_block": max(0, current - 1)}.get(
                    e.type, e.data.get("index"))
                if target >= n:
                    ended = True
                    continue
                current, start, paused_total, pause_at, ex = target, e.t, 0.0, None, None
                actual[current][0] = e.t
            elif e.type == "end_day":
                ended = True
            elif e.type == "pause":
                paused, pause_at = True, e.t
            elif e.type == "resume" and paused:
                paused, paused_total = False, paused_total + e.t - pause_at
            elif e.type == "adjust" and current is not None:
                adjust[current] += e.data["seconds"]
            elif e.type == "exercise_start" and current is not None:
                exs = self.session.blocks[current].exercises
                idx = e.data.get("index", 0 if ex is None else min(ex["index"] + 1, len(exs) - 1))
                ex = dict(index=idx, start=e.t, paused=0.0, pause_at=None, shift=0.0, status="running")
            elif ex is not None and e.type == "exercise_pause":
                ex.update(status="paused", pause_at=e.t)
            elif ex is not None and e.type == "exercise_resume":
                ex.update(status="running", paused=ex["paused"] + e.t - ex["pause_at"], pause_at=None)
            elif ex is not None and e.type == "exercise_reset":
                ex.update(start=e.t, paused=0.0, pause_at=None, shift=0.0, status="running")
            elif ex is not None and e.type == "exercise_skip":
                ex.update(status="skipped", pause_at=e.t)
            elif ex is not None and e.type in ("phase_next", "phase_previous"):
                ex["shift"] += 1 if e.type == "phase_next" else -1
        blocks = []
        for i, pb in enumerate(sched):
            ps, pe = timestamp_at(day, pb.start / 60), timestamp_at(day, pb.end / 60)
            status = ("done" if current is not None and (i < current or ended) else
                      "now" if i == current else "next" if (current is None and i == 0) or
                      (current is not None and i == current + 1) else "later")
            dur = pb.block.duration + adjust[i]
            blocks.append(BlockState(i, pb.block, status, ps, pe, actual[i][0] or ps,
                                     (actual[i][0] or ps) + dur, actual[i][0], actual[i][1], dur))
        elapsed = remaining = 0.0
        level, back_at, exstate = "normal", None, None
        if current is not None and started:
            b = blocks[current]
            stop = pause_at if paused else now
            elapsed = stop - start - paused_total
            remaining = b.planned_duration - elapsed
            warn = b.block.warning_at()
            level = ("overtime" if remaining < 0 else "danger" if remaining <= b.block.danger
                     else "warning" if remaining <= warn else "normal")
            if getattr(b.block.kind, "value", b.block.kind) == "break":
                back_at = start + paused_total + b.planned_duration
            if ex is not None:
                exercise = self.session.blocks[current].exercises[ex["index"]]
                stop = ex["pause_at"] if ex["pause_at"] is not None else now
                el = stop - ex["start"] - ex["paused"]
                rem = exercise.duration - el
                pi = ph = prem = None
                if exercise.phases:
                    t, pi = el, 0
                    bounds = []
                    acc = 0
                    for p in exercise.phases:
                        acc += p.duration
                        bounds.append(acc)
                    pi = next((k for k, bnd in enumerate(bounds) if el < bnd), len(bounds) - 1)
                    pi = max(0, min(len(bounds) - 1, pi + int(ex["shift"])))
                    ph, prem = exercise.phases[pi], bounds[pi] - t
                exstate = ExerciseState(ex["index"], exercise, ex["status"], el, rem, pi, ph, prem)
        planned_end = blocks[-1].planned_end
        projected_end = blocks[current].projected_end if current is not None else planned_end
        for b in blocks[(current or 0) + 1:]:
            projected_end += b.planned_duration
        drift = projected_end - planned_end if started else 0.0
        return DayState(now, started, ended, paused, current, tuple(blocks), elapsed, remaining,
                        level, exstate, drift, planned_end, projected_end, back_at, None, ())


def install() -> None:
    """Register this module as the engine's modules, so facilitator.ui imports work."""
    import facilitator.core as core
    me = sys.modules[__name__]
    for name in ("events", "day_state", "wall", "runner"):
        mod = types.ModuleType(f"facilitator.core.{name}")
        mod.__dict__.update({k: getattr(me, k) for k in (
            "Event", "BlockState", "ExerciseState", "CatchUpPlan", "DayState",
            "WallMode", "default_wall_mode", "Runner")})
        sys.modules[f"facilitator.core.{name}"] = mod
        setattr(core, name, mod)
