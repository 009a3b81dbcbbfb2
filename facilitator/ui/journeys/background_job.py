"""BackgroundJob: one function run on Qt's global thread pool, its outcome delivered on the GUI thread.

Reading the groups' journey files and writing a PDF take from a fraction of a second to many
(a 2 MB journey file, sixty pages): done on the GUI thread they stop the countdown on the
wall. The function must not touch widgets; give it copies of what it reads. Its result (or
the exception it raised) comes back through a queued signal, so `finished` / `failed` run on
the GUI thread like any slot.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal


class BackgroundJob(QObject):
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception it raised
    _outcome = Signal(bool, object)  # from the pool's thread to this object's (the GUI) thread

    def __init__(self, fn, parent=None):
        super().__init__(parent)
        self._fn = fn
        self.done = False
        self.result = None
        self.error: BaseException | None = None
        self._outcome.connect(self._settle, Qt.ConnectionType.QueuedConnection)

    def start(self, pool: QThreadPool | None = None) -> "BackgroundJob":
        (pool or QThreadPool.globalInstance()).start(self._run)
        return self

    def _run(self) -> None:  # on the pool's thread
        try:
            outcome = (True, self._fn())
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which reports it
            outcome = (False, exc)
        try:
            self._outcome.emit(*outcome)
        except RuntimeError:
            pass  # the window that asked was closed meanwhile: nobody to tell

    def _settle(self, ok: bool, value) -> None:
        self.done = True
        if ok:
            self.result = value
            self.finished.emit(value)
        else:
            self.error = value
            self.failed.emit(value)


def busy_indicator(status_bar, text: str):
    """A moving bar and `text` in a status bar while a job runs (the caller removes the bar)."""
    from PySide6.QtWidgets import QProgressBar

    bar = QProgressBar()
    bar.setRange(0, 0)  # no percentage to give: it moves until the job is done
    bar.setMaximumWidth(160)
    bar.setTextVisible(False)
    status_bar.addPermanentWidget(bar)
    status_bar.showMessage(text)
    return bar
