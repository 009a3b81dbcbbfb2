"""A line with a countdown in it repaints only the digits that changed (text above Qt's
glyph cache is drawn from outlines: a whole line every second was most of an idle
second's work). What the room sees after those partial repaints is exactly the line
drawn afresh."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from partial_repaint import AskedRepaints, after_partial, full_render

from facilitator.ui.fit_label import FitLabel


class Probe(AskedRepaints, FitLabel):
    pass


@pytest.mark.parametrize("size, align", [((1834, 77), None), ((1834, 160), None), ((900, 120), "left")])
@pytest.mark.parametrize("old, new", [
    ("Fase 1 af 2: Skriv stikord til talen · hele øvelsen 29:35", "Fase 1 af 2: Skriv stikord til talen · hele øvelsen 29:34"),
    ("Phase 2: Share in the group — 10:00", "Phase 2: Share in the group — 09:59"),
    ("Gruppe 2 af 6 — næste: Gruppe 3 · 3:20", "Gruppe 2 af 6 — næste: Gruppe 3 · 3:19"),
    ("المرحلة 1 · 12:05", "المرحلة 1 · 12:04"),
])
def test_after_a_tick_the_line_is_what_a_fresh_paint_draws(qapp, size, align, old, new):
    label = Probe(old)
    if align == "left":
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    label.resize(*size)
    before = full_render(label)
    label.asked.clear()
    label.setText(new)
    assert label.asked  # something was asked to repaint
    fresh = Probe(new)
    if align == "left":
        fresh.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    fresh.resize(*size)
    assert after_partial(label, before) == full_render(fresh)


def test_a_tick_repaints_a_digit_not_the_line(qapp):
    label = Probe("Fase 1 af 2: Skriv stikord til talen · hele øvelsen 29:35")
    label.resize(1834, 120)
    label.fitted_font()
    label.asked.clear()
    label.setText("Fase 1 af 2: Skriv stikord til talen · hele øvelsen 29:34")
    assert len(label.asked) == 1 and label.asked[0] is not None
    assert label.asked[0].width() < label.width() // 10
