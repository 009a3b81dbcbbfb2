"""Renders the slides of the running block ahead of time, at most one slide a second.

A slide shown for the first time (a jump through the overview grid) costs a few tens of
ms on a chart slide; a rendered one only swaps pages. The warmer renders the current
block's slides, then the next block's, into the views it is given: the wall's SlideView
first (what the room sees), then the presenter's current-slide preview, then her
next-slide preview. A jump to slide i shows slide i+1 in the next-slide preview, so that
one gets every slide of the queue but the first: it can never show that one next.

Why not faster: warming happens while a countdown runs on both windows, and the whole
day's idle budget is under 1 % of a core (a ticking countdown alone is about 0.5 %). A
render is a few ms of CPU; after each step the warmer rests until that step's CPU time is
within core/slides/warm_pace.WARM_SHARE of a core (a cheap slide: every other second).

The very first step loads the fonts the wall's slides may use (page.prepare_fonts: every
text role at the first page.FONT_STEPS fit scales, about 10 ms once): the first use of a font
size is a third of a cold slide's render, so any slide, warmed or not, then draws faster on
the wall.

Why per second: the controller's `second_passed` fires just after a displayed-second
boundary, once per timer wake-up and never after a command (its `state_changed` fires
after every command too, so it cannot pace anything). The warmer waits WARM_DELAY_MS
more, so the new digits are painted first, then renders the first (view, slide) pair
still missing, in the order above, looking from where its last render left off when nothing
changed since. When every view is warm a second costs a comparison of what could have
changed (the queue, the views' sizes, pages built or dropped). A new block requeues.

PDF pages and images cost a full-size picture each, held by a bounded cache
(media_cache), so only MEDIA_AHEAD of them are warmed, counted from where the speaker
is: in a block with such slides every move requeues from the current slide.
"""
from __future__ import annotations

import time
import weakref

import shiboken6

from PySide6.QtCore import QObject, Qt, QTimer

from facilitator.core.session.model import MEDIA_KINDS
from facilitator.core.slides.warm_pace import WarmPace
from facilitator.ui.slides.page import prepare_fonts
from facilitator.ui.slides.view import MAX_CACHED

WARM_DELAY_MS = 20  # after the boundary: the countdown's repaint goes first
# PDF pages and images ahead of the speaker: each costs a picture at the view's size, and
# the render cache (media_cache.BUDGET_BYTES) must hold them in every view without churn.
MEDIA_AHEAD = 4


