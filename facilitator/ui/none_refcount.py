"""Guard against a PySide6 build that returns None from void methods without a reference.

Seen with PySide6/shiboken6 6.12.0 on Python 3.11: every call of a void Qt method
(widget.update(), label.setText(...), font.setBold(...)) takes one reference from
None. On Python 3.12+ None is immortal and nothing happens; on 3.11 a window that
redraws every second drops ~20 references a second, and after a few minutes the
interpreter aborts with "Fatal Python error: none_dealloc" — mid-workshop.

The guard detects the fault with one void call and, only then, gives None a
reference count it cannot run out of (what Python 3.12 does for every immortal).
"""
from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40  # a trillion void calls


def void_calls_steal_none() -> bool:
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def guard_none_refcount() -> bool:
    """Returns True when the fault was found and None was made safe."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not void_calls_steal_none():
        return False
    # ob_refcnt is the first field of every CPython object (non-debug builds).
    ctypes.c_ssize_t.from_address(id(None)).value += _HEADROOM
    return True
