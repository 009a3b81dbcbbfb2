"""Opening a 50 MB run journal: load, replay and the first state, against json.loads of every line.

A real day writes a few hundred lines; a journal edited in a text editor or grown by a bug
can be 50 MB (the issue measured ~16 s to load and ~3 s to replay 833,527 lines before the
first window showed). This script writes such a journal of the seed day: the day started,
then pause, resume, +1 min and -1 min over and over (with --exercise: in a block whose
exercise runs, so every +/- goes to the exercise as well), each line dated 50 ms after the
one before. It then opens it as `facilitator run --resume` does (workshop.open_journal:
read, vet), replays it (Runner) and derives the state twice (the first paint, then a tick).

The floor, measured in the same run on the same file: reading it and json.loads of every
line (the least any line-by-line reader of JSON lines does). Each figure is printed in
seconds and as a ratio against that floor.

    python benchmarks/journal_load_bench.py [--mb N] [--exercise] [--as-app] [--profile]

--as-app pauses Python's cycle collector from the start, as `facilitator run` does until its
first paint (the reading and the replay pause it themselves in any case). Printed for
information: the collector's first full round after the first paint (ui/app.py
collector_back), which walks every object of the day once.

Target: open + replay within 2x the floor (a few seconds at most for 50 MB on the 2-core
machine); a tick's state() in milliseconds, not growing with the journal.
--profile prints a cProfile of the open and the replay.
"""
from __future__ import annotations

import argparse
import cProfile
import gc
import json
import pstats
import sys
import tempfile
import time
from pathlib import Path

from facilitator.bundled import default_session_path
from facilitator.core import workshop
from facilitator.core.day.clock import FakeClock
from facilitator.core.day.runner import Runner
from facilitator.core.session.loader import load_session

TARGET = 2.0
STEP = 0.05  # seconds between two lines


def write_journal(path: Path, megabytes: float, exercise_block: int | None, start: float) -> int:
    """The journal's lines, as the Runner writes them; the number of lines."""
    head = [{"t": start, "type": "start_day", "data": {}}]
    if exercise_block is not None:
        head += [{"t": start + 1, "type": "goto_block", "data": {"index": exercise_block}},
                 {"t": start + 2, "type": "exercise_start", "data": {}}]
    cycle = [("pause", {}), ("resume", {}), ("adjust", {"seconds": 60}), ("adjust", {"seconds": -60})]
    limit, t, n = megabytes * 1024 * 1024, start + 3, 0
    with open(path, "w", encoding="utf-8") as f:
        for line in head:
            f.write(json.dumps(line, separators=(",", ":")) + "\n")
        while f.tell() < limit:
            kind, data = cycle[n % len(cycle)]
            t += STEP
            f.write(json.dumps({"t": round(t, 3), "type": kind, "data": data}, separators=(",", ":")) + "\n")
            n += 1
    return n + len(head)


def floor(path: Path) -> float:
    began = time.perf_counter()
    for raw in path.read_bytes().split(b"\n"):
        if raw:
            json.loads(raw)
    return time.perf_counter() - began


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50.0)
    ap.add_argument("--exercise", action="store_true", help="the lines fall in a block whose exercise runs")
    ap.add_argument("--as-app", action="store_true", help="the cycle collector paused, as `facilitator run` has it")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    if args.as_app:
        gc.disable()

    session = load_session(default_session_path())
    exercise_block = next((i for i, b in enumerate(session.blocks) if b.exercises), None) if args.exercise else None
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        now = time.time()
        lines = write_journal(workshop.journal_path(folder), args.mb, exercise_block,
                              start=now - args.mb * 1024 * 1024 / 45 * STEP - 600)
        size = workshop.journal_path(folder).stat().st_size
        print(f"journal: {lines:,} lines, {size / 1e6:.1f} MB"
              + (f", in block {exercise_block} with its exercise running" if exercise_block is not None else ""))
        ids = [b.id for b in session.blocks]
        profile = cProfile.Profile() if args.profile else None

        floor_s = floor(workshop.journal_path(folder))
        began = time.perf_counter()
        if profile:
            profile.enable()
        opened = workshop.open_journal(folder, ids, resume=True, now=now)
        loaded = time.perf_counter()
        clock = FakeClock(now)
        runner = Runner(session, clock, None, opened.events)
        replayed = time.perf_counter()
        runner.state()
        first = time.perf_counter()
        if profile:
            profile.disable()
        clock.advance(1)
        runner.state()
        tick = time.perf_counter()
        if gc.isenabled():
            gc.enable()
            gc.collect()
            gc.freeze()
        else:  # what the app does after its first paint (ui/app.py), as it does it
            from facilitator.ui import app as app_module

            app_module.collector_back(set_aside=False)
            app_module._set_aside()
        collected = time.perf_counter()
        gc.unfreeze()

    assert len(opened.events) == lines and not opened.skipped, (len(opened.events), opened.skipped[:3])
    total = replayed - began
    print(f"floor (read + json.loads of every line): {floor_s:.2f} s")
    print(f"open (read, vet):   {loaded - began:6.2f} s  {(loaded - began) / floor_s:5.2f}x floor")
    print(f"replay (Runner):    {replayed - loaded:6.2f} s  {(replayed - loaded) / floor_s:5.2f}x floor")
    print(f"open + replay:      {total:6.2f} s  {total / floor_s:5.2f}x floor  "
          f"(target {TARGET}x) {'OK' if total / floor_s <= TARGET else 'OVER'}")
    print(f"first state():      {(first - replayed) * 1000:7.1f} ms")
    print(f"a tick's state():   {(tick - first) * 1000:7.1f} ms")
    print(f"the collector's first full round after the first paint: {(collected - tick) * 1000:.0f} ms")
    if profile:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
