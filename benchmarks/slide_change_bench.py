"""How long moving to the next slide takes, on the wall and in the presenter panel.

First, the cold first render of every slide: a 1920x1080 wall SlideView, shown, draws each
slide for the first time in this process (set_slide and a repaint), the renderers' modules
already imported as the app has them a moment after its first paint, and the wall's fonts
loaded as the slide warmer's first step does in the first second of a running block
(--no-font-warmup: without them, as at that very first second). Every slide's time is
printed, then the slowest, its ratio to the floor and the target (under 50 ms).

Then it walks the whole deck at 1920x1080 (wall SlideView + presenter panel), chart slides
included, and times each move until both windows have painted. Two runs:
  cold      nothing rendered before (first visit of every slide);
  prepared  as in use: while the speaker talks, the next slide is rendered ahead
            (the panel does it by itself; the host calls wall.prepare()).
Then jumps within each block (overview grid: last slide to first, backwards), timed
the same way:
  jump cold    nothing rendered before;
  jump warmed  after the block's warm-up (SlideWarmer, one render per countdown second in
               the app; here run to the end before the jumps), also timing each warm-up step.
The floor is showing and painting an empty 1920x1080 window in the same run.
Target: a move under 50 ms, chart slides included.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/slide_change_bench.py [session.yaml] [--no-font-warmup]
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
TARGET_MS = 50.0
CHARTS = {"figures", "comparison"}


def load(argv):
    if len(argv) > 1:
        from facilitator.core.session.loader import load_session
        return load_session(argv[1])
    try:
        from facilitator.bundled import default_session_path
        from facilitator.core.session.loader import load_session
        return load_session(default_session_path())
    except (ImportError, FileNotFoundError, OSError):
        sys.path.insert(0, str(ROOT / "tests" / "ui"))
        from slide_samples import sample_session
        print("(seed session not available: using the test sample session)")
        return sample_session()


def ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def empty_window_floor(app, runs: int = 15) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        w = QWidget()
        w.resize(1920, 1080)
        w.show()
        app.processEvents()
        w.repaint()
        times.append(ms(t))
        w.close()
        w.deleteLater()
    app.processEvents()
    return statistics.median(times)


def windows(app, session):
    """The wall's SlideView and the presenter panel, both 1920x1080, shown."""
    from facilitator.ui.slides.presenter_panel import PresenterSlidesPanel
    from facilitator.ui.slides.view import SlideView
    wall = SlideView("wall")
    wall.resize(1920, 1080)
    wall.show()
    panel = PresenterSlidesPanel(session)
    panel.resize(1920, 1080)
    panel.show()
    app.processEvents()
    return wall, panel


def cold_first_renders(app, session) -> list[tuple[str, str, float, float]]:
    """(slide id, kind, ms, ms of CPU on this thread) for the first time each slide is drawn
    on a 1920x1080 wall. The CPU time is what a busy machine does not inflate as much."""
    from facilitator.ui.slides.view import SlideView
    wall = SlideView("wall")
    wall.resize(1920, 1080)
    wall.show()
    app.processEvents()
    results = []
    for slide in (session.slide(sid) for b in session.blocks for sid in b.slides):
        t, cpu = time.perf_counter(), time.thread_time()
        wall.set_slide(slide, session)
        wall.repaint()
        results.append((slide.id, slide.kind, ms(t), (time.thread_time() - cpu) * 1000))
    wall.close()
    return results


def report_cold(results, floor: float) -> bool:
    print("cold first render, wall 1920x1080 (ms, each slide's first time in this process):")
    cells = [f"{sid[:24]:24} {kind[:10]:10} {t:6.1f}" for sid, kind, t, _cpu in results]
    for i in range(0, len(cells), 3):
        print("  " + "   ".join(cells[i:i + 3]))
    times = [r[2] for r in results]
    worst = max(results, key=lambda r: r[2])
    over = [r[0] for r in results if r[2] >= TARGET_MS]
    busiest = max(results, key=lambda r: r[3])
    print(f"cold first render: slowest {worst[0]} ({worst[1]}) {worst[2]:.1f} ms = {worst[2] / floor:.1f}x floor "
          f"({worst[3]:.1f} ms CPU); median {statistics.median(times):.1f} ms ({statistics.median(times) / floor:.1f}x); "
          f"most CPU: {busiest[0]} {busiest[3]:.1f} ms")
    ok = not over
    print(f"target: every slide's cold first render under {TARGET_MS:.0f} ms: "
          f"{'OK' if ok else 'OVER'} ({len(results) - len(over)} of {len(results)} under"
          f"{'; over: ' + ', '.join(over) if over else ''})")
    return ok


def timed_move(panel, wall, session, move) -> tuple[str, str, float, float]:
    """(slide id, kind, ms until both windows painted, ms for the wall alone) for one `move()`."""
    t = time.perf_counter()
    move()
    slide = panel.current_slide()
    t_wall = time.perf_counter()
    wall.set_slide(slide, session)
    wall.repaint()
    wall_ms = ms(t_wall)
    panel.repaint()
    return slide.id, slide.kind, ms(t), wall_ms


