"""Where the day stands at one moment: frozen values the UI and `status` read.

Built by derive.derive_state(session, events, now); nothing here is counted or
stored, so the same events and the same `now` always give an equal DayState.
All times are wall-clock timestamps (seconds); durations are seconds.
"""
from __future__ import annotations

from facilitator.core.record import record

from facilitator.core.session.model import Block, Exercise, Phase

# BlockState.status
DONE, NOW, NEXT, LATER, SKIPPED = "done", "now", "next", "later", "skipped"
# ExerciseState.status
READY, RUNNING, PAUSED, FINISHED = "ready", "running", "paused", "finished"
# DayState.level
NORMAL, WARNING, DANGER, OVERTIME = "normal", "warning", "danger", "overtime"


@record(frozen=True)
class BlockState:
    index: int
    block: Block
    status: str  # "done" | "now" | "next" | "later" | "skipped"
    planned_start: float
    planned_end: float
    projected_start: float  # actual for done blocks, now-based for the current one
    projected_end: float
    actual_start: float | None
    actual_end: float | None
    planned_duration: int  # seconds incl. accepted catch-up cuts and adjustments
    late_by: float = 0.0  # a fixed start: how far the blocks before it overrun it if nothing gives


@record(frozen=True)
class ExerciseState:
    index: int
    exercise: Exercise
    status: str  # "ready" | "running" | "paused" | "finished" | "skipped"
    elapsed: float
    remaining: float  # < 0 means overtime
    phase_index: int | None
    phase: Phase | None
    phase_remaining: float | None
    duration: float = 0.0  # the exercise's planned seconds plus time added while it ran
    phase_duration: float | None = None  # the current phase's seconds plus time added during it


@record(frozen=True)
class CatchUpPlan:
    cuts: tuple[tuple[int, int], ...]  # (block index, seconds to cut)
    late_after: float  # seconds the day still ends late if the plan is accepted (0 = on time)
    late_starts: tuple[tuple[int, int], ...] = ()  # (fixed block index, seconds it will still start late)


@record(frozen=True)
class Conflict:
    """A fixed start the blocks before it cannot all reach: the block that has to give
    must end at `must_end`, with `left` seconds instead of `needs`."""

    fixed: int  # index of the fixed-start block
    late_by: float
    gives: int | None  # index of the block that has to give (None: nothing before it can)
    must_end: float
    left: float
    needs: float


@record(frozen=True)
class DayState:
    now: float
    started: bool
    ended: bool
    paused: bool
    current: int | None
    blocks: tuple[BlockState, ...]
    elapsed: float  # of the current block
    remaining: float  # of the current block; < 0 = overtime
    level: str  # "normal" | "warning" | "danger" | "overtime"
    exercise: ExerciseState | None
    drift: float  # projected end of day - planned end of day (+ = late); 0 before the start
    planned_end: float
    projected_end: float  # when the day ends if nothing gives (fixed starts pushed by lateness)
    back_at: float | None  # for a break: the timestamp its countdown counts to
    catch_up: CatchUpPlan | None
    clock_jumps: tuple[float, ...]
    conflicts: tuple[Conflict, ...] = ()
    start_now_end: float | None = None  # before the day, past its planned start: the end if started now
    round: object | None = None  # round_state.RoundState of the current block's report-back round

    @property
    def current_block_state(self) -> BlockState | None:
        return None if self.current is None else self.blocks[self.current]

    def early_start(self, index: int) -> float | None:
        """The fixed start of block `index` when moving to it now would begin it early (more
        than a minute before that clock time, and it has not run yet): the facilitator is
        asked first. None otherwise."""
        if not 0 <= index < len(self.blocks) or not self.started or self.ended:
            return None
        b = self.blocks[index]
        if b.block.fixed_start is None or b.actual_start is not None or index == self.current:
            return None
        return b.projected_start if b.projected_start - self.now > 60 else None
