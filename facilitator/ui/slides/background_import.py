"""Imports the slide renderers' modules on a background thread once the windows are up.

Start-up imports only what the first screen draws; the renderers are imported on first
use of their kind (slides/view.py). The chart slides' modules bring pyqtgraph and numpy,
a few hundred ms: imported on the GUI thread in the middle of the day (the first chart
slide the warmer renders) they would hold up a clicker press. Imported here, the GUI
thread keeps running: Python switches threads every few ms, and the longest hold seen
(numpy's C initialisation) was about 20 ms on a loaded 2-core machine. When the GUI thread
needs a module the thread is still importing, Python's import lock makes it wait for that
module, never import it twice.
"""
from __future__ import annotations

import importlib
import threading

from facilitator.ui.slides.view import RENDERERS


def renderer_modules() -> list[str]:
    return sorted({module for module, _ in RENDERERS.values()})


def import_in_background(modules=None) -> threading.Thread:
    """Start importing `modules` (default: every slide renderer's) on a daemon thread."""
    names = renderer_modules() if modules is None else list(modules)

    def run() -> None:
        for name in names:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - the GUI thread's own import reports it
                pass

    thread = threading.Thread(target=run, name="import-renderers", daemon=True)
    thread.start()
    return thread
