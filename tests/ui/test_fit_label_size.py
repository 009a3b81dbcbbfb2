"""A FitLabel's text is the largest that fits its box: at its size it fits, one pixel
larger it would not (unless the box's height caps it), for any text and box."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from PySide6.QtGui import QFont, QFontMetrics

from facilitator.ui.fit_label import FitLabel

TEXTS = ["12:05", "−1:02:03", "Før dagen", "Pause — vi starter igen kl. 10.45", "W", "iiiiiiiiiii",
         "09.00  Hvad er og hvem bruger de sociale medier", "سيبدأ الجزء التالي"]


def _fits(label: FitLabel, px: int) -> bool:
    font = QFont(label.fitted_font())
    font.setPixelSize(px)
    fm, rect = QFontMetrics(font), label.contentsRect()
    return fm.horizontalAdvance(label.text()) <= rect.width() and fm.height() <= rect.height()


@settings(max_examples=120, deadline=None)
@given(text=st.sampled_from(TEXTS), bold=st.booleans(), tabular=st.booleans(),
       fraction=st.sampled_from([0.75, 0.8, 0.95]),
       width=st.integers(20, 1920), height=st.integers(12, 500))
def test_the_text_is_as_large_as_fits(qapp, text, bold, tabular, fraction, width, height):
    label = FitLabel(text, bold=bold, tabular=tabular, max_fraction=fraction)
    label.resize(width, height)
    px = label.fitted_font().pixelSize()
    ceiling = max(1, int(label.contentsRect().height() * fraction / 0.75))
    assert px == 1 or _fits(label, px)
    assert not label.is_clipped() or px == 1
    assert px == ceiling or not _fits(label, px + 1)


ORDER = "Rækkefølge:\n" + "\n".join(f"{k}. Gruppe {k}" for k in range(1, 33))  # the round's order on the wall
WRAPPED = TEXTS + [ORDER, "Skriv stikord om kunderejsen,\nog del dem med gruppen", "a\nbb\nccc\n\ndddd"]


def _fits_wrapped(label: FitLabel, px: int) -> bool:
    from PySide6.QtCore import QRect, Qt

    font = QFont(label.fitted_font())
    font.setPixelSize(px)
    rect = label.contentsRect()
    r = QFontMetrics(font).boundingRect(QRect(0, 0, rect.width(), 100000),
                                        int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter), label.text())
    return r.width() <= rect.width() and r.height() <= rect.height()


@settings(max_examples=120, deadline=None)
@given(text=st.sampled_from(WRAPPED), bold=st.booleans(), fraction=st.sampled_from([0.3, 0.45, 0.8]),
       width=st.integers(20, 1920), height=st.integers(12, 1000))
def test_wrapped_text_is_as_large_as_fits(qapp, text, bold, fraction, width, height):
    """Wrapped text (the agenda's heading, the round's order) is guessed from its lines, not
    searched size by size: still the largest size at which it fits."""
    label = FitLabel(text, bold=bold, wrap=True, max_fraction=fraction)
    label.resize(width, height)
    px = label.fitted_font().pixelSize()
    ceiling = max(1, int(label.contentsRect().height() * fraction / 0.75))
    assert px == 1 or _fits_wrapped(label, px)
    assert px == ceiling or not _fits_wrapped(label, px + 1)