def between_presses(app) -> None:
    """The event loop runs while the speaker talks: everything queued runs, including work
    that queues more (ui/after_paint runs its jobs one per turn), not just one turn's events."""
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 200)


def next_or_enter(panel, index: int) -> None:
    from facilitator.core.slides.deck import Move
    if panel.next() is not Move.MOVED:
        panel.goto(index)  # a block end: the host would enter the next block


def walk(app, session, prepared: bool) -> list[tuple[str, str, float, float]]:
    wall, panel = windows(app, session)
    wall.set_slide(panel.current_slide(), session)
    results = []
    for index in range(1, len(panel.deck.entries)):
        if prepared:
            between_presses(app)  # the panel renders the next slide ahead
            nxt = panel.deck.upcoming_slide()
            if nxt is not None:
                wall.prepare(nxt, session)
        results.append(timed_move(panel, wall, session, lambda: next_or_enter(panel, index)))
    panel.close()
    wall.close()
    return results


def jumps(app, session, warmed: bool):
    """(moves, warm-up steps): each move is (slide id, kind, ms both windows, ms wall)."""
    from facilitator.ui.slides.warmer import SlideWarmer
    wall, panel = windows(app, session)
    warmer = SlideWarmer(session, [wall, panel.current_view], next_views=[panel.next_view])
    order = [sid for b in session.blocks for sid in b.slides]  # the overview grid's indices
    results, steps = [], []
    for index, block in enumerate(session.blocks):
        if not block.slides:
            continue
        panel.enter_block(index)
        wall.set_slide(panel.current_slide(), session)
        app.processEvents()
        if warmed:
            warmer.requeue(index)
            while warmer.pending():
                t = time.perf_counter()
                warmer.warm_one()  # what one second's timer runs
                steps.append(ms(t))
        for sid in reversed(block.slides[1:]):  # the grid: anywhere in the block, cold or warmed
            results.append(timed_move(panel, wall, session, lambda: panel.goto(order.index(sid))))
            between_presses(app)  # the panel's render-ahead runs between presses, as in use
    panel.close()
    wall.close()
    return results, steps


def report(name: str, results, floor: float) -> bool:
    all_ms = [r[2] for r in results]
    chart_ms = [r[2] for r in results if r[1] in CHARTS] or [0.0]
    worst = max(results, key=lambda r: r[2])
    wall = [r[3] for r in results]
    slowest = max(results, key=lambda r: r[3])
    print(f"{name:9} wall alone: median {statistics.median(wall):6.1f} ms  max {max(wall):6.1f} ms "
          f"({slowest[0]}, {slowest[1]})")
    print(f"{name:9} median {statistics.median(all_ms):6.1f} ms ({statistics.median(all_ms) / floor:4.1f}x floor)"
          f"  max {worst[2]:6.1f} ms ({worst[2] / floor:4.1f}x, {worst[0]})"
          f"  charts median {statistics.median(chart_ms):6.1f} ms max {max(chart_ms):6.1f} ms")
    return worst[2] < TARGET_MS


def main(argv) -> int:
    fonts = "--no-font-warmup" not in argv
    argv = [a for a in argv if a != "--no-font-warmup"]
    app = QApplication.instance() or QApplication(argv)
    session = load(argv)
    from facilitator.ui.slides.background_import import import_in_background
    import_in_background().join()  # as the app has them a moment after its first paint
    floor = empty_window_floor(app)
    print(f"slides: {sum(len(b.slides) for b in session.blocks)}  floor (empty 1920x1080 window "
          f"shown and painted): {floor:.1f} ms")
    if fonts:
        from facilitator.ui.slides.page import prepare_fonts
        t = time.perf_counter()
        prepare_fonts(1080)
        print(f"wall fonts loaded (the warmer's first step): {ms(t):.1f} ms")
    else:
        print("wall fonts not loaded (--no-font-warmup): as in the first second of the day")
    report_cold(cold_first_renders(app, session), floor)  # first: nothing drawn before
    report("cold", walk(app, session, prepared=False), floor)
    ok = report("prepared", walk(app, session, prepared=True), floor)
    print(f"target: every move under {TARGET_MS:.0f} ms when prepared ahead: {'MET' if ok else 'NOT MET'}")
    report("jump cold", jumps(app, session, warmed=False)[0], floor)
    moves, steps = jumps(app, session, warmed=True)
    ok = report("jump warm", moves, floor)
    print(f"warm-up: {len(steps)} steps (one per second), median {statistics.median(steps):.1f} ms, "
          f"max {max(steps):.1f} ms, total {sum(steps):.0f} ms (wall, then current, then next preview)")
    print(f"target: every jump under {TARGET_MS:.0f} ms after warm-up: {'MET' if ok else 'NOT MET'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
