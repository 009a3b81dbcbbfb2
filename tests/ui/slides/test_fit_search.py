"""A slide's fit-to-size finds the scale a step-by-step search would, in few layout passes.

The presenter's small previews are where this matters: there every text role is at the
7 px floor, so many slides fit at no step, and a walk step by step to the smallest scale
laid the page out a dozen times while a block warmed up its slides.
"""
from __future__ import annotations

import pytest

from facilitator.ui.slides import page as page_module
from facilitator.ui.slides.view import SlideView

# layout passes for one slide: 1.0, the guess, two neighbours, the far end and halving
# (a step-by-step walk from a guess at step 1 to the last step took 14)
MAX_PASSES = 9
SIZES = [(1920, 1080), (1366, 768), (418, 235), (208, 117)]  # the wall, the two previews


def _first_step_that_fits(page) -> int:
    """Every step from scale 1.0 down, as the first fit did before it searched: the first
    one at which the page fits, else the smallest."""
    steps = page_module._SCALES
    for index in range(len(steps)):
        if page._try(index):
            return index
    return len(steps) - 1


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_slide_is_fitted_at_the_first_scale_that_fits(qtbot, deck_session, size, monkeypatch):
    passes = []
    apply_scale = page_module.SlidePage._apply_scale
    monkeypatch.setattr(page_module.SlidePage, "_apply_scale",
                        lambda page: (passes.append(page.slide.id), apply_scale(page)))
    view = SlideView("preview")
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    wrong, slow = {}, {}
    for slide in deck_session.slides:
        passes.clear()
        page = view.prepare(slide, deck_session)
        if len(passes) > MAX_PASSES:
            slow[slide.id] = len(passes)
        found = page.scale
        expected = page_module._SCALES[_first_step_that_fits(page)]
        if found != expected:
            wrong[slide.id] = (found, expected)
    assert wrong == {}
    assert slow == {}


@pytest.mark.parametrize("size", SIZES[:2], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_fonts_loaded_ahead_are_all_a_wall_slide_needs(qtbot, deck_session, size):
    """The warmer's first second loads the wall's fonts (prepare_fonts: the first FONT_STEPS
    scale steps); after it, no slide of the deck makes a font of its own on the wall."""
    view = SlideView("wall")
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    page_module._font.cache_clear()  # the fonts other tests made
    page_module.prepare_fonts(size[1])
    made = page_module._font.cache_info().misses
    for slide in deck_session.slides:
        view.prepare(slide, deck_session)
    assert page_module._font.cache_info().misses == made
