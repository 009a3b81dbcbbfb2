"""CPU use while a countdown runs with both windows open (target: under 1 % of one core).

Runs offscreen in one process: first an idle QApplication with one empty window
(the floor), then the presenter and participant windows with a block and an
exercise counting down. Prints process CPU time / wall time for each as % of one
core, and the ratio to the floor.

    QT_QPA_PLATFORM=offscreen python benchmarks/idle_cpu_bench.py [SECONDS]
"""
from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

TARGET = 1.0  # % of one core


def measure(app: QApplication, seconds: float) -> float:
    """% of one core used by this process while the event loop runs for ``seconds``."""
    QTimer.singleShot(int(seconds * 1000), app.quit)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    app.exec()
    return 100 * (time.process_time() - cpu0) / (time.perf_counter() - wall0)


def main(seconds: float) -> None:
    app = QApplication(sys.argv[:1])
    empty = QWidget()
    empty.show()
    app.processEvents()
    floor = measure(app, seconds)
    empty.close()

    from runner_bench_setup import running_day

    controller = running_day()[0]
    app.processEvents()
    ticks = []
    controller.state_changed.connect(lambda s: ticks.append(s))
    used = measure(app, seconds)
    print(f"idle QApplication (floor): {floor:6.3f} % of one core")
    print(f"both windows, countdown:   {used:6.3f} % of one core "
          f"({len(ticks) / seconds:.1f} redraws/s, {seconds:g} s)")
    print(f"ratio to floor: {used / floor if floor else float('inf'):.1f}x; "
          f"target < {TARGET:g} %: {'OK' if used < TARGET else 'OVER'}")


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 20.0)
