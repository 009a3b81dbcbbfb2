"""SIGKILL the running app in the middle of an exercise, start it again on the same
workshop folder, and find the same block, exercise and remaining time."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from facilitator.bundled import default_session_path
from process_lines import first_line
from facilitator.core import workshop as storage
from facilitator.core.day import journal as journal_mod
from facilitator.core.day.events import Event

ROOT = Path(__file__).resolve().parents[3]
READY = "facilitator: ready"


def start_app(folder: Path) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, "-m", "facilitator", "run", "--workshop-dir", str(folder), "--resume",
         "--lang", "da"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)


def wait_ready(proc: subprocess.Popen, timeout: float = 60.0) -> dict:
    """Read the app's output until its ready line (polling with a deadline, no sleeps)."""
    line = first_line(proc, proc.stdout, lambda text: text.startswith(READY), "its ready line", timeout)
    return dict(re.findall(r"(\w+)=(\S+)", line))


def kill(proc: subprocess.Popen) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL


def status_exercise_left(folder: Path) -> tuple[str, int]:
    out = subprocess.run([sys.executable, "-m", "facilitator", "status", "--workshop-dir", str(folder)],
                         cwd=ROOT, capture_output=True, text=True, timeout=60, check=True).stdout
    block = re.search(r"^Blok (\d+) af \d+: (.+?) — ", out, re.M)
    left = re.search(r"^Øvelse: .+? — (\d+):(\d\d) tilbage", out, re.M)
    assert block and left, out
    return block.group(1), int(left.group(1)) * 60 + int(left.group(2))


def test_sigkill_mid_exercise_and_resume(tmp_path):
    session_path = default_session_path()
    folder = storage.prepare_workshop_dir(session_path, tmp_path / "workshop")
    # The day so far: started 35 min ago, on to the exercise block after 30 min,
    # exercise timer started a minute later. Written by the core journal, as the app does.
    t0 = time.time() - 35 * 60
    exercise_started = t0 + 31 * 60
    with journal_mod.Journal(storage.journal_path(folder)) as j:
        j.append(Event(t0, "start_day"))
        j.append(Event(t0 + 30 * 60, "next_block"))
        j.append(Event(exercise_started, "exercise_start"))
    from facilitator.core.session.loader import load_session

    duration = load_session(session_path).blocks[1].exercises[0].duration

    def truth(now: float) -> float:
        return duration - (now - exercise_started)

    first = start_app(folder)
    try:
        before = wait_ready(first)
    finally:
        kill(first)
    assert before["block"] == "1" and before["exercise"] == "0"
    assert abs(float(before["exercise_remaining"]) - truth(float(before["now"]))) < 1.0

    second = start_app(folder)
    try:
        after = wait_ready(second)
        asked = time.time()
        block, left = status_exercise_left(folder)
        answered = time.time()  # status read its clock somewhere between the two
    finally:
        kill(second)
    assert after["block"] == "1" and after["exercise"] == "0"
    assert abs(float(after["exercise_remaining"]) - truth(float(after["now"]))) < 1.0
    assert block == "2"  # the status command counts blocks from 1
    assert truth(answered) - 1 <= left <= truth(asked) + 1  # whole seconds, rounded up
    events, warnings = journal_mod.read(storage.journal_path(folder))
    assert [e.type for e in events][:3] == ["start_day", "next_block", "exercise_start"]
    assert warnings == []
