"""DeckPositionKeeper: which slide is on the wall, written to the workshop folder for a restart,
away from the GUI thread.

Every slide change and every block change writes it (workshop.save_deck_position: a temporary
file, two fsyncs, a rename). That took 2-8 ms on the GUI thread in the middle of a block
change's redraw here, and an fsync on a USB stick or a busy disk can take far longer, while
the countdown's next second waits. So the write is done on a thread of Qt's pool (fsync lets
the GIL go); only the newest position is written, one write at a time, so a later position is
never overwritten by an earlier one. A write that fails comes back to the GUI thread as
`failed` (the deck link tells the facilitator once); `saved` says the newest one is on disk.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal

from facilitator.core import workshop


class DeckPositionKeeper(QObject):
    saved = Signal()
    failed = Signal(object)  # the OSError
    _outcome = Signal(object)  # from the pool's thread: None or the OSError

    def __init__(self, folder, parent=None):
        super().__init__(parent)
        self.folder = folder
        self._lock = threading.Lock()
        self._pending: tuple[int, int] | None = None
        self._idle = threading.Event()
        self._idle.set()
        self._outcome.connect(self._settle, Qt.ConnectionType.QueuedConnection)
        app = QCoreApplication.instance()
        if app is not None:  # the app quitting waits for the last position to be on disk
            app.aboutToQuit.connect(self.wait)

    def keep(self, block: int, slide: int) -> None:
        """Write (block, slide) soon; a position kept meanwhile replaces it."""
        with self._lock:
            self._pending = (block, slide)
            if not self._idle.is_set():
                return  # the running write picks it up when it is done
            self._idle.clear()
        QThreadPool.globalInstance().start(self._write_pending)

    def idle(self) -> bool:
        """No write running or waiting."""
        return self._idle.is_set()

    def wait(self, timeout: float = 5.0) -> bool:
        """Block until the newest position is written (the app quitting); False after timeout."""
        return self._idle.wait(timeout)

    def _write_pending(self) -> None:  # on a thread of Qt's pool
        while True:
            with self._lock:
                position, self._pending = self._pending, None
                if position is None:
                    self._idle.set()
                    return
            try:
                workshop.save_deck_position(self.folder, *position)
                outcome = None
            except OSError as exc:
                outcome = exc
            try:
                self._outcome.emit(outcome)
            except RuntimeError:
                pass  # the windows were closed meanwhile: nobody to tell

    def _settle(self, outcome) -> None:
        if outcome is None:
            self.saved.emit()
        else:
            self.failed.emit(outcome)
