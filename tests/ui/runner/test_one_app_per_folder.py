"""One app per workshop folder (issue 9, item 4), with real processes: a second
`facilitator run` on a folder in use says so and opens nothing; `status` still reads;
a holder killed by SIGKILL does not keep the folder."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from process_lines import first_line
from test_app_sigkill_resume import ROOT, kill, wait_ready
from facilitator.bundled import default_session_path
from facilitator.core import workshop as storage
from facilitator.core.day.events import Event
from facilitator.core.day.journal import Journal

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")


def start(folder, *extra) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, "-m", "facilitator", "run", "--workshop-dir", str(folder), "--resume",
         "--lang", "en", *extra],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stderr_line_with(proc: subprocess.Popen, words: str, timeout: float = 60.0) -> str:
    return first_line(proc, proc.stderr, lambda line: words in line, f"saying {words!r} on stderr", timeout)


def test_a_second_window_on_the_folder_says_so_and_opens_nothing(tmp_path):
    folder = storage.prepare_workshop_dir(default_session_path(), tmp_path / "workshop")
    with Journal(storage.journal_path(folder)) as j:
        j.append(Event(time.time() - 60, "start_day"))  # the day began a minute ago
    first = start(folder)
    try:
        wait_ready(first)
        journal_before = storage.journal_path(folder).read_bytes() if storage.journal_path(folder).exists() else b""
        second = start(folder)
        try:
            line = stderr_line_with(second, "is open in another Facilitator window")
            assert f"pid {first.pid}" in line and str(folder) in line
        finally:
            os.kill(second.pid, signal.SIGKILL)  # its dialog waits for a click no one gives
            out, _ = second.communicate(timeout=30)
        assert "facilitator: ready" not in out  # no window came up
        now = storage.journal_path(folder)
        assert (now.read_bytes() if now.exists() else b"") == journal_before
        # status still reads the folder while the app runs
        status = subprocess.run([sys.executable, "-m", "facilitator", "status", "--workshop-dir",
                                 str(folder)], cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert status.returncode == 0 and "Blok 1 af" in status.stdout
    finally:
        kill(first)


def test_a_holder_killed_with_sigkill_does_not_keep_the_folder(tmp_path):
    folder = tmp_path / "workshop"
    first = start(folder)
    try:
        wait_ready(first)
        assert storage.lock_path(folder).exists()
    finally:
        kill(first)
    assert storage.lock_path(folder).exists()  # left behind by the killed app
    second = start(folder)
    try:
        wait_ready(second)  # the stale lock was taken over
    finally:
        kill(second)
