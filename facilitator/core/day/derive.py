"""DayState = f(session, events, now): the one place where the day's numbers are computed.

Current block: elapsed = time its clock ran (pauses excluded, never negative);
remaining = planned duration (incl. adjustments and accepted cuts) - elapsed.
A break before a fixed-start block counts to that clock time instead: its planned
duration is (fixed end + added time) - the moment the break began, so
back_at = that clock time, shifted only by pauses and added time. Any other
break's back_at is its projected end (its planned end shifted by the drift).
See projection.py for how coming blocks are placed, catch_up.py for the plan.
"""
from __future__ import annotations

from typing import Iterable

from facilitator.core.day import state as ds
from facilitator.core.day.catch_up import propose_catch_up
from facilitator.core.day.state import BlockState, Conflict, DayState, ExerciseState
from facilitator.core.day.events import Event
from facilitator.core.day.facts import (
    DayFacts, current_phase, exercise_remaining, nominal_duration, phase_length)
from facilitator.core.day.projection import (
    Slot, end_of, fixed_end_at, fixed_start_at, flow, late_starts, planned_times)
from facilitator.core.day.replay import fold
from facilitator.core.session.model import Block, BlockKind, Session


def derive_state(session: Session, events: Iterable[Event], now: float) -> DayState:
    return state_from_facts(session, fold(session, events), now)


def state_from_facts(session: Session, facts: DayFacts, now: float) -> DayState:
    """The state at `now` of a folded day (facts are only read)."""
    day = facts.start_t if facts.started else now
    planned = planned_times(session, day)
    planned_end = planned[-1][1] if planned else day
    statuses = [_status(facts, i) for i in range(len(session.blocks))]
    durations = [_planned_duration(session, facts, i, day) for i in range(len(session.blocks))]
    elapsed = remaining = 0.0
    cur = facts.current
    if cur is not None and not facts.ended:
        elapsed = facts.blocks[cur].clock.elapsed(now)
        remaining = durations[cur] - elapsed
    block = session.blocks[cur] if cur is not None else None
    common = dict(now=now, started=facts.started, ended=facts.ended, paused=facts.paused, current=cur,
                  elapsed=elapsed, remaining=remaining, level=_level(block, remaining),
                  exercise=_exercise_state(session, facts, now), planned_end=planned_end,
                  clock_jumps=tuple(facts.clock_jumps))
    if not facts.started:  # before the day there is the plan, and no lateness
        blocks = tuple(BlockState(i, b, statuses[i], p[0], p[1], p[0], p[1], None, None, int(durations[i]))
                       for i, (b, p) in enumerate(zip(session.blocks, planned)))
        first = planned[0][0] if planned else now
        late = now - first >= 60
        return DayState(**common, blocks=blocks, drift=0.0, projected_end=planned_end, back_at=None,
                        catch_up=None, start_now_end=now + planned_end - first if late else None)
    slots = [_slot(session, facts, i, statuses[i], day, now, durations[i], remaining)
             for i in range(len(session.blocks))]
    start = facts.start_t
    projected_end = end_of(start, flow(start, slots))  # if nothing gives
    held = flow(start, slots, hold=True)  # the promise: fixed starts kept
    late = late_starts(start, slots, hold=True)
    blocks = tuple(
        BlockState(i, b, statuses[i], planned[i][0], planned[i][1], held[i][0], held[i][1],
                   facts.blocks[i].first_start,
                   facts.blocks[i].last_end if statuses[i] == ds.DONE else None,
                   int(durations[i]), late.get(i, 0.0))
        for i, b in enumerate(session.blocks))
    catch_up = None if facts.ended else propose_catch_up(
        slots, start, planned_end, _room_to_cut(session, facts, statuses, slots, remaining))
    return DayState(
        **common, blocks=blocks, drift=projected_end - planned_end, projected_end=projected_end,
        back_at=now + remaining if block is not None and block.kind == BlockKind.BREAK else None,
        catch_up=catch_up,
        conflicts=() if facts.ended else _conflicts(late, statuses, slots, durations, remaining, start))