class SlideWarmer(QObject):
    def __init__(self, session, views, parent=None, next_views=(), clock=None):
        """`views` show the slide jumped to (the wall's first, it goes first); `next_views`
        show the one after it (the presenter's next-slide preview). `clock`: the day's
        (core/day/clock.py), whose monotonic time paces the steps; None: the system's."""
        super().__init__(parent)
        self.session = session
        self.clock = clock
        self.pace = WarmPace()
        self.views = list(views)
        self.next_views = list(next_views)
        self._queue: tuple = ()      # the slides to have ready, in the order they are shown
        self._font_heights: set[int] = set()  # page heights whose fonts are loaded (prepare_fonts)
        self._warm_at: tuple | None = None  # _signature() when every page was last found ready
        self._media_queued = False  # a PDF page or image is in the queue (see _still_warm)
        # (_signature(), index): the pairs before index were ready after the warmer's last render
        self._resume: tuple | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.warm_one)
        # A closed window takes its view along: warm nothing after that. The warmer is held
        # weakly, so a warmer being deleted itself (it holds the views) is not called back.
        ref = weakref.ref(self)
        for view in self.views + self.next_views:
            view.destroyed.connect(lambda *_: (warmer := ref()) is not None and warmer._stop())

    def _stop(self, *_args) -> None:
        if shiboken6.isValid(self):
            self._timer.stop()
        self.views, self.next_views, self._queue = [], [], ()

    def requeue(self, block: int, slide: int = 0) -> None:
        """The agenda entered `block` (or the speaker moved to `slide` in it): its slides
        from there first, then the next block's."""
        blocks = self.session.blocks[block:block + 2]
        ids = [sid for i, b in enumerate(blocks) for sid in (b.slides[slide:] if i == 0 else b.slides)]
        slides = (self.session.slide(sid) for sid in ids)
        # no more than a view keeps, or warming would evict what it warmed, every second
        self._queue = tuple(slide for _, slide in zip(range(MAX_CACHED - 2), self._few_media(slides)))
        self._media_queued = any(slide.kind in MEDIA_KINDS for slide in self._queue)

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

    def plan(self) -> list[tuple]:
        """(view, slides) in the order they are warmed: each view of `views`, then each of
        `next_views` with what it can show next."""
        plan = [(v, self._queue) for v in self.views] + [(v, self._queue[1:]) for v in self.next_views]
        # a view with no size yet (its window not shown) would build pages it cannot fit
        return [(v, slides) for v, slides in plan if v.has_size()]

    def on_second(self) -> None:
        """Connected to the controller's second_passed."""
        if self._timer.isActive() or self._still_warm() or not self.pace.ready(self._monotonic()):
            return
        if self._fonts_wanted() is not None or self._find() is not None:
            self._timer.start(WARM_DELAY_MS)
        else:
            self._warm_at = self._signature()

    def _monotonic(self) -> float:
        return time.monotonic() if self.clock is None else self.clock.monotonic()

    def _signature(self) -> tuple:
        """What decides which pages are ready: the queue and each view's size and changes."""
        return (self._queue, [(v.changes, v.has_size(), v.size()) for v in self.views + self.next_views])

    def _still_warm(self) -> bool:
        """Nothing changed since every page was found ready: a warm block's second costs this
        comparison, not a look at every (view, slide) pair (about 0.5 ms, twice a second). A PDF
        page or image can leave the picture cache on its own, so those are always looked at."""
        if self._warm_at is None or self._media_queued:
            return False
        return self._warm_at[0] is self._queue and self._warm_at == self._signature()

    def pending(self) -> int:
        """Steps still to do: (view, slide) pairs not yet rendered, and the wall's fonts
        (0: the block is warm in every view)."""
        return (self._fonts_wanted() is not None) + sum(
            len(view.unprepared(slides)) for view, slides in self.plan())

    def _fonts_wanted(self) -> int | None:
        """The height of the first view (the wall) when its fonts are still to be loaded."""
        plan = self.plan()
        if not plan or not self._queue:
            return None
        height = plan[0][0].height()
        return None if height in self._font_heights else height

    def busy(self) -> bool:
        """This second's render is scheduled and has not run yet."""
        return self._timer.isActive()

    def next_step(self) -> tuple | None:
        """The (view, slide) pair the next render is for, or None when all are warm."""
        found = self._find()
        return None if found is None else found[1]

    def _find(self) -> tuple[int, tuple] | None:
        """(index, (view, slide)) of the first pair of plan() not ready, or None. From where
        the warmer's last render left off when nothing changed since (a look at every pair
        before it was most of a warm step's bookkeeping); else from the first pair."""
        signature = self._signature()
        resume = self._resume
        start = resume[1] if resume is not None and not self._media_queued and resume[0] == signature else 0
        index = 0
        for view, slides in self.plan():
            if index + len(slides) > start:
                skip = max(0, start - index)
                missing = view.unprepared(slides[skip:])
                if missing:
                    return index + slides.index(missing[0], skip), (view, missing[0])
            index += len(slides)
        return None

    def warm_one(self) -> None:
        """One step, then a rest as long as its CPU time asks (self.pace)."""
        speed = getattr(self.clock, "speed", 1.0)  # a rehearsal's clock runs faster
        self.pace.run(self._step, self._monotonic(), speed)

    def _step(self) -> None:
        """The wall's fonts the first time, then render the first (view, slide) pair still
        missing."""
        # the warmer belongs to the controller, which outlives the windows: a second that
        # ends after they closed must not render into deleted views
        self.views = [v for v in self.views if shiboken6.isValid(v)]
        self.next_views = [v for v in self.next_views if shiboken6.isValid(v)]
        height = self._fonts_wanted()
        if height is not None:
            prepare_fonts(height)
            self._font_heights.add(height)
            return
        found = self._find()
        if found is not None:
            index, (view, slide) = found
            dropped = [v.dropped for v in self.views + self.next_views]
            view.prepare(slide, self.session)
            # pages dropped to make room (SlideView.MAX_CACHED) may be ones before it
            unchanged = dropped == [v.dropped for v in self.views + self.next_views]
            self._resume = (self._signature(), index + 1) if unchanged else None
