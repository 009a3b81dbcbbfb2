"""Every slide of a session, on a 1366x768 and a 1920x1080 wall: no clipped text, sources shown.

Clipping is measured, not eyeballed: each label's text is laid out with its own
font at its own width (QFontMetrics, word wrap) and must fit the label's box, and
the box must lie inside the wall. Chart texts must lie inside the chart.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from facilitator.core.session.model import Slide
from facilitator.ui.slides.chart import BarChart
from facilitator.ui.slides.page import SlideLabel
from facilitator.ui.slides.theme import text_px
from facilitator.ui.slides.view import SlideView

SIZES = [(1366, 768), (1920, 1080)]


def _clipped_labels(view: SlideView) -> list[str]:
    wall = view.rect()
    bad = []
    for label in view.current_page().findChildren(SlideLabel):
        if not label.isVisible() or not label.text():
            continue
        box = label.contentsRect()
        flags = int(label.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask) | Qt.TextFlag.TextWordWrap
        need = QFontMetrics(label.font()).boundingRect(
            QRect(0, 0, box.width(), 100000), flags, label.text())
        on_wall = QRect(label.mapTo(view, box.topLeft()), box.size())
        if need.width() > box.width() or need.height() > box.height() or not wall.contains(on_wall):
            bad.append(f"{label.text()[:40]!r}: needs {need.size().toTuple()} "
                       f"has {box.size().toTuple()} at {on_wall.topLeft().toTuple()}")
    return bad


def _wall_texts(view: SlideView) -> list[str]:
    page = view.current_page()
    texts = [lab.text() for lab in page.findChildren(SlideLabel) if lab.isVisible()]
    for chart in page.findChildren(BarChart):
        texts += chart.texts()
    return texts


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_slide_fits_the_wall(qtbot, deck_session, size):
    view = SlideView("wall")
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    problems = {}
    for slide in deck_session.slides:
        view.set_slide(slide, deck_session)
        bad = _clipped_labels(view)
        for chart in view.current_page().findChildren(BarChart):
            bad += [f"chart text {t!r} outside the chart" for t in chart.overflowing_texts()]
            body = text_px("body", view.height(), view.current_page().scale)
            if chart.text_px() < body:
                bad.append(f"chart text {chart.text_px()}px smaller than body text {body}px")
        if bad:
            problems[slide.id] = bad
    assert problems == {}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_figure_slides_show_their_sources(qtbot, deck_session, size):
    view = SlideView("wall")
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    figure_slides = [s for s in deck_session.slides if s.kind in ("figures", "comparison")]
    assert figure_slides
    for slide in figure_slides:
        view.set_slide(slide, deck_session)
        sources = [t for t in _wall_texts(view) if t.startswith(("Kilde:", "Source:"))]
        assert sources, f"{slide.id}: no source line on the wall"
        figures = slide.figures or [f for p in deck_session.platforms for f in p.figures]
        named = {f.source for f in figures if f.source} | ({slide.source} - {""})
        shown = " ".join(sources)
        if slide.kind == "figures":
            assert all(src in shown for src in named), f"{slide.id}: {named} not all in {shown!r}"


def test_figures_of_different_measures_never_share_a_chart(qtbot, sample):
    view = SlideView("wall")
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    slide = sample.slide("globale-tal")
    view.set_slide(slide, sample)
    charts = view.current_page().findChildren(BarChart)
    labels = [[b.label for b in chart.bars] for chart in charts]
    # The three shares share a chart; the growth (566 %) and the 12,4 million are tiles.
    assert labels == [["surfer på nettet – søgemaskiner og websites", "bruger sociale netværk",
                       "bruger e-mail"]]
    texts = _wall_texts(view)
    assert "566\u00a0%" in texts and "12,4\u00a0millioner" in texts
    assert "Andel af internetbrugere globalt (%)" in texts


def test_comparison_charts_put_one_measure_on_each_axis(qtbot, sample):
    view = SlideView("wall")
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    view.set_slide(sample.slide("sammenligning"), sample)
    texts = _wall_texts(view)
    for name in ("Facebook", "YouTube", "Twitter", "MySpace", "Flickr"):
        assert name in texts  # a card per platform
    assert "Brugere i USA (millioner)" in texts and "Brugere globalt (millioner)" in texts
    charts = view.current_page().findChildren(BarChart)
    by_heading = {len(c.bars): [b.label for b in c.bars] for c in charts}
    assert by_heading[3] == ["Facebook – brugere, februar 2010", "Twitter – brugere (anslået)",
                             "MySpace – brugere (anslået)"]


def test_the_wall_never_shows_presenter_notes(qtbot, sample):
    view = SlideView("wall")
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    for slide in sample.slides:
        if slide.notes:
            view.set_slide(slide, sample)
            assert not any(slide.notes in t for t in _wall_texts(view)), slide.id


def test_a_long_title_wraps_before_it_shrinks(qtbot, sample):
    view = SlideView("wall")
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    long_title = ("Hvad er sociale medier? Medier, som mennesker bruger til sammen at skabe "
                  "fælles mening om verden – og de teknologier, der gør det muligt")
    view.set_slide(Slide(id="lang", kind="bullets", title=long_title, bullets=["Kort punkt"]), sample)
    title = next(lab for lab in view.current_page().findChildren(SlideLabel) if lab.role == "title")
    assert title.font().pixelSize() == text_px("title", 768)  # full size ...
    assert title.height() > 2 * QFontMetrics(title.font()).height()  # ... on three lines


def test_a_figures_slide_shows_its_documented_subtitle(qtbot, sample):
    """sessions/README.md lists `subtitle` for figures slides; it used to be dropped."""
    import dataclasses

    view = SlideView("wall")
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    slide = dataclasses.replace(sample.slide("globale-tal"), subtitle="Tal fra 2009, hele verden")
    view.set_slide(slide, sample)
    assert "Tal fra 2009, hele verden" in _wall_texts(view)
    assert _clipped_labels(view) == []


def test_a_touchpoint_whose_channel_and_owner_agree_names_it_once(qtbot, sample):
    """Channel "Facebook", owner "Facebook" read "Facebook · Facebook · kundens medie"."""
    view = SlideView("wall")
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.set_slide(sample.slide("rejse"), sample)
    texts = "\n".join(_wall_texts(view))
    assert "Facebook · kundens medie" in texts
    assert "Facebook · Facebook" not in texts
    assert "Fly · SAS · partner" in texts  # different names are all kept
