"""PDF slides against native ones: the next page on both windows, and memory of a big deck.

A 60-page PDF (reportlab: a title, bullet text and a vector chart on every page) is walked
at 1920x1080 on the wall's SlideView and the presenter panel (also 1920x1080), the way
slide_change_bench.py walks the seed deck, in the same run:
  cold      nothing rendered before: QtPdf renders the page on the press;
  prepared  as in use: the next page rendered ahead while the speaker talks.
The floor is the native seed deck walked the same way (prepared) in this run, and the
empty-window floor. Target: a prepared PDF move under 50 ms on both windows.

Memory: a 200-page deck walked page by page on both windows; the render cache is bounded
(media_cache.BUDGET_BYTES), so the process's resident memory levels off: printed as it goes.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/pdf_slides_bench.py
"""
from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from slide_change_bench import TARGET_MS, empty_window_floor, load, walk  # noqa: E402

MB = 1024 * 1024


def make_deck(path: Path, pages: int) -> None:
    """A presentation-like PDF: 16:9 pages with a title, five bullets and a bar chart."""
    from reportlab.lib import colors
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(960, 540))
    for n in range(1, pages + 1):
        c.setFillColor(colors.HexColor("#1E3A52"))
        c.rect(0, 470, 960, 70, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 32)
        c.drawString(40, 490, f"Side {n}: sociale medier i tal")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 20)
        for i in range(5):
            c.drawString(60, 420 - i * 40, f"\u2022 Punkt {i + 1} om platformene, brugerne og tiden de bruger")
        for i in range(6):
            c.setFillColor(colors.HexColor(["#245C8A", "#2E7D5B", "#8A6A24"][i % 3]))
            c.rect(600 + i * 55, 60, 40, 40 + ((n * 37 + i * 53) % 300), fill=1, stroke=0)
        c.showPage()
    c.save()


def pdf_session(folder: Path, pages: int):
    from facilitator.core.session.loader import load_session

    make_deck(folder / "deck.pdf", pages)
    (folder / "talk.yaml").write_text(
        'format: 1\ntitle: Foredrag\nstart: "09:00"\nblocks:\n'
        "  - {id: talk, title: Foredrag, kind: talk, duration: 45m, slides: [deck]}\n"
        "slides:\n  - {id: deck, kind: pdf, file: deck.pdf}\n", encoding="utf-8")
    return load_session(folder / "talk.yaml")


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def line(name: str, results, floor: float, native: float) -> float:
    both = [r[2] for r in results]
    wall = [r[3] for r in results]
    med = statistics.median(both)
    print(f"{name:14} both windows: median {med:6.1f} ms  max {max(both):6.1f} ms  "
          f"({med / native:4.1f}x native, {med / floor:4.1f}x empty window)   "
          f"wall alone: median {statistics.median(wall):6.1f} ms  max {max(wall):6.1f} ms")
    return max(both)


def memory(app, folder: Path, pages: int = 200) -> None:
    from facilitator.ui.slides.media_cache import BUDGET_BYTES, CACHE

    session = pdf_session(folder, pages)
    start = rss_mb()
    walk_marks = {1, 20, 50, 100, 150, 200}
    from slide_change_bench import windows
    wall, panel = windows(app, session)
    wall.set_slide(panel.current_slide(), session)
    print(f"memory, {pages}-page deck on both windows at 1920x1080 (cache budget {BUDGET_BYTES / MB:.0f} MB):")
    for n in range(1, pages + 1):
        if n > 1:
            panel.next()
            wall.set_slide(panel.current_slide(), session)
        app.processEvents()  # the render-ahead of the next page
        wall.repaint()
        panel.repaint()
        if n in walk_marks:
            print(f"  after page {n:3}: resident {rss_mb():7.1f} MB (+{rss_mb() - start:6.1f} MB), "
                  f"cache {CACHE.used / MB:6.1f} MB in {len(CACHE)} pictures")
    panel.close()
    wall.close()


def main(argv) -> int:
    app = QApplication.instance() or QApplication(argv)
    from facilitator.ui.slides.media_cache import CACHE

    floor = empty_window_floor(app)
    native = walk(app, load([]), prepared=True)
    native_ms = statistics.median(r[2] for r in native)
    print(f"floor: empty 1920x1080 window {floor:.1f} ms; native seed deck, prepared: median "
          f"{native_ms:.1f} ms, max {max(r[2] for r in native):.1f} ms ({len(native)} moves)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        session = pdf_session(folder, 60)
        CACHE.clear()
        line("60p PDF cold", walk(app, session, prepared=False), floor, native_ms)
        CACHE.clear()
        worst = line("60p PDF ahead", walk(app, session, prepared=True), floor, native_ms)
        print(f"target: next page prepared ahead under {TARGET_MS:.0f} ms on both windows: "
              f"{'MET' if worst < TARGET_MS else 'NOT MET'} (worst {worst:.1f} ms)")
        CACHE.clear()
        big = folder / "big"
        big.mkdir()
        memory(app, big)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
