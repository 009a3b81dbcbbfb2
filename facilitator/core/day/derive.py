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

from facilitator.core.record import record
from typing import Iterable

from facilitator.core.day import state as ds
from facilitator.core.day.clock import timestamp_at
from facilitator.core.day.catch_up import propose_catch_up
from facilitator.core.day.state import BlockState, Conflict, DayState, ExerciseState
from facilitator.core.day.events import Event
from facilitator.core.day.facts import (
    BlockRun, DayFacts, current_phase, exercise_remaining, nominal_duration, phase_length)
from facilitator.core.day.projection import (
    Slot, fixed_end_at, fixed_start_at, flow_end_map, free_flow, held_flow, planned_times)
from facilitator.core.day.replay import fold
from facilitator.core.day.round_state import block_remaining, round_state
from facilitator.core.session.model import Block, BlockKind, Session


def derive_state(session: Session, events: Iterable[Event], now: float) -> DayState:
    return state_from_facts(session, fold(session, events), now)


class StateCache:
    """What state_from_facts works out over every block, kept from one call to the next for
    the same facts: the Runner clears it after every event. Each part is stored with the
    key it was computed from (the day's date, the running block's slot, its remaining time
    where that counts) and is computed again when the key differs, so a state read from the
    cache equals one computed afresh. While a block counts down within its time its slot
    does not change, and a second costs the same for 10 blocks as for 10,000; paused or in
    overtime every later block moves each second, and the projection is computed each second."""

    def __init__(self):
        self._parts: dict[str, tuple] = {}
        self.computed: dict[str, int] = {}  # part -> times computed (tests and benchmarks read it)

    def clear(self) -> None:
        self._parts.clear()

    def get(self, part: str, key, compute):
        hit = self._parts.get(part)
        if hit is not None and hit[0] == key:
            return hit[1]
        value = compute()
        self._parts[part] = (key, value)
        self.computed[part] = self.computed.get(part, 0) + 1
        return value


@record(frozen=True)
class _Plan:
    """The parts of the day that follow from the facts and the date alone."""

    planned: list[tuple[float, float]]
    planned_end: float
    statuses: list[str]
    durations: list[float]


@record(frozen=True)
class _Projection:
    """The parts that follow from the plan and the running block's slot."""

    slots: list[Slot]
    held: list[tuple[float, float]]  # the promise: fixed starts kept
    late: dict[int, float]  # fixed starts overrun, with every fixed start kept
    blocks: tuple[BlockState, ...]
    free: tuple[float, dict[int, float]]  # the day's end and the overrun fixed starts if nothing gives

    @property
    def projected_end(self) -> float:
        return self.free[0]


def state_from_facts(session: Session, facts: DayFacts, now: float, cache: StateCache | None = None) -> DayState:
    """The state at `now` of a folded day (facts are only read). `cache`: kept between calls
    on the same facts (cleared when they change); without one everything is computed."""
    cache = StateCache() if cache is None else cache
    day = facts.start_t if facts.started else now
    date = timestamp_at(day, 0)  # planned times depend on the day's date only
    plan = cache.get("plan", date, lambda: _plan(session, facts, day))
    planned, planned_end, statuses = plan.planned, plan.planned_end, plan.statuses
    duration_now = None  # the running block's duration, when a round decides it
    elapsed = remaining = 0.0
    cur = facts.current
    if cur is not None and not facts.ended:
        elapsed = facts.blocks[cur].clock.elapsed(now)
        remaining = plan.durations[cur] - elapsed
        in_round = block_remaining(session, facts, cur, now)
        if in_round is not None:  # the groups decide how long the block still runs
            remaining, duration_now = in_round, elapsed + in_round
    block = session.blocks[cur] if cur is not None else None
    common = dict(now=now, started=facts.started, ended=facts.ended, paused=facts.paused, current=cur,
                  elapsed=elapsed, remaining=remaining, level=_level(block, remaining),
                  exercise=_exercise_state(session, facts, now), planned_end=planned_end,
                  clock_jumps=tuple(facts.clock_jumps))
    if not facts.started:  # before the day there is the plan, and no lateness
        blocks = cache.get("plan blocks", date, lambda: tuple(
            BlockState(i, b, statuses[i], p[0], p[1], p[0], p[1], None, None, int(plan.durations[i]))
            for i, (b, p) in enumerate(zip(session.blocks, planned))))
        first = planned[0][0] if planned else now
        late = now - first >= 60
        return DayState(**common, blocks=blocks, drift=0.0, projected_end=planned_end, back_at=None,
                        catch_up=None, start_now_end=_start_now_end(session, facts, plan, now, date, cache) if late else None)
    durations = plan.durations
    if duration_now is not None:
        durations = [*durations[:cur], duration_now, *durations[cur + 1:]]
    running = None
    if cur is not None and statuses[cur] == ds.NOW:
        running = _slot(session, facts, cur, ds.NOW, day, now, durations[cur], remaining)
    start = facts.start_t
    key = (date, running, duration_now)
    others = cache.get("slots", date, lambda: _other_slots(session, facts, plan, day))
    proj = cache.get("projection", key, lambda: _projection(session, facts, plan, durations, cur, running, others))
    catch_up = None if facts.ended else cache.get(
        "catch-up", (key, _room_now(session, facts, cur, statuses, remaining)),
        lambda: propose_catch_up(proj.slots, start, planned_end,
                                 _room_to_cut(session, facts, statuses, proj.slots, remaining), proj.free))
    return DayState(
        **common, blocks=proj.blocks, drift=proj.projected_end - planned_end, projected_end=proj.projected_end,
        back_at=now + remaining if block is not None and block.kind == BlockKind.BREAK else None,
        catch_up=catch_up,
        conflicts=() if facts.ended else _conflicts(proj.late, statuses, proj.slots, proj.held, durations, remaining),
        round=None if cur is None or facts.ended else round_state(session, facts, cur, now))


