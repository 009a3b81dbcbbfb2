"""Start-up: PySide reads the source of every module imported after it unless its table
already says whether the module uses PySide; facilitator.ui fills that table in, so neither
our modules nor the standard library's are read (they were some 75 reads, 10-15 ms)."""
from __future__ import annotations

import subprocess
import sys

PROGRAM = """
import inspect, json  # a package's submodules imported later (json.decoder) are still read: 2 at start-up
import facilitator.ui
reads = []
real = inspect.getsource
inspect.getsource = lambda module: reads.append(module.__name__) or real(module)
import threading, json, datetime
import facilitator.ui.runner.presenter_window, facilitator.ui.slides.deck_link
print([name for name in reads if not name.startswith("PySide6")])  # PySide's own: 4 cheap reads
"""


def test_our_modules_and_the_standard_librarys_are_not_read_by_pyside():
    out = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=60,
                         env={"QT_QPA_PLATFORM": "offscreen", **_env()})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_the_table_says_what_pyside_would_have_found():
    import facilitator.ui  # noqa: F401

    table = sys.modules["shibokensupport.feature"].pyside_feature_dict
    assert table["facilitator.ui.app"] == 0 and table["facilitator.ui.runner.presenter_window"] == 0
    assert table["json"] == -1 and table["collections.abc"] == -1


def _env() -> dict:
    import os

    return {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
