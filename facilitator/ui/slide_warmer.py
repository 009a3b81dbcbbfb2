"""Renders the slides of the running block ahead of time, one slide per countdown tick.

A slide shown for the first time (a jump through the overview grid) takes up to a few
hundred ms on a chart slide; a rendered one only swaps pages. The warmer renders the
current block's slides, then the next block's, into the views it is given (the wall's
SlideView and the presenter's previews).

Why per tick: the controller's state_changed fires just after a displayed-second
boundary, once a second. The warmer waits WARM_DELAY_MS more, so the new digits are
painted first, then renders one slide, view by view, going back to the event loop
between views so a clicker press in between is not held up by the whole slide. The
work is done long before the next second boundary; when the queue is empty a tick
costs one check. A new block requeues.
"""
from __future__ import annotations

from collections import deque

from PySide6.QtCore import QObject, Qt, QTimer

WARM_DELAY_MS = 20  # after the tick: the countdown's repaint goes first


class SlideWarmer(QObject):
    def __init__(self, session, views, parent=None):
        super().__init__(parent)
        self.session = session
        self.views = list(views)
        self._queue: deque = deque()  # slides still to render, in the order they are shown
        self._steps: deque = deque()  # the views still to render the slide of this tick into
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._warm_one)

    def requeue(self, block: int) -> None:
        """The agenda entered `block`: its slides first, then the next block's."""
        blocks = self.session.blocks[block:block + 2]
        self._queue = deque(self.session.slide(sid) for b in blocks for sid in b.slides)

    def on_tick(self, _state=None) -> None:
        """Connected to the controller's state_changed (just after a second boundary)."""
        if (self._queue or self._steps) and not self._timer.isActive():
            self._timer.start(WARM_DELAY_MS)

    def pending(self) -> int:
        """Slides not yet rendered in every view (0: the block is warm)."""
        return len(self._queue) + bool(self._steps)

    def busy(self) -> bool:
        """A warm-up step is scheduled (the timer or the next view of this tick's slide)."""
        return self._timer.isActive() or bool(self._steps)

    def _warm_one(self) -> None:
        while self._queue and not self._steps:  # skip what is already rendered (shown, or prepared ahead)
            slide = self._queue.popleft()
            self._steps = deque((view, slide) for view in self.views if not view.is_prepared(slide))
        self._step()

    def _step(self) -> None:
        if not self._steps:
            return
        view, slide = self._steps.popleft()
        view.prepare(slide, self.session)
        if self._steps:
            QTimer.singleShot(0, self, self._step)  # the event loop (a clicker press) gets a turn
