"""A day of redraws must not run None out of references: PySide6 6.12.0 on Python 3.11 takes
one from None on every void call. pyproject.toml pins PySide6 below 6.12 (the one fix); this
test fails if an installed PySide6 has the fault again."""
from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtGui import QFont
font = QFont()
for i in range(50_000):  # ten times the references None starts with in a fresh process
    font.setPixelSize(10 + i % 7)
print("alive", sys.getrefcount(None) > 1000)
"""


def test_many_void_calls_do_not_exhaust_none():
    # A fresh interpreter: None starts with a few thousand references there.
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-1000:]
    assert "alive True" in out.stdout
