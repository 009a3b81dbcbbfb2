"""Which timers ran out between two moments of the day: the rule behind the chime.

Derived by comparing two consecutive DayStates, never by counting ticks, so a
laptop that slept through the end of a break still chimes once when it wakes,
and a replay after a crash (no previous state) does not chime for the past.
"""
from __future__ import annotations

PHASE, EXERCISE, BREAK, GROUP = "phase", "exercise", "break", "group"


def _crossed_zero(before: float | None, after: float | None) -> bool:
    return before is not None and after is not None and before > 0 >= after


def _same_exercise(prev, cur) -> bool:
    return (prev.exercise is not None and cur.exercise is not None
            and prev.exercise.index == cur.exercise.index
            and cur.exercise.status in ("running", "finished"))


def _is_break(state) -> bool:
    if state.current is None or not state.started or state.ended:
        return False
    kind = state.blocks[state.current].block.kind
    return getattr(kind, "value", kind) == "break"


def timer_endings(prev, cur) -> tuple[str, ...]:
    """The timers that reached zero going from ``prev`` to ``cur`` (DayStates).

    Call it between two states that only time separates (timer ticks): a command
    that moves to another block, exercise or phase is the facilitator's own doing
    and must not chime.
    """
    if prev is None:
        return ()
    out: list[str] = []
    if _same_exercise(prev, cur):
        pe, ce = prev.exercise, cur.exercise
        moved_on = (pe.phase_index is not None and ce.phase_index is not None
                    and ce.phase_index > pe.phase_index)  # the engine advanced the phase itself
        if moved_on or (pe.phase_index == ce.phase_index
                        and _crossed_zero(pe.phase_remaining, ce.phase_remaining)):
            out.append(PHASE)
        if _crossed_zero(pe.remaining, ce.remaining):
            out.append(EXERCISE)
    if (_is_break(prev) and _is_break(cur) and prev.current == cur.current
            and _crossed_zero(prev.remaining, cur.remaining)):
        out.append(BREAK)
    pr, cr = getattr(prev, "round", None), getattr(cur, "round", None)
    if (pr is not None and cr is not None and pr.block == cr.block and pr.position == cr.position
            and _crossed_zero(pr.remaining, cr.remaining)):  # a report-back group's time is up
        out.append(GROUP)
    return tuple(out)


def _level(remaining: float, total: float) -> str:
    if remaining < 0:
        return "overtime"
    if remaining <= min(120, total // 5):
        return "warning"
    return "normal"


def exercise_focus(ex) -> tuple[float, float, str, bool]:
    """What the room counts down during an exercise: (remaining, total, level, is_phase).

    While a phase runs, its own time is what people work to ("10 min write keywords"),
    so it is the big countdown; once the phases are used up, the exercise's time (or
    its overtime) is."""
    phase_left = ex.phase_remaining
    if ex.phase is not None and phase_left is not None and phase_left >= 0 and ex.status != "finished":
        total = ex.phase_duration if ex.phase_duration is not None else ex.phase.duration
        return phase_left, total, _level(phase_left, total), True
    total = ex.duration or ex.exercise.duration
    return ex.remaining, total, _level(ex.remaining, total), False

