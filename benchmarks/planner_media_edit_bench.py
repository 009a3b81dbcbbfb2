"""The planner's edit cost on a session that shows the facilitator's own files.

A 300-page PDF and ten 24-megapixel PNGs are written to a temporary folder with a one-block
session that shows them. Timed, best of 10: one duration edit, the day re-planned and the file
re-checked (planner_bench.edit_cost), as the planner does at every keystroke; once with what is
known of the files kept (the app), once with it forgotten before each edit (as before: every
file read again at every check). Against the 16 ms frame budget and the libyaml compose floor
of the same text.

Run: python benchmarks/planner_media_edit_bench.py
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "helpers"))

from planner_bench import FRAME_MS, edit_cost, floor_cost, report  # noqa: E402


def main() -> None:
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(["bench", "-platform", "offscreen"])  # to write the PNGs
    from big_picture_bench import photo
    from media_samples import numbered_pdf

    from facilitator.core.session import SessionDocument
    from facilitator.core.session import media_files

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        numbered_pdf(folder / "deck.pdf", pages=300)
        first = photo(folder / "foto0.png", 6000, 4000)
        ids = ["deck"] + [f"foto{i}" for i in range(10)]
        for i in range(1, 10):
            (folder / f"foto{i}.png").write_bytes(first.read_bytes())
        slides = "  - {id: deck, kind: pdf, file: deck.pdf}\n" + "".join(
            f"  - {{id: {i}, kind: image, file: {i}.png}}\n" for i in ids[1:])
        path = folder / "talk.yaml"
        path.write_text('format: 1\ntitle: Fotos\nlanguage: da\nstart: "09:00"\nblocks:\n'
                        f'  - {{id: talk, title: Fotos, kind: talk, duration: 45m, slides: [{", ".join(ids)}]}}\n'
                        f"slides:\n{slides}", encoding="utf-8")
        doc = SessionDocument.open(path)
        assert doc.problems() == [], doc.problems()
        floor = floor_cost(doc.text)
        kept = edit_cost(doc, "talk", rounds=10)

        real = media_files.pdf_facts, media_files.image_problem
        forget = lambda f: (lambda p: (media_files._KNOWN.clear(), f(p))[1])  # noqa: E731
        import facilitator.core.session.media_slides as media_slides
        media_slides.pdf_facts, media_slides.image_problem = forget(real[0]), forget(real[1])
        read_again = edit_cost(doc, "talk", rounds=3)
        media_slides.pdf_facts, media_slides.image_problem = real

    print("A session showing a 300-page PDF and ten 24-megapixel PNGs: one duration edit, re-planned and re-checked")
    report("files known (the app)", kept, FRAME_MS, floor)
    report("every file read again (before)", read_again, FRAME_MS, floor)
    print(f"  ratio: {read_again / kept:.0f}x")


if __name__ == "__main__":
    main()
