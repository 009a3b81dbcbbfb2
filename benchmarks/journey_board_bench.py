"""The journey board with 100 touchpoints: how long an edit and a reorder take from the command
to the finished repaint, against the 16 ms of one frame at 60 Hz. The floor is a repaint of the
same visible area with nothing changed, measured in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/journey_board_bench.py
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator.core.journeys.model import Journey, Touchpoint  # noqa: E402
from facilitator.core.session.model import JourneyPhase  # noqa: E402
from facilitator.ui.journeys.book import JourneyBook  # noqa: E402
from facilitator.ui.journeys.tab import JourneyTab  # noqa: E402
from facilitator.ui.journeys.undo import EditTouchpoint, StepTouchpoint  # noqa: E402

N, RUNS, BUDGET_MS = 100, 60, 16.0


def journey() -> Journey:
    phases = [JourneyPhase("foer", "Før rejsen"), JourneyPhase("under", "Under rejsen"),
              JourneyPhase("efter", "Efter rejsen")]
    tps = [Touchpoint(title=f"Kontaktpunkt {k}: kunden bestiller rejse og får bekræftelse", phase=phases[k * 3 // N].id,
                      channel="Web", owner="partner", owner_name="SAS", social="Fanside med tips",
                      platforms=["Facebook"], feeling=(k % 5) - 2, pain="Ventetid", opportunity="Del billeder")
           for k in range(N)]
    return Journey(id="bench", group="Gruppe 1", title="Rejse", phases=phases, touchpoints=tps)


def timed(fn) -> list[float]:
    out = []
    for k in range(RUNS):
        t0 = time.perf_counter()
        fn(k)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def report(name: str, ms: list[float], floor: float) -> bool:
    med, p95 = statistics.median(ms), sorted(ms)[int(len(ms) * 0.95) - 1]
    ok = p95 < BUDGET_MS
    print(f"{name:<28} median {med:6.2f} ms  p95 {p95:6.2f} ms  ({med / floor:4.1f}x the plain repaint; "
          f"{p95 / BUDGET_MS:4.2f} of the 16 ms frame) {'OK' if ok else 'TOO SLOW'}")
    return ok


def main() -> int:
    app = QApplication.instance() or QApplication([])
    book = JourneyBook([journey()], tempfile.mkdtemp())
    stack = QUndoStack()
    tab = JourneyTab(book, "bench", stack)
    tab.resize(1280, 800)
    tab.show()
    app.processEvents()
    board = tab.board
    board.select(50)
    app.processEvents()

    def plain(_k):
        board.repaint()

    def edit(k):
        stack.push(EditTouchpoint(book, "bench", 50, "title", f"Ny titel {k}"))
        board.repaint()

    def reorder(k):
        stack.push(StepTouchpoint(book, "bench", board.current, 1 if k % 2 == 0 else -1))
        board.repaint()

    floor = statistics.median(timed(plain))
    print(f"{N} touchpoints, board {board.width()}x{board.height()} px in a 1280x800 tab; "
          f"plain repaint {floor:.2f} ms")
    ok = report("edit + repaint", timed(edit), floor)
    ok = report("reorder (Alt+Right) + repaint", timed(reorder), floor) and ok
    book.timer.stop()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
