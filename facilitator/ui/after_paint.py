"""Work that waits for the first screen: at start-up, what the first paint does not need
(rendering the slides ahead, the sound, the menus of later parts) runs after it, one job
per turn of the event loop so that no countdown second waits for a batch of them.

Outside a start-up (tests, a window opened later) a job is simply queued at once.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer

_held = False  # True from hold() to release(): start-up, before the first paint
_queue: list[tuple[QObject | None, Callable[[], None]]] = []  # jobs in order
_pending = False  # the first job's turn is queued


def later(job: Callable[[], None], context: QObject | None = None) -> None:
    """Run `job` after the first paint, after the jobs given before it, each in a turn of
    the event loop of its own. With a `context`, the job is dropped if that object is
    deleted before it runs."""
    _queue.append((context, job))
    _next()


def release() -> None:
    """The first screen is painted: the held jobs start."""
    global _held
    _held = False
    _next()


def hold() -> None:
    """Start-up begins: keep the jobs until `release()`."""
    global _held
    _held = True


def _next() -> None:
    """Queue the first job's turn; when it has run, the next one's (a chain, not a batch: Qt
    fires every due timer in one go, and the countdown's second must get in between)."""
    global _pending
    if _held or _pending or not _queue:
        return
    _pending = True
    QTimer.singleShot(0, _run_first)


def _run_first() -> None:
    global _pending
    _pending = False
    if _held or not _queue:
        return
    context, job = _queue.pop(0)
    try:
        if context is None or _alive(context):
            job()
    finally:
        _next()


def _alive(obj: QObject) -> bool:
    from shiboken6 import isValid

    return isValid(obj)
