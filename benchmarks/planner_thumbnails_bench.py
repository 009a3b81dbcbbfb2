"""How long the planner's slides tab holds the GUI thread when a block shows large photos.

Ten 24-megapixel PNGs (a PNG is not scaled while it is decoded) are written to a temporary
folder with a one-block session that shows them; the planner opens it on its agenda tab, and
the slides tab is brought up. Timed: the GUI thread from the tab change until its event loop
is idle (what the user waits for before the planner answers), and the wall clock until every
thumbnail has its picture (decoded on Qt's worker threads). The floor is decoding one of the
photos at thumbnail-render size on the GUI thread, in the same run: drawing the thumbnails on
the GUI thread, as the overview grid does, held the tab for about ten floors.
Target: the tab answers within 3 floors, however many large photos the block shows.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/planner_thumbnails_bench.py [photos]
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, QThreadPool
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from big_picture_bench import photo  # noqa: E402

TARGET_FLOORS = 3.0


def main(count: int = 10) -> None:
    app = QApplication.instance() or QApplication([])
    from facilitator.ui.planner.planner_window import PlannerWindow
    from facilitator.ui.planner.slides_tab import RENDER
    from facilitator.ui.slides.image import render_picture
    from facilitator.ui.slides.media_cache import CACHE

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        first = photo(folder / "foto0.png", 6000, 4000)
        for i in range(1, count):
            (folder / f"foto{i}.png").write_bytes(first.read_bytes())
        ids = [f"foto{i}" for i in range(count)]
        slides = "".join(f"  - {{id: {i}, kind: image, file: {i}.png}}\n" for i in ids)
        session = folder / "talk.yaml"
        session.write_text('format: 1\ntitle: Fotos\nlanguage: da\nstart: "09:00"\nblocks:\n'
                           f'  - {{id: talk, title: Fotos, kind: talk, duration: 45m, slides: [{", ".join(ids)}]}}\n'
                           f"slides:\n{slides}", encoding="utf-8")

        t0 = time.perf_counter()
        render_picture(str(first), "contain", QSize(RENDER))
        floor = time.perf_counter() - t0

        CACHE.clear()
        window = PlannerWindow(session, settings=QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat),
                               lang="en")
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        t0 = time.perf_counter()
        window.tabs.setCurrentWidget(window.slides_tab)
        app.processEvents()
        held = time.perf_counter() - t0
        tab = window.slides_tab
        while QThreadPool.globalInstance().activeThreadCount() or tab._waiting:
            app.processEvents()
        all_in = time.perf_counter() - t0
        window.doc.saved_text = window.doc.text  # no save prompt
        window.close()
        QThreadPool.globalInstance().waitForDone()

    verdict = "OK" if held <= TARGET_FLOORS * floor else "OVER"
    print(f"{count} photos of 24 megapixels (PNG) in one block")
    print(f"  floor: one photo decoded for a thumbnail on the GUI thread: {floor * 1000:.0f} ms")
    print(f"  slides tab shown, GUI thread held: {held * 1000:.0f} ms = {held / floor:.1f}x the floor "
          f"(target <= {TARGET_FLOORS:g}x: {verdict})")
    print(f"  every thumbnail in after {all_in * 1000:.0f} ms = {all_in / floor:.1f}x the floor (worker threads)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
