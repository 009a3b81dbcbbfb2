"""Fold the event list into the facts of the day (see facts.py).

Events that make no sense in the state they arrive in (resume while running, next
before the day started ...) are ignored here rather than refused, so any journal
replays. Moving to another block resumes a paused day and ends the exercise timer.
"""
from __future__ import annotations

from typing import Iterable

from facilitator.core.day.state import FINISHED, RUNNING
from facilitator.core.day.events import Event
from facilitator.core.day.exercise_timer import ExerciseCommands, int_field
from facilitator.core.day.journal import collector_paused
from facilitator.core.day.facts import BlockRun, DayFacts, ExerciseRun, nominal_duration
from facilitator.core.day.round_commands import RoundCommands, initial_rounds
from facilitator.core.session.model import Session


MOST_ADJUST = 24 * 3600  # seconds one +/- may add or take: no garbled line can push the clock off the calendar


class DayFold(ExerciseCommands, RoundCommands):
    """The day folded so far: applies events one by one to the day's facts. The Runner keeps
    one, so state() need not re-fold the day. (A "folder" elsewhere is the workshop folder.)"""

    def __init__(self, session: Session):
        self.session = session
        self.facts = DayFacts([BlockRun(exercises=[ExerciseRun() for _ in b.exercises])
                               for b in session.blocks])
        self.facts.rounds = initial_rounds(session)
        self._handlers: dict[str, object] = {}  # event type -> its bound on_<type> method

    # -- helpers ---------------------------------------------------------------
    @property
    def n(self) -> int:
        return len(self.session.blocks)

    def block(self) -> BlockRun | None:
        f = self.facts
        return None if f.current is None else f.blocks[f.current]

    def in_day(self) -> bool:
        return self.facts.started and not self.facts.ended and self.facts.current is not None

    def leave(self, t: float) -> None:
        run = self.block()
        if run is None:
            return
        run.clock.close(t)
        run.last_end = max(t, run.first_start)  # a wall clock set back must not end it before it began
        active = run.active_exercise()
        if active is not None:  # leaving a block ends its exercise timer
            run.exercises[active].clock.close(t)
            run.exercises[active].status = FINISHED
        self.facts.current = None

    def enter(self, index: int, t: float) -> None:
        self.leave(t)
        f = self.facts
        f.started, f.ended, f.paused, f.current = True, False, False, index
        if f.start_t is None:
            f.start_t = t
        run = f.blocks[index]
        if run.first_start is None:
            run.first_start = t
        run.clock.open(t)

    # -- commands ---------------------------------------------------------------
    def apply_all(self, events: Iterable[Event]) -> None:
        with collector_paused():
            for e in events:
                self.apply(e)

    def apply(self, e: Event) -> None:
        handler = self._handlers.get(e.type)
        if handler is None:  # looked up once per type: a 50 MB journal replays a million events
            handler = self._handlers[e.type] = getattr(self, "on_" + e.type, _ignore)
        if self.session.blocks:
            handler(e.t, e.data)

    def on_start_day(self, t, data):
        if not self.facts.started:
            idx = int_field(data, "index")
            self.enter(idx if idx is not None and 0 <= idx < self.n else 0, t)

    def on_end_day(self, t, data):
        if self.in_day():
            self.leave(t)
            self.facts.ended, self.facts.paused = True, False

    def on_next_block(self, t, data):
        f = self.facts
        if not f.started:
            self.enter(0, t)
        elif self.in_day():
            if f.current >= self.n - 1:
                self.on_end_day(t, data)
            else:
                self.enter(f.current + 1, t)

    def on_previous_block(self, t, data):
        f = self.facts
        if f.ended:  # reopen the day on its last block: a mis-click on the clicker
            self.enter(self.n - 1, t)
        elif self.in_day() and f.current > 0:
            self.enter(f.current - 1, t)

    def on_goto_block(self, t, data):
        idx = int_field(data, "index")
        if idx is not None and 0 <= idx < self.n and idx != self.facts.current:
            self.enter(idx, t)

    def on_pause(self, t, data):
        run = self.block()
        if self.in_day() and not self.facts.paused:
            self.facts.paused = True
            run.clock.close(t)
            active = run.active_exercise()
            if active is not None:
                run.exercises[active].clock.close(t)

    def on_resume(self, t, data):
        run = self.block()
        if self.in_day() and self.facts.paused:
            self.facts.paused = False
            run.clock.open(t)
            active = run.active_exercise()
            if active is not None and run.exercises[active].status == RUNNING:
                run.exercises[active].clock.open(t)

    def on_adjust(self, t, data):
        seconds = int_field(data, "seconds")
        if self.in_day() and seconds is not None:
            seconds = max(-MOST_ADJUST, min(seconds, MOST_ADJUST))  # a day's worth at most
            if self.round_adjust(t, seconds):  # a presenting group gets the time, not the block
                return
            run = self.block()
            run.adjust += max(seconds, -nominal_duration(self.session, self.facts, self.facts.current))
            self.adjust_exercise(t, seconds)

    def on_accept_catch_up(self, t, data):
        cuts = data.get("cuts")
        for cut in cuts if isinstance(cuts, list) else ():
            if (isinstance(cut, list) and len(cut) == 2 and all(isinstance(x, int) for x in cut)
                    and 0 <= cut[0] < self.n):
                room = nominal_duration(self.session, self.facts, cut[0])
                seconds = min(max(cut[1], 0), room)
                self.facts.blocks[cut[0]].cut += seconds
                if cut[0] == self.facts.current and self.in_day():
                    self.cut_exercise(t, seconds)  # the room's countdown gives the time too

    def on_clock_jump(self, t, data):
        seconds = data.get("seconds")
        if isinstance(seconds, (int, float)) and not isinstance(seconds, bool):
            self.facts.clock_jumps.append(float(seconds))

    # -- exercise timer ------------------------------------------------------------


def _ignore(t, data) -> None:
    """An event type this fold has no command for."""


def fold(session: Session, events: Iterable[Event]) -> DayFacts:
    day = DayFold(session)
    day.apply_all(events)
    return day.facts
