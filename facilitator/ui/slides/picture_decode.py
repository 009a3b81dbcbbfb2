"""Large pictures are decoded off the GUI thread.

Decoding a 24-48 megapixel photo takes 0.3-0.6 s here (an 80 MB PNG 1.5 s); on the GUI
thread the countdown stood still that long when such a slide was warmed or shown. A picture
of more than BACKGROUND_PIXELS is decoded in Qt's thread pool, its box painting the slide's
background until the picture is in the render cache. A smaller one decodes in a few ms and
stays on the GUI thread, so the speaker never clicks to an empty frame for nothing.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

from facilitator.ui.slides.media_cache import CACHE, FileGone

BACKGROUND_PIXELS = 2_000_000  # a 2-megapixel JPEG decodes in about 20 ms


class _Decode(QRunnable):
    def __init__(self, key: tuple, render: Callable[[], QImage], report: Signal):
        super().__init__()
        self.key, self.render, self.report = key, render, report

    def run(self) -> None:
        try:
            result = self.render()
        except FileGone as gone:
            result = gone
        except Exception as error:  # noqa: BLE001 - a worker must report, never raise into Qt
            result = FileGone(f"{error}")
        self.report.emit(self.key, result)  # queued: the receiver lives on the GUI thread


class BackgroundDecodes(QObject):
    """Pictures being decoded, by render-cache key. `decoded(key)` once each is in the cache
    or has failed (failure(key) names the file)."""

    decoded = Signal(object)
    _report = Signal(object, object)

    def __init__(self):
        super().__init__()
        self._pending: set[tuple] = set()
        self._failed: dict[tuple, str] = {}
        self._report.connect(self._store)

    def request(self, key: tuple, render: Callable[[], QImage]) -> None:
        """Decode with `render` (no widget in it: it runs on a worker thread), unless pending."""
        if key in self._pending:
            return
        self._failed.pop(key, None)
        self._pending.add(key)
        QThreadPool.globalInstance().start(_Decode(key, render, self._report))

    def is_pending(self, key: tuple) -> bool:
        return key in self._pending

    def take_failure(self, key: tuple) -> str | None:
        """The file a finished decode could not read, once (the next request tries again)."""
        return self._failed.pop(key, None)

    def _store(self, key: tuple, result) -> None:
        self._pending.discard(key)
        if isinstance(result, QImage):
            CACHE.put(key, result)
        else:
            self._failed[key] = str(result)
        self.decoded.emit(key)


_DECODES: BackgroundDecodes | None = None


def decodes() -> BackgroundDecodes:
    """The app's one BackgroundDecodes, made when first asked (after the QApplication)."""
    global _DECODES
    if _DECODES is None:
        _DECODES = BackgroundDecodes()
    return _DECODES
