"""Work on the GUI thread that must not make a displayed second late.

Slices: what must happen on the GUI thread (making widgets, turning a worker's parcels back
into journeys) but takes longer than a countdown may wait is cut into steps of a few
milliseconds; between two steps the event loop runs, so the wall's second is redrawn on
time. `progress` tells a status bar how far it got.

between_seconds: a step that cannot be cut (a window's first layout and paint, tens of
milliseconds) runs when the next redraw of the countdowns is far enough away, or else just
after it.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer, Signal


STEP_ROOM_MS = 30


class Slices(QObject):
    progress = Signal(int, int)  # steps done, steps expected
    finished = Signal()
    failed = Signal(object)  # the exception a step raised (no step runs after it)

    def __init__(self, steps: Iterable, total: int, parent=None, countdowns=None):
        """countdowns: the day's controller; no step starts in the last STEP_ROOM_MS before it
        redraws the countdowns (a step may take 20 ms on a busy laptop): it waits for the redraw."""
        super().__init__(parent)
        self._steps = iter(steps)
        self.total, self.count, self.done = total, 0, False
        self._countdowns = countdowns
        self._timer = QTimer(self)
        self._timer.setInterval(0)  # the next step once the events waiting now are handled
        self._timer.timeout.connect(self._step)

    def start(self) -> "Slices":
        self._timer.start()
        return self

    def _step(self) -> None:
        if self._countdowns is not None:
            wait = self._countdowns.ms_to_next_redraw()
            if wait is not None and wait <= STEP_ROOM_MS:
                self._timer.stop()
                self._countdowns.second_passed.connect(self._after_redraw)
                return
        try:
            next(self._steps)
        except StopIteration:
            self._end()
            self.finished.emit()
            return
        except Exception as exc:  # noqa: BLE001 - the caller says so to the facilitator
            self._end()
            self.failed.emit(exc)
            return
        self.count += 1
        self.progress.emit(self.count, max(self.total, self.count))

    def stop(self) -> None:
        """No more steps (the caller does the rest another way)."""
        if self._countdowns is not None:
            try:
                self._countdowns.second_passed.disconnect(self._after_redraw)
            except (RuntimeError, TypeError):
                pass  # not waiting for a redraw
        self._end()

    def _after_redraw(self) -> None:
        self._countdowns.second_passed.disconnect(self._after_redraw)
        self._timer.start()  # a 0 ms timer: after the redraw's paint events

    def _end(self) -> None:
        self._timer.stop()
        self.done = True


def show_progress(bar, done: int, total: int) -> None:
    """A busy_indicator bar (background_job.py) turned into one that fills as slices are done."""
    pulse = getattr(bar, "pulse", None)
    if pulse is not None:
        pulse.stop()
    bar.setRange(0, total)
    bar.setValue(done)


def between_seconds(controller, fn, needs_ms: int = 150) -> None:
    """fn() now if the countdowns' next redraw is more than needs_ms away, else just after it
    (queued behind the redraw's paint)."""
    wait = controller.ms_to_next_redraw()
    if wait is None or wait > needs_ms:
        fn()
        return

    def after_redraw() -> None:
        controller.second_passed.disconnect(after_redraw)
        QTimer.singleShot(0, fn)

    controller.second_passed.connect(after_redraw)
