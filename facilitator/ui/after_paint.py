"""Work that waits for the first screen: at start-up, what the first paint does not need
(rendering the slides ahead, the sound, the menus of later parts) runs after it, one job
per turn of the event loop so that no countdown second waits for a batch of them.

Outside a start-up (tests, a window opened later) a job is simply queued at once.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer

_held = False  # True from hold() to release(): start-up, before the first paint
_queue: list[tuple[QObject | None, Callable[[], None]]] = []  # jobs in order; the first is queued


def later(job: Callable[[], None], context: QObject | None = None) -> None:
    """Run `job` after the first paint, after the jobs given before it, each in a turn of
    the event loop of its own. With a `context`, the job is dropped if that object is
    deleted before it runs."""
    _queue.append((context, job))
    if not _held and len(_queue) == 1:
        _next()


def release() -> None:
    """The first screen is painted: the held jobs start."""
    global _held
    _held = False
    if _queue:
        _next()


def hold() -> None:
    """Start-up begins: keep the jobs until `release()`."""
    global _held
    _held = True


def holding() -> bool:
    return _held


def _next() -> None:
    """Queue the first job; when it has run, the one after it (a chain, not a batch: Qt
    fires every due timer in one go, and the countdown's second must get in between)."""
    context, job = _queue[0]

    def run() -> None:
        _queue.pop(0)
        try:
            if context is None or _alive(context):
                job()
        finally:
            if _queue and not _held:
                _next()

    QTimer.singleShot(0, run)


def _alive(obj: QObject) -> bool:
    from shiboken6 import isValid

    return isValid(obj)
