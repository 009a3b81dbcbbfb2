"""The planner's speed: a duration edit re-plans and re-checks within one frame, and the planner
opens the seed about as fast as the presenter does.

1. Edit one duration of the seed through SessionDocument, then plan the day (times, fixed-start
   notes) and re-check it (doc.problems(), the loader `check` uses): best of 30, against the
   16 ms frame budget, and against a floor measured in this run (libyaml composing the same
   text: the least any re-read of the file costs).
2. The same on a generated session of 300 blocks, against 50 ms.
3. Start-up: `facilitator plan SEED` to its ready line against `facilitator run --fresh` to its
   ready line, paired and alternating, median of the ratios (target <= 1.5x).

    python benchmarks/planner_bench.py [PAIRS]
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from startup_bench import _env, paired  # noqa: E402

from facilitator.bundled import default_session_path  # noqa: E402
from facilitator.core.session import SessionDocument  # noqa: E402
from facilitator.core.session.blank import blank_session_text  # noqa: E402
from facilitator.core.session.plan_rules import day_end, fixed_start_notes, plan  # noqa: E402

FRAME_MS = 16.0
BIG_MS = 50.0


def edit_cost(doc: SessionDocument, block_id: str, values=("25m", "15m"), rounds: int = 30) -> float:
    """Best seconds for: one duration edit, the day re-planned, the file re-checked."""
    best = float("inf")
    for i in range(rounds):
        t0 = time.perf_counter()
        doc.set_block_field(block_id, "duration", values[i % 2])
        rows = doc.rows()
        plan(doc.day_start(), rows), fixed_start_notes(doc.day_start(), rows), day_end(doc.day_start(), rows)
        doc.problems()
        best = min(best, time.perf_counter() - t0)
    return best


def floor_cost(text: str, rounds: int = 30) -> float:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        yaml.compose(text, Loader=loader)
        best = min(best, time.perf_counter() - t0)
    return best


def big_session(blocks: int) -> SessionDocument:
    doc = SessionDocument.from_text(blank_session_text(language="en"))
    ids = doc.block_ids()
    while len(doc.block_ids()) < blocks:
        doc.duplicate_block(ids[len(doc.block_ids()) % len(ids)])
    return doc


def report(name: str, seconds: float, budget_ms: float, floor: float) -> None:
    ms = seconds * 1000
    verdict = "OK" if ms <= budget_ms else "OVER"
    print(f"  {name}: {ms:.1f} ms = {ms / budget_ms:.2f}x the {budget_ms:g} ms budget ({verdict}); "
          f"{seconds / floor:.1f}x the libyaml compose floor ({floor * 1000:.1f} ms)")


def time_to_line(cmd: list[str], ready: bytes) -> float:
    import subprocess

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_env())
    try:
        for line in proc.stdout:
            if line.startswith(ready):
                return time.perf_counter() - t0
        raise RuntimeError(f"{' '.join(cmd)} exited without its ready line")
    finally:
        proc.kill()
        proc.wait()


def main(pairs: int) -> None:
    seed = SessionDocument.open(default_session_path())
    print("a duration edit: re-plan and re-check")
    report("seed (11 blocks, 62 slides)", edit_cost(seed, "opsamling"), FRAME_MS, floor_cost(seed.text))
    big = big_session(300)
    assert len(big.block_ids()) >= 300
    report(f"{len(big.block_ids())} blocks", edit_cost(big, big.block_ids()[150], rounds=10), BIG_MS,
           floor_cost(big.text, rounds=10))

    with tempfile.TemporaryDirectory() as tmp:
        seed_path = str(default_session_path())
        run_cmd = [sys.executable, "-m", "facilitator", "run", "--fresh", "--workshop-dir", str(Path(tmp) / "ws"),
                   seed_path]
        plan_cmd = [sys.executable, "-m", "facilitator", "plan", seed_path]
        run_t = lambda: time_to_line(run_cmd, b"facilitator: ready")  # noqa: E731
        plan_t = lambda: time_to_line(plan_cmd, b"facilitator: planner ready")  # noqa: E731
        run_t(), plan_t()  # warm the disk cache
        presenter, planner = paired(run_t, plan_t, pairs)
    ratios = [p / r for r, p in zip(presenter, planner)]
    med = statistics.median(ratios)
    print(f"start-up on the seed ({pairs} alternating pairs): presenter median "
          f"{statistics.median(presenter) * 1000:.0f} ms, planner median {statistics.median(planner) * 1000:.0f} ms")
    print(f"  planner / presenter: median ratio {med:.2f}x (target <= 1.5x: {'OK' if med <= 1.5 else 'OVER'}); "
          f"pairs {', '.join(f'{r:.2f}' for r in ratios)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
