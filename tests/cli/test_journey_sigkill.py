"""Kill a process in the middle of edits and autosaves: every journey file still loads and is no
older than the last save the process reported as complete."""
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

from facilitator.core.journeys import store

CHILD = r"""
import sys
sys.path.insert(0, sys.argv[2])
from samples import filled
from facilitator.core.journeys import store
from facilitator.core.journeys.model import edit_touchpoint, step_touchpoint, duplicate_touchpoint, delete_touchpoint
workshop = sys.argv[1]
groups = [filled(f"Gruppe {g}") for g in (1, 2, 3)]
n = 0
while True:
    n += 1
    j = groups[n % 3]
    j.title = f"edit {n}"
    edit_touchpoint(j, n % len(j.touchpoints), "social", "idé " * (n % 40))
    step_touchpoint(j, n % len(j.touchpoints), 1 if n % 2 else -1)
    if n % 5 == 0:
        duplicate_touchpoint(j, 0)
    if len(j.touchpoints) > 15:
        delete_touchpoint(j, 0)
    store.save_journey(workshop, j)
    print(j.id, n, flush=True)   # reported only after the save completed
"""


def test_sigkill_during_autosaves_leaves_loadable_current_files(tmp_path):
    here = Path(__file__).resolve().parents[1] / "helpers"
    rng = random.Random()
    for _round in range(3):
        workshop = tmp_path / f"run{_round}"
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(workshop), str(here)],
                                stdout=subprocess.PIPE, text=True)
        last: dict[str, int] = {}
        stop_after = rng.randint(10, 300)
        for _ in range(stop_after):
            jid, n = proc.stdout.readline().split()
            last[jid] = int(n)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        journeys, problems = store.load_all(workshop)
        assert problems == []
        saved = {j.id: int(j.title.split()[1]) for j in journeys}
        for jid, n in last.items():
            assert saved[jid] >= n, (jid, saved[jid], n)
