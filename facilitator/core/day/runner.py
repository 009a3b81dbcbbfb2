"""The agenda engine's front door: commands in, DayState out.

Every command appends one Event (to memory and, when there is one, the journal);
state() recomputes everything from the events and clock.now(), so a restarted app
that replays its journal lands exactly where the day was. See derive.py for the
time rules.
"""
from __future__ import annotations

import random
from typing import Iterable

from facilitator.core.day import events as ev
from facilitator.core.day.clock import Clock
from facilitator.core.day.state import DayState
from facilitator.core.day.derive import StateCache, state_from_facts
from facilitator.core.day.events import Event
from facilitator.core.day.replay import DayFold
from facilitator.core.day.round_state import round_state
from facilitator.core.session.model import Session

SEEDS = 10**9  # a shuffle's seed stays within what a journal line may hold (events.LARGEST_NUMBER)
JUMP_TOLERANCE = 5.0  # seconds the wall and monotonic clocks may disagree by between checks


class Runner:
    def __init__(self, session: Session, clock: Clock, journal=None, events: Iterable[Event] = (),
                 folded: DayFold | None = None):
        """folded: `events` folded already (the resume question folded them to say where the
        day is); the Runner goes on from that fold instead of folding them again."""
        self.session = session
        self.clock = clock
        self.journal = journal
        self._events: list[Event] = list(events)  # replayed, not re-written to the journal
        self._fold = folded  # folds each event once; state() only projects
        if self._fold is None:
            self._fold = DayFold(session)
            self._fold.apply_all(self._events)
        self._cache = StateCache()  # what state() keeps between events; cleared by each one
        self._last_check = (clock.now(), clock.monotonic())
        self._unreported_jump: float | None = None
        self.journal_rewritten = False  # set when a fresh journal was written; the UI says so and clears it

    @property
    def events(self) -> list[Event]:
        return list(self._events)

    def state(self) -> DayState:
        return state_from_facts(self.session, self._fold.facts, self.clock.now(), self._cache)

    def _log(self, kind: str, **data) -> None:
        if kind != ev.CLOCK_JUMP:  # a jump is on record before any command dated after it
            self._notice_jump()
        event = Event(self.clock.now(), kind, data)
        self._events.append(event)
        self._fold.apply(event)
        self._cache.clear()
        if self.journal is not None and not self.journal.append(event):
            # the file on disk was replaced or deleted: a fresh journal keeps the whole day
            self.journal.rewrite(self._events)
            self.journal_rewritten = True

    # -- the day ----------------------------------------------------------------
    def start_day(self) -> None:
        self._log(ev.START_DAY)

    def end_day(self) -> None:
        self._log(ev.END_DAY)

    def next_block(self) -> None:
        """Before the start this starts the day; on the last block it ends it."""
        self._log(ev.NEXT_BLOCK)

    def previous_block(self) -> None:
        self._log(ev.PREVIOUS_BLOCK)

    def goto_block(self, index: int) -> None:
        self._log(ev.GOTO_BLOCK, index=int(index))

    def pause(self) -> None:
        self._log(ev.PAUSE)

    def resume(self) -> None:
        self._log(ev.RESUME)

    def toggle_pause(self) -> None:
        self.resume() if self.state().paused else self.pause()

    def adjust(self, seconds: int) -> None:
        self._log(ev.ADJUST, seconds=int(seconds))

    # -- the exercise timer --------------------------------------------------------
    def start_exercise(self, index: int | None = None) -> None:
        if index is None:
            self._log(ev.EXERCISE_START)
        else:
            self._log(ev.EXERCISE_START, index=int(index))

    def pause_exercise(self) -> None:
        self._log(ev.EXERCISE_PAUSE)

    def resume_exercise(self) -> None:
        self._log(ev.EXERCISE_RESUME)

    def reset_exercise(self) -> None:
        self._log(ev.EXERCISE_RESET)

    def skip_exercise(self) -> None:
        self._log(ev.EXERCISE_SKIP)

    def next_phase(self) -> None:
        self._log(ev.PHASE_NEXT)

    def previous_phase(self) -> None:
        self._log(ev.PHASE_PREVIOUS)

    # -- the report-back round ------------------------------------------------------
    def round_of(self, block: int):
        """The RoundState of any block's round (state().round has only the current block's)."""
        return round_state(self.session, self._fold.facts, block, self.clock.now())

    def set_round_groups(self, block: int, groups: list[tuple[str, str]]) -> None:
        """The round's groups as (journey id, name) pairs, e.g. the workshop's journeys."""
        self._log(ev.ROUND_GROUPS, block=int(block), groups=[{"id": j, "name": n} for j, n in groups])

    def shuffle_round(self, block: int, seed: int | None = None) -> int:
        """A new presenting order; the seed goes into the journal so a replay gets the same."""
        seed = random.randrange(SEEDS) if seed is None else int(seed)
        self._log(ev.ROUND_SHUFFLE, block=int(block), seed=seed)
        return seed

    def next_group(self) -> None:
        self._log(ev.ROUND_NEXT)

    def adjust_group(self, seconds: int) -> None:
        self._log(ev.ROUND_ADJUST, seconds=int(seconds))

    def skip_group(self) -> None:
        self._log(ev.ROUND_SKIP)

    # -- catch-up and clock ------------------------------------------------------------
    def accept_catch_up(self) -> None:
        """Accept the plan state() proposes now; nothing is logged when there is none."""
        plan = self.state().catch_up
        if plan is not None:
            self._log(ev.ACCEPT_CATCH_UP, cuts=[[i, s] for i, s in plan.cuts])

    def check_clock(self) -> float | None:
        """Call about once a second. When the wall clock moved more or less than the
        monotonic clock since the last check (clock set, laptop slept), log the
        difference once as a clock_jump event and return it (also when a command
        noticed it first, so the jump is shown once)."""
        self._notice_jump()
        jump, self._unreported_jump = self._unreported_jump, None
        return jump

    def _notice_jump(self) -> None:
        wall, mono = self.clock.now(), self.clock.monotonic()
        jump = (wall - self._last_check[0]) - (mono - self._last_check[1])
        self._last_check = (wall, mono)
        if abs(jump) > JUMP_TOLERANCE:
            self._log(ev.CLOCK_JUMP, seconds=round(jump, 3))
            self._unreported_jump = (self._unreported_jump or 0.0) + jump
