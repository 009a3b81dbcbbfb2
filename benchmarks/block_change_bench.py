"""How long a block change keeps the GUI thread in the default session's day (information).

Both windows (the presenter at 1366x768, the wall at 1920x1080), the real engine on the system
clock. For each of the seed's block changes: the command (Next block), its redraw and the
paint that follows, timed until the event loop has nothing left to do. Two ways:

  warm   the block's and the next block's slides rendered ahead first (the warmer's steps run
         back to back), as in a real day, where a block lasts long enough for the warm-up;
  cold   a change every two seconds, the warmer given no time (a rehearsal run fast).

There is no target for a block change in the issue; it is printed against the 50 ms a slide
change has, for information. Slide changes themselves: slide_change_bench.py.

    QT_QPA_PLATFORM=offscreen python benchmarks/block_change_bench.py [--cold]
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

BUDGET_MS = 50.0  # what a slide change has (issue 14); for information here


def idle(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def seed_day(folder: Path):
    from facilitator.bundled import default_session_path
    from facilitator.core.day.clock import SystemClock
    from facilitator.core.day.runner import Runner
    from facilitator.core.session.loader import load_session
    from facilitator.ui.app import build_windows

    session = load_session(default_session_path())
    clock = SystemClock()
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    controller, presenter, wall, _placer, chime = build_windows(
        session, Runner(session, clock), clock, "da", settings, folder=folder)
    chime.set_muted(True)
    presenter.resize(1366, 768)
    wall.resize(1920, 1080)
    presenter.show()
    wall.show()
    controller.confirm_early_start = lambda *a, **k: True  # Next block before its time: yes
    return session, controller, presenter


def warm_up(app: QApplication, presenter) -> None:
    """Every slide the warmer has queued rendered now, as a long block would have them."""
    app.processEvents()
    warmer = presenter.deck_link.warmer
    while warmer.pending():
        warmer.warm_one()
    idle(0.3)


def change(app: QApplication, controller) -> tuple[float, float]:
    """(wall ms, CPU ms of this thread) from Next block until the event loop is idle."""
    t0, c0 = time.perf_counter(), time.thread_time()
    controller.next_block()
    app.processEvents()  # the redraw's paint
    app.processEvents()  # and what it posted (the wall's next slide ahead)
    return (time.perf_counter() - t0) * 1000, (time.thread_time() - c0) * 1000


def main(cold: bool) -> None:
    app = QApplication(sys.argv[:1])
    session, controller, presenter = seed_day(Path(tempfile.mkdtemp()))
    controller.start_day()
    warm_up(app, presenter) if not cold else idle(2.0)
    rows = []
    for index in range(1, len(session.blocks)):
        took, cpu = change(app, controller)
        rows.append((index, session.blocks[index].id, took, cpu))
        warm_up(app, presenter) if not cold else idle(2.0)
    controller.stop()
    way = "cold (a change every 2 s)" if cold else "warm (slides rendered ahead)"
    print(f"block changes of the seed day, {way}:")
    for index, block_id, took, cpu in rows:
        print(f"  {index:2d} {block_id:28s} {took:6.1f} ms  (CPU {cpu:5.1f} ms)")
    times = [r[2] for r in rows]
    worst = max(rows, key=lambda r: r[2])
    print(f"median {statistics.median(times):.1f} ms, max {worst[2]:.1f} ms ({worst[1]}); "
          f"within a slide change's {BUDGET_MS:g} ms: {sum(t <= BUDGET_MS for t in times)} of {len(times)} "
          f"(information)")


if __name__ == "__main__":
    main(cold="--cold" in sys.argv)
