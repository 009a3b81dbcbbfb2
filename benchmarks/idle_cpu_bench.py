"""CPU use while a countdown runs with both windows open (target: under 1 % of one core).

Runs offscreen in one process: first an idle QApplication with one empty window
(the floor), then the presenter and participant windows with a block and an
exercise counting down. Prints process CPU time / wall time for each as % of one
core, and the ratio to the floor.

    QT_QPA_PLATFORM=offscreen python benchmarks/idle_cpu_bench.py [SECONDS] [--seed]

--seed runs the default session's day instead of the small one: its slides are warmed up
(facilitator/ui/slides/warmer.py: a render at a second's boundary, then a rest as long as its
CPU time asks, core/slides/warm_pace.py). "While warming" is measured from the block's start
until every slide is warm, however long that takes; then the next SECONDS, warm.
"""
from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

TARGET = 1.0  # % of one core


def measure(app: QApplication, seconds: float) -> float:
    """% of one core used by this process while the event loop runs for ``seconds``.

    A local QEventLoop, not app.exec()/app.quit(): Qt 6's quit() closes every window, so a
    second measurement would time hidden windows that paint nothing."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    loop.exec()
    return 100 * (time.process_time() - cpu0) / (time.perf_counter() - wall0)


def main(seconds: float, seed: bool = False) -> None:
    app = QApplication(sys.argv[:1])
    empty = QWidget()
    empty.show()
    app.processEvents()
    floor = measure(app, seconds)
    empty.close()

    from runner_bench_setup import running_day

    controller = running_day(seed=seed)[0]
    app.processEvents()
    steps = _time_warm_steps(controller) if seed else []
    ticks = []
    controller.state_changed.connect(lambda s: ticks.append(s))
    used, spent = _while_warming(app, controller) if seed else (measure(app, seconds), seconds)
    print(f"idle QApplication (floor): {floor:6.3f} % of one core")
    what = "while warming" if seed else "countdown"
    print(f"both windows, {what}: {used:6.3f} % of one core "
          f"({len(ticks) / spent:.1f} redraws/s, {spent:.0f} s)")
    print(f"ratio to floor: {used / floor if floor else float('inf'):.1f}x; "
          f"target < {TARGET:g} %: {'OK' if used < TARGET else 'OVER'}")
    if seed:  # the warm-up is a one-off per block: once the block is warm, a tick is back to a check
        print(f"warm-up: {len(steps)} steps in {spent:.0f} s, {sum(steps):.0f} ms of CPU in all "
              f"({sum(steps) / spent / 10:.3f} % of one core over them), the longest {max(steps, default=0):.1f} ms; "
              f"slides still to warm: {_warmer(controller).pending()}")
        after = measure(app, seconds)
        print(f"after warm-up, next {seconds:g} s: {after:6.3f} % of one core; "
              f"target < {TARGET:g} %: {'OK' if after < TARGET else 'OVER'}")
        print(f"warming itself: {used - after:+6.3f} % of one core (while warming minus after)")


def _while_warming(app, controller, limit_s: float = 300.0) -> tuple[float, float]:
    """(% of one core, seconds) from now until the warmer has nothing left to render,
    measured in one-second slices (at most `limit_s`)."""
    warmer, cpu, wall = _warmer(controller), 0.0, 0.0
    while warmer.pending() and wall < limit_s:
        cpu0, wall0 = time.process_time(), time.perf_counter()
        measure(app, 1.0)
        cpu, wall = cpu + time.process_time() - cpu0, wall + time.perf_counter() - wall0
    return 100 * cpu / wall, wall


def _time_warm_steps(controller) -> list[float]:
    """The CPU time (ms, this thread) of each warm-up step the warmer takes from now on."""
    warmer, steps = _warmer(controller), []
    step = warmer.warm_one

    def timed() -> None:
        cpu = time.thread_time()
        step()
        steps.append((time.thread_time() - cpu) * 1000)
    warmer._timer.timeout.disconnect()
    warmer._timer.timeout.connect(timed)
    return steps


def _warmer(controller):
    from facilitator.ui.slides.warmer import SlideWarmer
    return controller.findChildren(SlideWarmer)[0]  # DeckLink's, a child of the controller


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--seed"]
    main(float(args[0]) if args else 20.0, seed="--seed" in sys.argv)