def _plan(session: Session, facts: DayFacts, day: float) -> _Plan:
    planned = planned_times(session, day)
    return _Plan(planned, planned[-1][1] if planned else day,
                 [_status(facts, i) for i in range(len(session.blocks))],
                 [_planned_duration(session, facts, i, day) for i in range(len(session.blocks))])


def _other_slots(session: Session, facts: DayFacts, plan: _Plan, day: float) -> list[Slot]:
    """Every block's slot but the running one's (None there): they change only with the facts."""
    return [None if status == ds.NOW else _slot(session, facts, i, status, day, 0.0, plan.durations[i], 0.0)
            for i, status in enumerate(plan.statuses)]


def _projection(session: Session, facts: DayFacts, plan: _Plan, durations: list[float], cur: int | None,
                running: Slot | None, others: list[Slot]) -> _Projection:
    """`others`: _other_slots; the running block's slot goes in at `cur`."""
    statuses, planned = plan.statuses, plan.planned
    slots = list(others)
    if running is not None:
        slots[cur] = running
    start = facts.start_t
    held, late = held_flow(start, slots)  # the promise: fixed starts kept; how late each is reached
    blocks = tuple(
        BlockState(i, b, statuses[i], planned[i][0], planned[i][1], held[i][0], held[i][1],
                   facts.blocks[i].first_start,
                   facts.blocks[i].last_end if statuses[i] == ds.DONE else None,
                   int(durations[i]), late.get(i, 0.0))
        for i, b in enumerate(session.blocks))
    return _Projection(slots, held, late, blocks, free_flow(start, slots))


def _conflicts(late: dict[int, float], statuses: list[str], slots: list[Slot], held: list[tuple[float, float]],
               durations: list[float], remaining: float) -> tuple[Conflict, ...]:
    """Each overrun fixed start with the block that has to give: the nearest block before it
    that is running or to come (a break that counts to the fixed time gives nothing).
    `held`: flow(start, slots, hold=True)."""
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
            now_room = _room_now(session, facts, i, statuses, remaining)
            if now_room is not None:
                room[i] = now_room
        elif slots[i].fixed_end is None:
            room[i] = nominal_duration(session, facts, i) - b.min_duration
    return room


def _room_now(session: Session, facts: DayFacts, i: int | None, statuses: list[str], remaining: float) -> int | None:
    """What the running block `i` may lose (None: it is not in the catch-up plan): the
    part of _room_to_cut that changes from second to second."""
    if i is None or statuses[i] != ds.NOW or session.blocks[i].min_duration is None:
        return None
    if session.blocks[i].kind == BlockKind.BREAK and fixed_end_at(session, i, facts.start_t) is not None:
        return None
    return int(min(max(remaining, 0.0), nominal_duration(session, facts, i) - session.blocks[i].min_duration))


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
        return Slot(known=(run.first_start, max(_end_if_it_runs_on(run, now, duration, remaining), run.first_start)))
    if status == ds.SKIPPED:
        return Slot()
    fixed_end = fixed_end_at(session, i, day)
    return Slot(duration=duration, fixed_start=fixed_start_at(session, i, day),
                fixed_end=None if fixed_end is None else fixed_end + run.adjust)


def _start_now_end(session: Session, facts: DayFacts, plan, now: float, date: float, cache: StateCache) -> float:
    """Before the day: when it ends if started now, by the rules it will then follow (a fixed
    start keeps its time, a break before one absorbs the lateness), not the plan shifted. The
    blocks' slots depend on the date only: their flow is summed up once (flow_end_map)."""
    a, b = cache.get("start-now flow", date, lambda: flow_end_map(
        [_slot(session, facts, i, ds.LATER, now, now, plan.durations[i], 0.0) for i in range(len(session.blocks))]))
    return max(now + a, b)


def _end_if_it_runs_on(run: BlockRun, now: float, duration: float, remaining: float) -> float:
    """now + max(remaining, 0): when the running block will end. While its clock runs within
    its time this is the moment the open span began plus the time left after the closed
    spans, the same number each second (now + remaining would differ in the last bits), so
    the projection computed from it can be kept (StateCache)."""
    spans = run.clock.spans
    if remaining > 0 and run.clock.running and now >= spans[-1][0]:
        return spans[-1][0] + (duration - run.clock.closed)
    return now + max(remaining, 0.0)


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
