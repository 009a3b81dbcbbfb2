"""Renders the slides of the running block ahead of time, one slide per view per second.

A slide shown for the first time (a jump through the overview grid) takes up to a few
hundred ms on a chart slide; a rendered one only swaps pages. The warmer renders the
current block's slides, then the next block's, into the views it is given (the wall's
SlideView and the presenter's previews).

Why per second: the controller's `second_passed` fires just after a displayed-second
boundary, once per timer wake-up and never after a command (its `state_changed` fires
after every command too, so it cannot pace anything). The warmer waits WARM_DELAY_MS
more, so the new digits are painted first, then renders into each view the first slide
of the queue that view still lacks, going back to the event loop between views so a
clicker press in between is not held up. When every view is warm a second costs one
check. A new block requeues.

PDF pages and images cost a full-size picture each, held by a bounded cache
(media_cache), so only MEDIA_AHEAD of them are warmed, counted from where the speaker
is: in a block with such slides every move requeues from the current slide.
"""
from __future__ import annotations

from collections import deque

import shiboken6

from PySide6.QtCore import QObject, Qt, QTimer

from facilitator.core.session.model import MEDIA_KINDS
from facilitator.ui.slides.view import MAX_CACHED

WARM_DELAY_MS = 20  # after the boundary: the countdown's repaint goes first
# PDF pages and images ahead of the speaker: each costs a picture at the view's size, and
# the render cache (media_cache.BUDGET_BYTES) must hold them in every view without churn.
MEDIA_AHEAD = 4


class SlideWarmer(QObject):
    def __init__(self, session, views, parent=None):
        super().__init__(parent)
        self.session = session
        self.views = list(views)
        self._queue: tuple = ()      # the slides to have ready, in the order they are shown
        self._steps: deque = deque()  # the views still to be given a slide this second
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._start_second)
        for view in self.views:  # a closed window takes its view along: warm nothing after that
            view.destroyed.connect(self._stop)

    def _stop(self, *_args) -> None:
        self._timer.stop()
        self._steps.clear()
        self.views, self._queue = [], ()

    def requeue(self, block: int, slide: int = 0) -> None:
        """The agenda entered `block` (or the speaker moved to `slide` in it): its slides
        from there first, then the next block's."""
        blocks = self.session.blocks[block:block + 2]
        ids = [sid for i, b in enumerate(blocks) for sid in (b.slides[slide:] if i == 0 else b.slides)]
        slides = (self.session.slide(sid) for sid in ids)
        # no more than a view keeps, or warming would evict what it warmed, every second
        self._queue = tuple(slide for _, slide in zip(range(MAX_CACHED - 2), self._few_media(slides)))

    def follow(self, block: int, slide: int) -> None:
        """The speaker moved: keep the PDF pages ahead of her warm (native slides stay warm)."""
        if any(self.session.slide(sid).kind in MEDIA_KINDS for sid in self.session.blocks[block].slides):
            self.requeue(block, slide)

    @staticmethod
    def _few_media(slides):
        media = 0
        for slide in slides:
            if slide.kind in MEDIA_KINDS:
                media += 1
                if media > MEDIA_AHEAD:
                    continue
            yield slide

    def on_second(self) -> None:
        """Connected to the controller's second_passed."""
        if not self._timer.isActive() and not self._steps and self.pending():
            self._timer.start(WARM_DELAY_MS)

    def pending(self) -> int:
        """(view, slide) pairs not yet rendered (0: the block is warm in every view)."""
        return sum(1 for view in self.views for slide in self._queue if not view.is_prepared(slide))

    def busy(self) -> bool:
        """A warm-up step is scheduled (the timer or the next view of this second)."""
        return self._timer.isActive() or bool(self._steps)

    def _start_second(self) -> None:
        # the warmer belongs to the controller, which outlives the windows: a second that
        # ends after they closed must not render into deleted views
        self.views = [v for v in self.views if shiboken6.isValid(v)]
        self._steps = deque(self.views)
        self._step()

    def _step(self) -> None:
        if not self._steps:
            return
        view = self._steps.popleft()
        slide = next((s for s in self._queue if not view.is_prepared(s)), None) if shiboken6.isValid(view) else None
        if slide is not None:
            view.prepare(slide, self.session)
        if self._steps:
            QTimer.singleShot(0, self, self._step)  # the event loop (a clicker press) gets a turn
