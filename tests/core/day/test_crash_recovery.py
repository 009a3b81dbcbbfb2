"""A process running the day is killed (SIGKILL) in the middle of an exercise; a new
one replays the workshop folder's journal and lands on the same block, exercise,
phase and remaining time (within 1 s of the truth, on the real clock)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from engine_day import make_session
from facilitator.core.day import journal
from facilitator.core import workshop as storage
from facilitator.core.day.clock import SystemClock
from facilitator.core.day.runner import Runner

TESTS = Path(__file__).resolve().parents[2] / "helpers"

CHILD = """
import sys
sys.path.insert(0, sys.argv[2])
from engine_day import make_session
from facilitator.core.day.clock import SystemClock
from facilitator.core.day.journal import Journal
from facilitator.core.day.runner import Runner
from facilitator.core import workshop as storage
runner = Runner(make_session(), SystemClock(), Journal(storage.journal_path(sys.argv[1])))
runner.start_day()
runner.next_block()
runner.start_exercise()
started = runner.events[-1].t
runner.next_phase()
runner.check_clock()
runner.state()
print("ready", started, flush=True)
sys.stdin.read()  # the day goes on (nothing more is journalled) until the process is killed
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signal")
def test_killed_mid_exercise_the_day_resumes_where_it_was(tmp_path):
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path), str(TESTS)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        word, started = child.stdout.readline().split()  # blocks until the exercise runs
        assert word == "ready"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    events, warnings = journal.read(storage.journal_path(tmp_path))
    assert warnings == []
    state = Runner(make_session(), SystemClock(), None, events).state()
    truth = 10 * 60 - (time.time() - float(started))  # N ended phase 1 at once: phase 2 is what is left
    assert (state.current, state.exercise.index, state.exercise.status) == (1, 0, "running")
    assert state.exercise.phase.title == "Hold talen for sidemanden"
    assert abs(state.exercise.remaining - truth) < 1.0
