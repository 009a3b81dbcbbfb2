"""Where the report-back round stands at one moment (RoundState), and what it does to
its block's remaining time.

The presenting group's remaining = its time (+ added) - (block elapsed - when it began);
the block's remaining while the round runs = that (not below zero while others wait)
+ the time of every group still to come + a changeover before each of them. So the
projection and the catch-up plan follow the groups: add one, and the day ends later.
After the last group the block's time is up.
"""
from __future__ import annotations

from facilitator.core.record import record

from facilitator.core.day.facts import DayFacts
from facilitator.core.session.model import Session


@record(frozen=True)
class GroupState:
    index: int  # in the round's list of groups (Gruppe index+1 when it has no name)
    journey_id: str  # "" for a counted group
    name: str  # "" for a counted group
    status: str  # "waiting" | "presenting" | "done" | "skipped"
    seconds: int  # its time incl. what was added


@record(frozen=True)
class RoundState:
    block: int
    groups: tuple[GroupState, ...]  # in presenting order
    position: int | None  # of the presenting group in `groups`
    started: bool
    finished: bool
    remaining: float | None  # the presenting group's; < 0 = overtime
    per_group: int
    changeover: int

    @property
    def current(self) -> GroupState | None:
        return None if self.position is None or self.finished else self.groups[self.position]

    @property
    def next(self) -> GroupState | None:
        """The group that presents next (the first one before the round)."""
        start = 0 if self.position is None else self.position + 1
        if self.finished:
            return None
        return next((g for g in self.groups[start:] if g.status == "waiting"), None)


def round_state(session: Session, facts: DayFacts, index: int, now: float) -> RoundState | None:
    run, block = facts.rounds.get(index), session.blocks[index]
    if run is None or block.report_back is None:
        return None
    rb = block.report_back
    groups = tuple(GroupState(g, *run.groups[g], run.status(g), run.group_seconds(rb, g)) for g in run.order)
    remaining = None
    if run.running:
        remaining = run.group_seconds(rb, run.current()) - (_elapsed(facts, index, now) - run.at)
    return RoundState(index, groups, run.position, run.started, run.finished_at is not None,
                      remaining, rb.per_group, rb.changeover)


def block_remaining(session: Session, facts: DayFacts, index: int, now: float) -> float | None:
    """The remaining time of a block whose round has begun; None otherwise (the block's
    own countdown holds, e.g. during an introduction before the first group)."""
    run, rb = facts.rounds.get(index), session.blocks[index].report_back
    if run is None or rb is None or not run.started:
        return None
    elapsed = _elapsed(facts, index, now)
    if run.finished_at is not None:
        return run.finished_at - elapsed
    group = run.group_seconds(rb, run.current()) - (elapsed - run.at)
    waiting = run.waiting_after()
    rest = sum(run.group_seconds(rb, g) + rb.changeover for g in waiting)
    return rest + (max(group, 0.0) if waiting else group)


def _elapsed(facts: DayFacts, index: int, now: float) -> float:
    return facts.blocks[index].clock.elapsed(now)


def clicker_moves_round(state) -> bool:
    """A forward press of the clicker goes to the round while its block is on and the round
    is not over: the first press starts the first group, each further one the next group.
    After the last group the clicker moves the slides and blocks as ever."""
    r = getattr(state, "round", None)
    return r is not None and not r.finished and (r.started or r.next is not None)


def rounds_to_regroup(session: Session, round_of, journeys: list[tuple[str, str]]) -> list[int]:
    """The rounds of the workshop's journeys that should be given `journeys` ((id, group name)
    pairs) now: every such round whose groups differ, except a running one when nothing was
    added or renamed (a journey deleted mid-round does not take its group out of the round).
    `round_of(block)` gives a block's RoundState or None."""
    out = []
    for index, block in enumerate(session.blocks):
        if block.report_back is None or block.report_back.groups is not None:
            continue
        current = round_of(index)
        have = [] if current is None else [(g.journey_id, g.name) for g in current.groups]
        if sorted(journeys) == sorted(have):
            continue
        if current is None or not current.started or set(journeys) - set(have):
            out.append(index)
    return out
