"""SIGKILL the running app while the third group of a report-back round presents, start it
again on the same workshop folder: it comes back on group 3 with its remaining time."""
from __future__ import annotations

import re
import subprocess
import sys
import time

from test_app_sigkill_resume import ROOT, kill, wait_ready  # the same real-process harness

from facilitator.core import workshop as storage
from facilitator.core.day import journal as journal_mod
from facilitator.core.day.events import Event

SESSION = """format: 1
title: Fremlæggelser
language: da
start: "09:00"
blocks:
  - {id: intro, title: Velkommen, kind: talk, duration: 30m}
  - id: runde
    title: Grupperne fremlægger
    kind: exercise
    report_back: {per_group: 4m, changeover: 1m, groups: 6}
  - {id: slut, title: Opsamling, kind: talk, duration: 30m}
"""


def start_app(session_path, folder) -> subprocess.Popen:
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, "-m", "facilitator", "run", str(session_path), "--workshop-dir", str(folder),
         "--resume", "--lang", "da"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)


def test_sigkill_during_group_3_comes_back_on_group_3(tmp_path):
    session_path = tmp_path / "runde.yaml"
    session_path.write_text(SESSION, encoding="utf-8")
    folder = storage.prepare_workshop_dir(session_path, tmp_path / "workshop")
    t0 = time.time() - (30 + 9) * 60 - 30  # group 3 began 1 min 30 s ago
    with journal_mod.Journal(storage.journal_path(folder)) as j:
        j.append(Event(t0, "start_day"))
        j.append(Event(t0 + 30 * 60, "next_block"))
        j.append(Event(t0 + 30 * 60, "round_next"))  # group 1
        j.append(Event(t0 + 34 * 60, "round_adjust", {"seconds": 60}))
        j.append(Event(t0 + 35 * 60, "round_next"))  # group 2 (group 1 had 5 min)
        j.append(Event(t0 + 38 * 60, "round_next"))  # group 3
    group3_began = t0 + 38 * 60

    def truth(now: float) -> float:
        return 4 * 60 - (now - group3_began)

    first = start_app(session_path, folder)
    try:
        before = wait_ready(first)
    finally:
        kill(first)
    assert (before["block"], before["group"]) == ("1", "2")  # the third group, counted from 0
    assert abs(float(before["group_remaining"]) - truth(float(before["now"]))) < 1.0

    second = start_app(session_path, folder)
    try:
        after = wait_ready(second)
    finally:
        kill(second)
    assert (after["block"], after["group"]) == ("1", "2")
    assert abs(float(after["group_remaining"]) - truth(float(after["now"]))) < 1.0

    out = subprocess.run([sys.executable, "-m", "facilitator", "status", "--workshop-dir", str(folder)],
                         cwd=ROOT, capture_output=True, text=True, timeout=60, check=True).stdout
    line = re.search(r"^Gruppe 3 af 6 — næste: Gruppe 4 — (\d+):(\d\d) tilbage$", out, re.M)
    assert line, out
    assert abs(int(line.group(1)) * 60 + int(line.group(2)) - truth(time.time())) <= 1.5
    events, warnings = journal_mod.read(storage.journal_path(folder))
    assert [e.type for e in events][-1] == "round_next" and warnings == []
