"""AppController: the one object between the windows and the engine.

It owns the session, the Runner and the clock; windows call its commands and
listen to its signals. It holds no rules: the engine decides what a command
means, core.day.wall decides what the wall shows (WallChoice: the facilitator's choice
over the block's default), core.day.cues decides which endings chime. The only thing it
knows is *when* to ask the engine again: a single-shot QTimer re-armed for the next
moment a displayed second changes.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from facilitator.core.day.cues import timer_endings
from facilitator.core.file_errors import os_error_text
from facilitator.core.day.wall import WallChoice, WallMode

# Wake this long after a boundary so the new second is surely there when we read it.
_AFTER_BOUNDARY = 0.002
# Two boundaries closer than this are served by one wake-up (the later one).
_COALESCE = 0.02


def _until_crossing(value: float) -> float:
    """Seconds until a countdown ``value`` (falling 1/s) crosses the next whole number."""
    frac = value % 1.0
    return frac if frac > 1e-6 else 1.0


def next_boundary_delay(state, now: float) -> float:
    """Seconds until the next displayed second changes on either window (at most 1 s).

    Block, exercise and phase countdowns may each have their own fraction of a
    second, so the earliest boundary wins; boundaries within 20 ms are merged.
    The wall clock shows minutes, so it adds its minute boundary. Never more
    than a second: check_clock wants to be asked once a second.
    The countdowns are as of ``state.now``; the windows' redraw after a command or a block
    change takes tens of ms before the timer is armed, so they are moved on to ``now``
    (else the next second would be shown that much late).
    """
    values = []
    if state is not None and state.started and not state.ended and not state.paused:
        values.append(state.remaining)
    ex = getattr(state, "exercise", None)
    if ex is not None and ex.status == "running":
        values.append(ex.remaining)
        if ex.phase_remaining is not None:
            values.append(ex.phase_remaining)
    elapsed = max(0.0, now - getattr(state, "now", now))
    delays = [_until_crossing(v - elapsed) for v in values]
    delays.append(60.0 - (now % 60.0))  # the wall clock's next minute
    first = min(min(delays), 1.0)
    return max(d for d in delays + [first] if d - first <= _COALESCE and d <= 1.0)


class AppController(QObject):
    state_changed = Signal(object)   # DayState, once per displayed-second change and after commands
    second_passed = Signal()         # once per timer wake-up at a displayed-second boundary, never after commands
    wall_changed = Signal(object)    # WallMode
    clock_jumped = Signal(float)     # seconds, once per jump
    timers_ended = Signal(tuple)     # ("phase"|"exercise"|"break", ...) for chime and flash
    journal_failed = Signal(str)     # the run journal could not be written (the day goes on)
    journal_rewritten = Signal()     # the journal file was gone; a fresh one with the whole day was written

    def __init__(self, session, runner, clock, journal=None, lang: str = "da", parent=None):
        super().__init__(parent)
        self.session, self.runner, self.clock, self.journal = session, runner, clock, journal
        self.lang = lang
        # asked before a fixed-start block is begun early: confirm(title, fixed timestamp) -> bool;
        # the presenter puts up the question (None: no one to ask, go ahead)
        self.confirm_early_start = None
        self._state = runner.state()
        self._wall_choice = WallChoice(self._state.current)
        self._wall = self._wall_choice.shown(self._state, self.current_session_block())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)
        self._redrawing = False  # state_changed's slots are running
        self._arm()

    # --- state -------------------------------------------------------------
    @property
    def state(self):
        return self._state

    def current_session_block(self):
        """The session's Block now running (title, notes, slides); its timing is
        state.current_block_state."""
        s = self._state
        return None if s.current is None else s.blocks[s.current].block

    def tick(self) -> None:
        """Timer wake-up: notice clock jumps, chime for endings, redraw, re-arm."""
        jump = self._journaled(self.runner.check_clock)
        previous = self._state
        self._refresh()
        if jump:
            self.clock_jumped.emit(float(jump))
        endings = timer_endings(previous, self._state)
        if endings:
            self.timers_ended.emit(endings)
        self.second_passed.emit()

    def _refresh(self) -> None:
        self._state = self.runner.state()
        self._wall_choice.follow(self._state.current)  # a new block shows its own wall
        outer, self._redrawing = self._redrawing, True  # a command a slot gives inside another
        try:
            self.state_changed.emit(self._state)
            self._update_wall()
        finally:
            self._redrawing = outer
        self._arm()

    def _arm(self) -> None:
        delay = next_boundary_delay(self._state, self.clock.now()) + _AFTER_BOUNDARY
        delay /= getattr(self.clock, "speed", 1.0)  # a rehearsal's clock runs faster than the timer's
        self._timer.start(max(1, math.ceil(delay * 1000)))

    def stop(self) -> None:
        self._timer.stop()

    def ms_to_next_redraw(self) -> int | None:
        """Milliseconds until the timer next redraws the windows (None: stopped); a long step on
        the GUI thread waits for it rather than make a displayed second late (ui/journeys/slices.py).
        While the windows are being redrawn (a wake-up's or a command's slots): 0."""
        if self._redrawing:
            return 0
        return self._timer.remainingTime() if self._timer.isActive() else None

    def next_wake_up(self) -> int | None:
        """Milliseconds until the windows are next redrawn without a command (None: stopped).
        One wake-up per displayed second, at its boundary, is what keeps the laptop idle."""
        return self._timer.interval() if self._timer.isActive() else None

    # --- wall --------------------------------------------------------------
    def wall_mode(self) -> WallMode:
        return self._wall

    def wall_mode_now(self) -> WallMode:
        """What the wall shows for the state being redrawn: wall_mode() follows a new block
        only after state_changed's slots have run."""
        return self._wall_choice.shown(self._state, self.current_session_block())

    def wall_override(self) -> WallMode | None:
        return self._wall_choice.override

    def set_wall_mode(self, mode: WallMode | None) -> None:
        """The facilitator's choice; None returns to what the block shows by default."""
        self._wall_choice.choose(mode)
        self._update_wall()

    def toggle_wall_mode(self, mode: WallMode) -> None:
        """B/W keys: a second press brings the wall back."""
        self._wall_choice.toggle(mode)
        self._update_wall()

    def _update_wall(self) -> None:
        mode = self._wall_choice.shown(self._state, self.current_session_block())
        if mode != self._wall:
            self._wall = mode
            self.wall_changed.emit(mode)

    # --- commands: each one goes to the engine, then the windows redraw ------
    def _do(self, command, *args) -> None:
        # The previous second's wake-up is stopped while the command and its redraw run: due
        # meanwhile, it would redraw the windows a second time in the middle of this redraw (a
        # block change begun at a second's boundary, a slot that lets events through).
        self._timer.stop()
        try:
            self._journaled(command, *args)
            self._refresh()
        finally:
            if not self._timer.isActive():
                self._arm()

    def _journaled(self, command, *args):
        """Run a command; a journal that cannot be written (disk full, folder gone) must not
        stop the day: the command has been applied in memory, the facilitator is told."""
        try:
            return command(*args)
        except OSError as exc:
            self.journal_failed.emit(self.tr("The run journal cannot be written ({reason}); "
                                             "a crash now would lose the latest commands.")
                                     .format(reason=os_error_text(exc)))
            return None
        finally:
            if getattr(self.runner, "journal_rewritten", False):
                self.runner.journal_rewritten = False
                self.journal_rewritten.emit()
                self.journal_failed.emit(self.tr(
                    "The run journal was replaced or deleted while the day ran; a fresh journal "
                    "with the whole day has been written ({path}).").format(path=self.runner.journal.path))

    def start_day(self): self._do(self.runner.start_day)
    def end_day(self): self._do(self.runner.end_day)
    def next_block(self):
        s = self._state
        if s.started and not s.ended and s.current is not None and not self._may_begin(s.current + 1):
            return
        self._do(self.runner.next_block)

    def previous_block(self): self._do(self.runner.previous_block)

    def goto_block(self, index: int):
        if self._may_begin(index):
            self._do(self.runner.goto_block, index)

    def _may_begin(self, index: int) -> bool:
        """The engine says whether beginning the block now is early for its fixed start;
        the facilitator is asked once."""
        self._state = self.runner.state()
        fixed = self._state.early_start(index)
        if fixed is None or self.confirm_early_start is None:
            return True
        return bool(self.confirm_early_start(self._state.blocks[index].block.title, fixed))
    def toggle_pause(self): self._do(self.runner.toggle_pause)
    def adjust(self, seconds: int): self._do(self.runner.adjust, int(seconds))
    def start_exercise(self, index=None): self._do(self.runner.start_exercise, index)
    def pause_exercise(self): self._do(self.runner.pause_exercise)
    def resume_exercise(self): self._do(self.runner.resume_exercise)
    def reset_exercise(self): self._do(self.runner.reset_exercise)
    def skip_exercise(self): self._do(self.runner.skip_exercise)
    def next_phase(self): self._do(self.runner.next_phase)
    def previous_phase(self): self._do(self.runner.previous_phase)
    def accept_catch_up(self): self._do(self.runner.accept_catch_up)
    def next_group(self): self._do(self.runner.next_group)
    def adjust_group(self, seconds: int): self._do(self.runner.adjust_group, int(seconds))
    def skip_group(self): self._do(self.runner.skip_group)
    def shuffle_round(self, block: int): self._do(self.runner.shuffle_round, block)
    def set_round_groups(self, block: int, groups): self._do(self.runner.set_round_groups, block, groups)

    def exercise_start_or_toggle(self) -> None:
        """One key for the exercise timer: start it, or pause / resume the running one."""
        ex = self._state.exercise
        if ex is not None and ex.status == "running":
            self.pause_exercise()
        elif ex is not None and ex.status == "paused":
            self.resume_exercise()
        else:
            self.start_exercise()
