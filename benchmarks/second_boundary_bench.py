"""How late after the true second boundary the displayed seconds change (target: 50 ms).

Both windows run offscreen on the system clock with the block and the exercise
counting down out of step. At each redraw the pending paint events are delivered
(Qt repaints what changed, as it would on screen), then the lateness is measured:
how long ago the countdown crossed the whole second it now shows. Prints max and median in ms for N seconds.

    QT_QPA_PLATFORM=offscreen python benchmarks/second_boundary_bench.py [SECONDS] [--seed]

--seed runs the default session's day instead of the small one: its slides are warmed up
a render every second or two in the first minute (facilitator/ui/slides/warmer.py).
"""
from __future__ import annotations

import math
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

TARGET_MS = 50.0


def lateness(remaining_then: float, computed_at: float, now: float) -> float:
    """Seconds since the countdown crossed the whole second the display now shows."""
    remaining_now = remaining_then - (now - computed_at)
    return math.ceil(remaining_then) - remaining_now


def second_changes(state, shown: dict[str, str], now: float) -> list[float]:
    """How late each countdown whose displayed second this redraw changed is (and remember it)."""
    countdowns = {"block": state.remaining}
    if state.exercise is not None and state.exercise.status == "running":
        countdowns["exercise"] = state.exercise.remaining
    late = []
    for name, r in countdowns.items():
        text = str(math.ceil(r))
        if name in shown and shown[name] != text:  # this redraw changed that countdown
            late.append(lateness(r, state.now, now))
        shown[name] = text
    return late


def main(seconds: float, seed: bool = False) -> None:
    app = QApplication(sys.argv[:1])
    from runner_bench_setup import running_day

    controller, presenter, wall, _placer, _chime = running_day(seed=seed)
    late: list[float] = []
    shown: dict[str, str] = {}

    def after_redraw(state) -> None:
        app.sendPostedEvents()  # deliver the update requests: the new digits get painted
        app.processEvents()
        late.extend(second_changes(state, shown, time.time()))

    controller.state_changed.connect(after_redraw)
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    ms = sorted(x * 1000 for x in late)
    print(f"{len(ms)} second changes in {seconds:g} s (block and exercise countdowns)")
    print(f"lateness after the true boundary: median {statistics.median(ms):.1f} ms, "
          f"max {ms[-1]:.1f} ms, min {ms[0]:.1f} ms")
    print(f"max / target ({TARGET_MS:g} ms): {ms[-1] / TARGET_MS:.2f}; "
          f"{'OK' if ms[-1] < TARGET_MS else 'OVER'}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--seed"]
    main(float(args[0]) if args else 20.0, seed="--seed" in sys.argv)
