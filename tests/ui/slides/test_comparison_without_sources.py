"""A comparison slide whose platforms' figures name no source (the field is optional): the slide is
drawn, charts and all. It raised "Invalid parameter None passed to addLayoutOwnership()" while the
slide was built, on the wall, in the presenter's previews and in the planner's thumbnails."""
from __future__ import annotations

import dataclasses

from facilitator.ui.slides.chart import BarChart
from facilitator.ui.slides.view import SlideView


def test_a_comparison_of_figures_without_sources_is_drawn(qtbot, sample):
    platforms = [dataclasses.replace(p, source="", figures=[dataclasses.replace(f, source="") for f in p.figures])
                 for p in sample.platforms]
    session = dataclasses.replace(sample, platforms=platforms)
    view = SlideView("wall")
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.set_slide(session.slide("sammenligning"), session)
    charts = view.current_page().findChildren(BarChart)
    assert charts and all(chart.overflowing_texts() == [] for chart in charts)
