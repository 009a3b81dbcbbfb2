"""Figures whose values are not all positive: a fall in per cent, a zero. The bars start at one
zero line, every value is printed inside the chart, and the text keeps the body size."""
from __future__ import annotations

import pytest

from facilitator.core.session.model import Figure, Slide
from facilitator.ui.slides.chart import BarChart
from facilitator.ui.slides.theme import text_px
from facilitator.ui.slides.view import SlideView


def _fig(value, label):
    return Figure(value=value, unit="%", label=label, measure="ændring fra 2009", source="DST")


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_negative_figure_is_a_bar_left_of_zero_with_its_value(qtbot, sample, size):
    view = SlideView("wall")
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    slide = Slide(id="fald", kind="figures", title="Ændring",
                  figures=[_fig(-40, "aviser"), _fig(25, "sociale medier"), _fig(0, "radio")])
    view.set_slide(slide, sample)
    chart = view.current_page().findChildren(BarChart)[0]
    assert chart.overflowing_texts() == []
    assert chart.text_px() >= text_px("body", size[1], view.current_page().scale)  # not shrunk to nothing
    opts = chart.bar_item.opts
    lefts = [x for x in opts["x0"]]
    rights = [x + w for x, w in zip(opts["x0"], opts["width"])]
    assert all(w >= 0 for w in opts["width"])
    zero = rights[0]  # the fall ends at the zero line, where the rise begins
    assert lefts[1] == pytest.approx(zero) and lefts[2] == pytest.approx(zero)
    label_right = max(item.mapRectToParent(item.boundingRect()).right() for item in chart.label_items)
    assert lefts[0] >= label_right  # the fall does not run over the labels
    assert rights[0] - lefts[0] == pytest.approx((rights[1] - lefts[1]) * 40 / 25, rel=0.01)
    assert any(t.startswith(("-40", "−40")) for t in chart.texts())


@pytest.mark.parametrize("values", [(-5, 0), (-40, -25)], ids=["fall-and-zero", "all-falls"])
def test_figures_of_none_above_zero_fit_the_chart(qtbot, sample, values):
    view = SlideView("wall")
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    slide = Slide(id="fald", kind="figures", title="Ændring",
                  figures=[_fig(v, f"kanal {i}") for i, v in enumerate(values)])
    view.set_slide(slide, sample)
    chart = view.current_page().findChildren(BarChart)[0]
    assert chart.overflowing_texts() == []
    assert chart.text_px() >= text_px("body", 768, view.current_page().scale)


def test_a_value_with_two_decimals_is_shown_as_written(qtbot, sample):
    """`value: 3.14` and `value: 0.04` were shown as '3,1' and '0' on the wall."""
    view = SlideView("wall")
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    slide = Slide(id="andele", kind="figures", title="Andele",
                  figures=[_fig(3.14, "aviser"), _fig(0.04, "radio"), _fig(-0.25, "tv"), _fig(12.5, "web")])
    view.set_slide(slide, sample)
    texts = {t.replace("\u00a0", " ") for t in view.current_page().findChildren(BarChart)[0].texts()}
    assert {"3,14 %", "0,04 %", "-0,25 %", "12,5 %"} <= texts, texts
