"""The groups' journeys in the workshop folder, for the report-back round while the editor is
closed, read without stopping the countdown.

A round asks for them at each new block. Reading a folder with a journey near the store's 2 MB
cap takes seconds of PyYAML: done on the GUI thread, the wall's second stops. So:
- what was read is kept with each file's name, size and modification time; a folder that has
  not changed since (one stat per file) is not read again;
- a folder of small files (together at most AT_ONCE_BYTES, the usual workshop: a few KB a
  group) is read at once, as before, so the round has its groups the moment its block begins;
- a bigger one is read in a worker process (parcel.load_all_packed, as Ctrl+J does) and turned
  back into journeys one parcel per event-loop turn; `read` is emitted when they are there,
  and until then the round keeps what it had (nothing the first time: its plan is left alone).
  The day's first block asks, so the folder is known before a later round's block begins.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QObject, QTimer, Signal

from facilitator.core.journeys import store as journey_store

AT_ONCE_BYTES = 256 * 1024  # ~50 ordinary groups' journeys: read in tens of ms at worst


def folder_signature(folder) -> tuple:
    """(name, size, mtime) of every journey file: what changes when a file is written, added,
    removed or set aside."""
    out = []
    try:
        with os.scandir(journey_store.journeys_dir(folder)) as entries:
            for entry in entries:
                if entry.name.endswith(".yaml"):
                    try:
                        st = entry.stat()
                    except OSError:
                        continue
                    out.append((entry.name, st.st_size, st.st_mtime_ns))
    except OSError:
        return ()
    return tuple(sorted(out))


class FolderJourneys(QObject):
    read = Signal()  # journeys read in the background are there

    in_process = True  # the worker: a process (PyYAML holds the GIL); tests may use a thread

    def __init__(self, folder, controller, parent=None):
        super().__init__(parent)
        self.folder, self.controller = folder, controller
        self._journeys: list | None = None  # None: not read yet
        self._signature: tuple | None = None
        self.reading = None  # the BackgroundJob or Slices under way

    def journeys(self) -> list | None:
        """The folder's journeys: at once when unchanged or small, else the last ones known
        (None before the first read ends) while a background read (started here) brings the new ones."""
        signature = folder_signature(self.folder)
        if signature == self._signature:
            return self._journeys
        if self._small(signature):
            self._journeys = journey_store.load_all(self.folder)[0]
            self._signature = folder_signature(self.folder)  # after any broken file was set aside
            return self._journeys
        self.read_ahead(signature)
        return self._journeys

    @staticmethod
    def _small(signature: tuple) -> bool:
        return sum(size for _name, size, _mtime in signature) <= AT_ONCE_BYTES

    def read_ahead(self, signature: tuple | None = None) -> None:
        """Start reading in the background unless a read is under way or nothing changed."""
        signature = folder_signature(self.folder) if signature is None else signature
        if self.reading is not None or signature == self._signature or self._small(signature):
            return  # a small folder is read at once when asked: no worker needed
        from facilitator.core.journeys import parcel
        from facilitator.ui.journeys.background_job import BackgroundJob
        from facilitator.ui.journeys.slices import between_seconds

        job = BackgroundJob(parcel.load_all_packed, self.folder, parent=self, process=self.in_process)
        job.finished.connect(lambda packed: self._unpack(packed, signature))
        job.failed.connect(lambda _exc: self._done())  # the round keeps what it had; tried at the next block
        self.reading = job
        # started just after the next redraw: asked at a block change, whose own work (the new
        # block's slides) fills this second, and a new process competes for the CPU as it starts
        after_redraw = getattr(self.controller, "second_passed", None)
        if after_redraw is None or self.controller.ms_to_next_redraw() is None:
            between_seconds(self.controller, job.start, needs_ms=250)
            return

        def start() -> None:
            after_redraw.disconnect(start)
            if self.reading is job:
                QTimer.singleShot(0, job.start)  # queued behind the redraw's paint

        after_redraw.connect(start)

    def _unpack(self, packed, signature: tuple) -> None:
        from facilitator.core.journeys.parcel import Unpacker
        from facilitator.ui.journeys.slices import Slices

        parcels, _problems = packed  # the editor reports broken files when it opens
        unpacker = Unpacker(parcels)
        steps = (unpacker.step() for _ in range(len(parcels)))
        self.reading = Slices(steps, len(parcels), parent=self, countdowns=self.controller)
        self.reading.finished.connect(lambda: self._done(unpacker.journeys, signature))
        self.reading.failed.connect(lambda _exc: self._done())
        self.reading.start()

    def _done(self, journeys=None, signature=None) -> None:
        self.reading = None
        if journeys is not None:
            self._journeys, self._signature = journeys, signature
            self.read.emit()
