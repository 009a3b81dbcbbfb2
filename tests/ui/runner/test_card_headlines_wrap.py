"""A long break or exercise title wraps on the wall instead of shrinking the card's headline
to a size the back row cannot read; a short one stays on one line, and 'kl. 09.15' is never
split from its time."""
from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import pytest
from PySide6.QtGui import QTextLayout, QTextOption

from facilitator.ui.fit_label import FitLabel
from facilitator.ui.runner.break_card import BreakCard
from facilitator.ui.runner.exercise_card import ExerciseCard

from engine_day import at, make_session

LONG_BREAK = "Frokost og netværk ved bordene — tag navneskiltet"
LONG_EXERCISE = "Øvelse: De sociale medier i værdikæden — hvem gør hvad, hvornår og på hvilken kanal"


def drawn_lines(label) -> list[str]:
    """The lines the label draws, as Qt breaks them at its fitted font and width."""
    text = label.text()
    layout = QTextLayout(text, label.fitted_font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap if label._wraps_now else QTextOption.WrapMode.NoWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        lines.append(text[line.textStart():line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return [line.replace("\u00a0", " ") for line in lines]  # a no-break space looks like a space


def one_line_size(qtbot, label) -> int:
    """The pixel size the label's text would get on one line in the same box (as before)."""
    plain = FitLabel(label.text(), bold=True, max_fraction=label._max_fraction)
    qtbot.addWidget(plain)
    plain.resize(label.size())
    return plain.fitted_font().pixelSize()


def break_card(qtbot, title: str, size=(1024, 768), lang="da") -> BreakCard:
    card = BreakCard(lang)
    qtbot.addWidget(card)
    card.resize(*size)
    card.show()
    block = dataclasses.replace(make_session().blocks[3], title=title)
    card.show_state(SimpleNamespace(back_at=at(9, 15), remaining=15 * 60), block)
    return card


def test_the_seed_break_headline_stays_on_one_line(qtbot):
    card = break_card(qtbot, "Pause")
    assert drawn_lines(card.headline) == ["Pause — vi starter igen kl. 09.15"]
    assert not card.headline.is_clipped()
    assert card.headline.fitted_font().pixelSize() == one_line_size(qtbot, card.headline)


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_a_long_break_title_wraps_and_stays_readable(qtbot, size):
    card = break_card(qtbot, LONG_BREAK, size)
    lines = drawn_lines(card.headline)
    assert len(lines) == 2 and not card.headline.is_clipped()
    assert lines[-1].endswith("vi starter igen kl. 09.15")
    # on one line: 21 px at 1024×768 (the short headline gets 52)
    assert card.headline.fitted_font().pixelSize() >= 1.8 * one_line_size(qtbot, card.headline)


def test_a_very_long_break_title_never_splits_the_time_from_its_words(qtbot):
    card = break_card(qtbot, " ".join([LONG_BREAK] * 4), (800, 600), lang="en")
    lines = drawn_lines(card.headline)
    assert len(lines) > 2 and not card.headline.is_clipped()
    assert any(line.endswith("we start again at 09:15") for line in lines)


def test_a_long_exercise_title_wraps(qtbot):
    card = ExerciseCard("da")
    qtbot.addWidget(card)
    card.resize(1024, 768)
    card.show()
    card.show_planned("Øvelse: Fremtidsfortælling", "Fase 1 af 2: Skriv stikord · 9:59 tilbage", "", 600)
    assert len(drawn_lines(card.title)) == 1
    assert card.title.fitted_font().pixelSize() == one_line_size(qtbot, card.title)
    card.show_planned(LONG_EXERCISE, "Fase 1 af 2: Skriv stikord · 9:59 tilbage", "", 600)
    assert len(drawn_lines(card.title)) == 2 and not card.title.is_clipped()
    assert card.title.fitted_font().pixelSize() >= 1.5 * one_line_size(qtbot, card.title)
