"""Large pictures are decoded off the GUI thread.

Decoding a 24-48 megapixel photo takes 0.3-0.6 s here; on the GUI thread the countdown
stood still that long when such a slide was warmed or shown. Pictures of more than
BACKGROUND_PIXELS are decoded in Qt's thread pool (QImageReader lets go of Python's lock
there, so the GUI thread's slots run meanwhile). The GUI thread waits up to WAIT_S for one
being shown; one that takes longer arrives later, its box painting the slide's background
until then. Smaller pictures decode in a few ms and stay on the GUI thread. PDF pages stay
there too: on a pool thread QPdfDocument.render keeps Python's lock (see pdf_page.py).
"""
from __future__ import annotations

import threading
from functools import partial
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtGui import QImage

from facilitator.ui.slides.media_cache import CACHE, FileGone

BACKGROUND_PIXELS = 2_000_000  # a 2-megapixel JPEG decodes in about 20 ms
WAIT_S = 0.03  # the most the GUI thread waits for a render (a countdown's second has 50 ms)
QUIT_WAIT_MS = 5000  # at quit, for a render under way (a hung USB stick does not keep the app)


class _Ticket:
    """A render's result, set once on the worker thread (`done` tells the GUI thread)."""

    def __init__(self, cache: bool):
        self.result: QImage | FileGone | None = None
        self.done = threading.Event()
        self.cache = cache  # into the render cache; else held for take_uncached (thumbnails)


def _render(key: tuple, ticket: _Ticket, render: Callable[[], QImage], report: Signal) -> None:
    """Run on a worker of Qt's pool (given as a function: a QRunnable subclass kept by the
    pool stayed alive with its picture)."""
    try:
        result = render()
    except FileGone as gone:
        result = gone
    except Exception as error:  # noqa: BLE001 - a worker must report, never raise into Qt
        result = FileGone(f"{error}")
    ticket.result = result
    ticket.done.set()
    report.emit(key, ticket)  # queued: the receiver lives on the GUI thread


class BackgroundRenders(QObject):
    """Renders in progress, by render-cache key. `rendered(key)` when one that was not waited
    for is in the cache (or, asked with cache=False, held for take_uncached(key)) or has failed
    (take_failure(key) then names the file)."""

    rendered = Signal(object)
    _report = Signal(object, object)

    def __init__(self):
        super().__init__()
        self._jobs: dict[tuple, _Ticket] = {}
        self._failed: dict[tuple, str] = {}
        self._uncached: dict[tuple, QImage] = {}
        self._report.connect(self._store)

    def request(self, key: tuple, render: Callable[[], QImage] | None, wait: float = 0.0,
                cache: bool = True) -> QImage | None:
        """Render with `render` (no widget in it: it runs on a worker thread) unless it is
        under way. The picture if it is in within `wait` seconds (FileGone if the file cannot
        be read); else None. cache=False: not put in the render cache (a thumbnail, grabbed
        once into an icon, would take the room of the pages on the walls)."""
        self._failed.pop(key, None)
        job = self._jobs.get(key)
        if job is None:
            job = self._jobs[key] = _Ticket(cache)
            QThreadPool.globalInstance().start(partial(_render, key, job, render, self._report))
        if not (job.done.wait(wait) if wait > 0 else job.done.is_set()):
            return None
        result = self._take(key)
        if isinstance(result, FileGone):
            raise result
        return result

    def is_pending(self, key: tuple) -> bool:
        return key in self._jobs

    def take_uncached(self, key: tuple) -> QImage | None:
        """A finished render asked with cache=False, once."""
        return self._uncached.pop(key, None)

    def take_failure(self, key: tuple) -> str | None:
        """The file a finished render could not read, once (the next request tries again)."""
        return self._failed.pop(key, None)

    def _take(self, key: tuple, hold: bool = False):
        job = self._jobs.pop(key)
        if isinstance(job.result, QImage):
            if job.cache:
                CACHE.put(key, job.result)
            elif hold:
                self._uncached[key] = job.result
        return job.result

    def _store(self, key: tuple, job: _Ticket) -> None:
        if self._jobs.get(key) is not job:
            return  # its result was taken by request(), which waited for it
        result = self._take(key, hold=True)
        if isinstance(result, FileGone):
            self._failed[key] = str(result)
        self.rendered.emit(key)


_RENDERS: BackgroundRenders | None = None


def renders() -> BackgroundRenders:
    """The app's one BackgroundRenders, made when first asked (after the QApplication)."""
    global _RENDERS
    if _RENDERS is None:
        _RENDERS = BackgroundRenders()
        app = QCoreApplication.instance()
        if app is not None:  # no Python code left running on a worker when Python shuts down
            app.aboutToQuit.connect(lambda: QThreadPool.globalInstance().waitForDone(QUIT_WAIT_MS))
    return _RENDERS
