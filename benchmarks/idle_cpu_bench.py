"""CPU use while a countdown runs with both windows open (target: under 1 % of one core).

Runs offscreen in one process: first an idle QApplication with one empty window
(the floor), then the presenter and participant windows with a block and an
exercise counting down. Prints process CPU time / wall time for each as % of one
core, and the ratio to the floor.

    QT_QPA_PLATFORM=offscreen python benchmarks/idle_cpu_bench.py [SECONDS] [--seed]

--seed runs the default session's day instead of the small one: its slides are warmed up,
one render per second, in the first seconds (facilitator/ui/slides/warmer.py); then the next
SECONDS are measured again, warm, and the difference is what warming costs.
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
    used = measure(app, seconds)
    print(f"idle QApplication (floor): {floor:6.3f} % of one core")
    print(f"both windows, countdown:   {used:6.3f} % of one core "
          f"({len(ticks) / seconds:.1f} redraws/s, {seconds:g} s)")
    print(f"ratio to floor: {used / floor if floor else float('inf'):.1f}x; "
          f"target < {TARGET:g} %: {'OK' if used < TARGET else 'OVER'}")
    if seed:  # the warm-up is a one-off per block: once the block is warm, a tick is back to a check
        warmer = _warmer(controller)
        print(f"slides still to warm up after {seconds:g} s: {warmer.pending()}; warm-up steps: {len(steps)}, "
              f"{sum(steps):.0f} ms of CPU in all ({sum(steps) / seconds / 10:.3f} % of one core over the "
              f"{seconds:g} s), the longest {max(steps, default=0):.1f} ms")
        after = measure(app, seconds)
        print(f"after warm-up, next {seconds:g} s: {after:6.3f} % of one core; "
              f"target < {TARGET:g} %: {'OK' if after < TARGET else 'OVER'}")
        print(f"warming itself: {used - after:+6.3f} % of one core (while warming minus after)")


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
