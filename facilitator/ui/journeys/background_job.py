"""BackgroundJob: one function run away from the GUI thread, its outcome delivered on the GUI thread.

Reading the groups' journey files and writing a PDF take from a fraction of a second to many
(a 2 MB journey file, sixty pages). Done on the GUI thread they stop the countdown on the wall.
Done on a thread of Qt's pool they still do, for pure-Python work like PyYAML's reader and
reportlab: the worker holds the GIL, and the GUI thread, which gives it up around every Qt call,
waits up to Python's switch interval (5 ms) to get it back each time -- measured: seconds
without a repaint. So `process=True` runs the function in a worker process (multiprocessing,
"spawn": a fresh interpreter, safe beside Qt's threads); the function must then be a module-level
function of picklable arguments and result, or "module:function" so that a heavy module
(reportlab) is imported by the worker only, not on the GUI thread. Threads (Qt's global pool) remain for light work.

The function must not touch widgets; give it copies of what it reads. Its result (or the
exception it raised) comes back through a queued signal: `finished` / `failed` run on the GUI
thread like any slot.
"""
from __future__ import annotations

import os
import threading

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal


class BackgroundJob(QObject):
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception it raised
    _outcome = Signal(bool, object)  # from the worker's thread to this object's (the GUI) thread

    def __init__(self, fn, *args, parent=None, process: bool = False, **kwargs):
        super().__init__(parent)
        self._call = (fn, args, kwargs)
        self.process = process
        self.done = False
        self.started = False
        self.result = None
        self.error: BaseException | None = None
        self.outcome: tuple[bool, object] | None = None  # set on the worker's side, before the signal
        self._ended = threading.Event()
        self._outcome.connect(self._settle, Qt.ConnectionType.QueuedConnection)

    def start(self) -> "BackgroundJob":
        self.started = True
        # a process is started from a thread too: importing multiprocessing and spawning took
        # 30-100 ms on the GUI thread at the first Ctrl+J
        QThreadPool.globalInstance().start(self._start_process if self.process else self._run)
        return self

    def _start_process(self) -> None:  # on a thread of Qt's pool
        try:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            fn, args, kwargs = self._call
            if isinstance(fn, str):
                fn, args = call_by_name, (fn, *args)
            executor = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                           initializer=yield_the_cpu)
            future = executor.submit(fn, *args, **kwargs)
            future.add_done_callback(self._from_future)  # on the executor's thread
            executor.shutdown(wait=False)  # the worker process ends with this one job
        except Exception as exc:  # noqa: BLE001 - no process (out of memory, a frozen app without freeze_support)
            self._tell(False, exc)

    def _from_future(self, future) -> None:
        exc = future.exception()
        self._tell(*((False, exc) if exc is not None else (True, future.result())))

    def _run(self) -> None:  # on a thread of Qt's pool
        fn, args, kwargs = self._call
        try:
            outcome = (True, fn(*args, **kwargs))
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which reports it
            outcome = (False, exc)
        self._tell(*outcome)

    def wait(self, timeout: float | None = None) -> tuple[bool, object] | None:
        """Block until the function has ended: (ok, result or exception), or None after timeout.
        For the one moment the GUI may wait: the app quitting with a save still being written."""
        self._ended.wait(timeout)
        return self.outcome

    def _tell(self, ok: bool, value) -> None:
        self.outcome = (ok, value)
        self._ended.set()
        try:
            self._outcome.emit(ok, value)
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


def yield_the_cpu() -> None:
    """In the worker process: a lower priority, so on a busy two-core laptop the GUI process,
    which draws the countdown, gets the CPU first."""
    if hasattr(os, "nice"):  # not on Windows
        try:
            os.nice(10)
        except OSError:
            pass


def call_by_name(where: str, *args, **kwargs):
    """In the worker process: import "module:function" and call it."""
    import importlib

    module, _, name = where.partition(":")
    return getattr(importlib.import_module(module), name)(*args, **kwargs)


def call_with_notices(where: str, *args, **kwargs):
    """In the worker process: (result, notices) of "module:function" called with a `notices`
    list to fill (a list filled in another process would not come back by itself)."""
    notices: list[str] = []
    return call_by_name(where, *args, notices=notices, **kwargs), notices


PULSE_MS, PULSE_STEPS = 250, 20


def busy_indicator(status_bar, text: str):
    """A moving bar and `text` in a status bar while a job runs (the caller removes the bar).

    The bar fills step by step, four steps a second, and starts again: Qt's own "busy"
    animation (range 0-0) repaints it all the time, measured 36 ms of the GUI thread's time
    a second, beside a countdown that must be redrawn on time."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressBar

    bar = QProgressBar()
    bar.setRange(0, PULSE_STEPS)
    bar.setMaximumWidth(160)
    bar.setTextVisible(False)
    # no taller than a line of its text: a taller bar grows the status bar, and the whole window
    # is laid out again (the presenter's slide previews refit: ~16 ms, twice)
    bar.setMaximumHeight(status_bar.fontMetrics().height())
    bar.pulse = QTimer(bar)  # stopped when a real progress is known (slices.show_progress)
    bar.pulse.setInterval(PULSE_MS)
    bar.pulse.timeout.connect(lambda: bar.setValue((bar.value() + 1) % (PULSE_STEPS + 1)))
    bar.pulse.start()
    status_bar.addPermanentWidget(bar)
    status_bar.showMessage(text)
    return bar
