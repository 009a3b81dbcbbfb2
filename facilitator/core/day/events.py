"""The run journal's vocabulary: one Event per command the facilitator gives.

An event records *what was asked and when* (wall-clock time), never a derived
number; the day's state is recomputed from the events and the current time.
"""
from __future__ import annotations

from dataclasses import field
from facilitator.core.record import record
from typing import Any

START_DAY = "start_day"
END_DAY = "end_day"
NEXT_BLOCK = "next_block"
PREVIOUS_BLOCK = "previous_block"
GOTO_BLOCK = "goto_block"  # data: {"index": int}
PAUSE = "pause"
RESUME = "resume"
ADJUST = "adjust"  # data: {"seconds": int}, + or -, applies to the current block
EXERCISE_START = "exercise_start"  # data: {"index": int} or {} for the block's next exercise
EXERCISE_PAUSE = "exercise_pause"
EXERCISE_RESUME = "exercise_resume"
EXERCISE_RESET = "exercise_reset"
EXERCISE_SKIP = "exercise_skip"
PHASE_NEXT = "phase_next"
PHASE_PREVIOUS = "phase_previous"
ACCEPT_CATCH_UP = "accept_catch_up"  # data: {"cuts": [[block_index, seconds], ...]}
CLOCK_JUMP = "clock_jump"  # data: {"seconds": float}; informational
# The report-back round (see round_commands.py)
ROUND_GROUPS = "round_groups"  # data: {"block": int, "groups": [{"id": str, "name": str}, ...]}
ROUND_SHUFFLE = "round_shuffle"  # data: {"block": int, "seed": int}; the order from random.Random(seed)
ROUND_NEXT = "round_next"  # the current block's round: the next group presents (the first starts it)
ROUND_ADJUST = "round_adjust"  # data: {"seconds": int}, + or -, the presenting group's time
ROUND_SKIP = "round_skip"  # the presenting group (or, before the round, the first) does not present

LATEST_T = 1e11  # year 5138: a later (or negative) timestamp is not a time the day can have
LARGEST_NUMBER = 1e10  # no count, index, duration or timestamp in an event's data is larger
DEEPEST_DATA = 4  # {"cuts": [[i, s], ...]} is 3 deep; one more level for events to come

EVENT_TYPES = frozenset({
    START_DAY, END_DAY, NEXT_BLOCK, PREVIOUS_BLOCK, GOTO_BLOCK, PAUSE, RESUME, ADJUST,
    EXERCISE_START, EXERCISE_PAUSE, EXERCISE_RESUME, EXERCISE_RESET, EXERCISE_SKIP,
    PHASE_NEXT, PHASE_PREVIOUS, ACCEPT_CATCH_UP, CLOCK_JUMP,
    ROUND_GROUPS, ROUND_SHUFFLE, ROUND_NEXT, ROUND_ADJUST, ROUND_SKIP,
})


@record(frozen=True)
class Event:
    t: float  # wall-clock timestamp when the command was given
    type: str
    data: dict = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"t": self.t, "type": self.type, "data": dict(self.data)}

    @classmethod
    def from_dict(cls, raw: Any) -> Event:
        """The event a journal line holds; ValueError when it is not one."""
        if not isinstance(raw, dict):
            raise ValueError("not a JSON object")
        t, kind, data = raw.get("t"), raw.get("type"), raw.get("data", {})
        number = type(t) is float or type(t) is int  # (exact types first: a 50 MB journal is read line by line)
        if not (number or (isinstance(t, (int, float)) and not isinstance(t, bool))) or not 0 <= t <= LATEST_T:
            raise ValueError("no valid time 't'")
        if kind not in EVENT_TYPES:
            raise ValueError(f"unknown event type {kind!r}")
        if not isinstance(data, dict):
            raise ValueError("'data' is not an object")
        if data:  # most commands carry none
            _check_numbers(data, 1)
        return cls(float(t), kind, data)


def _check_numbers(value: Any, depth: int) -> None:
    """A number too large for a clock or a count (1e308, a 400-digit integer, 10**30
    seconds), or data nested deeper than any event writes, makes the line garbled."""
    kind = type(value)
    if kind is int or kind is float:  # the usual case first: a journal's reading is mostly this
        if not abs(value) <= LARGEST_NUMBER:  # also False for nan; an int is never converted
            raise ValueError("a number out of range in 'data'")
        return
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return
    if isinstance(value, (int, float)):
        if not abs(value) <= LARGEST_NUMBER:  # also False for nan; an int is never converted
            raise ValueError("a number out of range in 'data'")
        return
    if depth > DEEPEST_DATA:
        raise ValueError("'data' is nested too deep")
    items = value.values() if isinstance(value, dict) else value
    for item in items:
        _check_numbers(item, depth + 1)
