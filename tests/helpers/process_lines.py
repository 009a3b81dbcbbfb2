"""Reading a running app's output in the tests: the first line that matches, polled with a
deadline (a selector, no sleeps), or a clear failure when the app exits or stays silent."""
from __future__ import annotations

import selectors
import subprocess
import time
from typing import Callable, TextIO


def first_line(proc: subprocess.Popen, stream: TextIO, matches: Callable[[str], bool], what: str,
               timeout: float = 60.0) -> str:
    deadline = time.monotonic() + timeout
    sel = selectors.DefaultSelector()
    sel.register(stream, selectors.EVENT_READ)
    while time.monotonic() < deadline:
        if not sel.select(timeout=deadline - time.monotonic()):
            continue
        line = stream.readline()
        if not line:
            raise AssertionError(f"the app exited with {proc.wait()} before {what}")
        if matches(line):
            return line
    raise AssertionError(f"no {what} in time")