def _conflicts(late: dict[int, float], statuses: list[str], slots: list[Slot], durations: list[float],
               remaining: float, start: float) -> tuple[Conflict, ...]:
    """Each overrun fixed start with the block that has to give: the nearest block before it
    that is running or to come (a break that counts to the fixed time gives nothing)."""
    held = flow(start, slots, hold=True)
    out = []
    for fixed, late_by in sorted(late.items()):
        if late_by < 60:
            continue
        gives = next((j for j in range(fixed - 1, -1, -1)
                      if statuses[j] in (ds.NOW, ds.NEXT, ds.LATER) and slots[j].fixed_end is None), None)
        needs = 0.0 if gives is None else (
            max(remaining, 0.0) if statuses[gives] == ds.NOW else durations[gives])
        if needs <= 0:  # nothing before it has time left to give
            out.append(Conflict(fixed, late_by, None, slots[fixed].fixed_start, 0.0, 0.0))
            continue
        out.append(Conflict(fixed, late_by, gives, held[gives][1] - late_by,
                            max(0.0, needs - late_by), needs))
    return tuple(out)


def _room_to_cut(session: Session, facts: DayFacts, statuses: list[str], slots: list[Slot],
                 remaining: float) -> dict:
    """Seconds each flexible block, running or still to come, may lose (a break that counts
    to a fixed clock time gains nothing from a cut, so it is left out). The running block
    loses at most what it has left."""
    room = {}
    for i, b in enumerate(session.blocks):
        if b.min_duration is None or statuses[i] not in (ds.NOW, ds.NEXT, ds.LATER):
            continue
        if statuses[i] == ds.NOW:
            if session.blocks[i].kind == BlockKind.BREAK and fixed_end_at(session, i, facts.start_t) is not None:
                continue
            room[i] = int(min(max(remaining, 0.0), nominal_duration(session, facts, i) - b.min_duration))
        elif slots[i].fixed_end is None:
            room[i] = nominal_duration(session, facts, i) - b.min_duration
    return room


def _status(facts: DayFacts, i: int) -> str:
    visited = facts.blocks[i].first_start is not None
    if not facts.started:
        return ds.NEXT if i == 0 else ds.LATER
    if facts.ended:
        return ds.DONE if visited else ds.SKIPPED
    if i == facts.current:
        return ds.NOW
    if visited:
        return ds.DONE
    if i < facts.current:
        return ds.SKIPPED
    return ds.NEXT if i == facts.current + 1 else ds.LATER


def _planned_duration(session: Session, facts: DayFacts, i: int, day: float) -> float:
    """The duration the block's countdown counts from (see module docstring)."""
    run, fixed_end = facts.blocks[i], fixed_end_at(session, i, day)
    if fixed_end is not None and run.first_start is not None:
        return max(0.0, fixed_end + run.adjust - run.first_start)
    return nominal_duration(session, facts, i)


def _slot(session: Session, facts: DayFacts, i: int, status: str, day: float, now: float,
          duration: float, remaining: float) -> Slot:
    run = facts.blocks[i]
    if status == ds.DONE:
        return Slot(known=(run.first_start, run.last_end))
    if status == ds.NOW:
        return Slot(known=(run.first_start, max(now + max(remaining, 0.0), run.first_start)))
    if status == ds.SKIPPED:
        return Slot()
    fixed_end = fixed_end_at(session, i, day)
    return Slot(duration=duration, fixed_start=fixed_start_at(session, i, day),
                fixed_end=None if fixed_end is None else fixed_end + run.adjust)


def _level(block: Block | None, remaining: float) -> str:
    if block is None:
        return ds.NORMAL
    if remaining < 0:
        return ds.OVERTIME
    if remaining <= block.danger:
        return ds.DANGER
    if remaining <= block.warning_at():
        return ds.WARNING
    return ds.NORMAL


def _exercise_state(session: Session, facts: DayFacts, now: float) -> ExerciseState | None:
    """The current block's running/paused exercise, else the one last touched,
    else the next one ready to start."""
    if facts.current is None or facts.ended:
        return None
    run, block = facts.blocks[facts.current], session.blocks[facts.current]
    idx = run.shown
    if idx is None:
        idx = next((i for i, x in enumerate(run.exercises) if x.status == ds.READY), None)
    if idx is None:
        return None
    exercise, xrun = block.exercises[idx], run.exercises[idx]
    elapsed = xrun.clock.elapsed(now)
    status = xrun.status
    if status == ds.RUNNING and facts.paused:
        status = ds.PAUSED
    phase = current_phase(exercise, xrun, elapsed)
    remaining = exercise_remaining(exercise, xrun, elapsed)
    return ExerciseState(
        index=idx, exercise=exercise, status=status, elapsed=elapsed,
        remaining=remaining,
        phase_index=None if phase is None else phase[0],
        phase=None if phase is None else exercise.phases[phase[0]],
        phase_remaining=None if phase is None else phase[1],
        duration=elapsed + remaining,  # the length the exercise has now (cut short by N, grown by +)
        phase_duration=None if phase is None else phase_length(exercise, xrun, phase[0]))
