"""The facts of a report-back round, folded from its events (see round_commands.py).

Groups are (journey id, name) pairs in the order they were given: a counted round's
groups have neither (the wall calls them Gruppe 1, Gruppe 2 ...), a round of the
workshop's journeys has both. `order` is the presenting order (shuffled by a seed
recorded in the journal); a group's time runs on the block's clock, so pausing the
day pauses the group, and `at` is the block's elapsed time when the group began.
"""
from __future__ import annotations

from dataclasses import field
from facilitator.core.record import record

from facilitator.core.session.model import Block, ReportBack

WAITING, PRESENTING, DONE, SKIPPED = "waiting", "presenting", "done", "skipped"


@record
class RoundRun:
    groups: list[tuple[str, str]]
    order: list[int]
    position: int | None = None  # index into order of the presenting group; None before the round
    at: float = 0.0  # block elapsed seconds when the presenting group began
    finished_at: float | None = None  # block elapsed seconds when the last group ended
    extra: dict[int, int] = field(default_factory=dict)  # group -> seconds added (or taken)
    skipped: set[int] = field(default_factory=set)
    spans: dict[int, list] = field(default_factory=dict)  # group -> [start, end] wall clock

    @property
    def started(self) -> bool:
        return self.position is not None or self.finished_at is not None

    @property
    def running(self) -> bool:
        return self.position is not None and self.finished_at is None

    def current(self) -> int | None:
        return self.order[self.position] if self.running else None

    def status(self, group: int) -> str:
        if group in self.skipped:
            return SKIPPED
        if group == self.current():
            return PRESENTING
        return DONE if group in self.spans else WAITING

    def waiting_after(self) -> list[int]:
        """Groups still to present after the presenting one (all of them before the round)."""
        start = 0 if self.position is None else self.position + 1
        return [] if self.finished_at is not None else [
            g for g in self.order[start:] if g not in self.skipped and g not in self.spans]

    def group_seconds(self, rb: ReportBack, group: int) -> int:
        return max(0, rb.per_group + self.extra.get(group, 0))


def new_round(groups: list[tuple[str, str]]) -> RoundRun:
    return RoundRun(list(groups), list(range(len(groups))))


def counted_round(block: Block) -> RoundRun | None:
    """The round a block plans when it counts its groups; None for one of journeys
    (its groups come with the day) or a block that is no round."""
    rb = block.report_back
    if rb is None or rb.groups is None:
        return None
    return new_round([("", "")] * rb.groups)


def planned_seconds(rb: ReportBack, run: RoundRun) -> int:
    """A round's time as it stands before it starts: its groups that will present,
    each with its own time (plus what was added), and a changeover between two."""
    active = [g for g in run.order if g not in run.skipped]
    return sum(run.group_seconds(rb, g) for g in active) + max(len(active) - 1, 0) * rb.changeover
