"""The journey on the wall, as the back row sees it: a phase per page at the slides' body size,
the clicker stepping through the pages, every word in the session's language."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QPainter
from samples import session

from facilitator.core.room_words import ROOM_WORDS
from facilitator.ui.journeys import paint
from facilitator.ui.journeys.editor_window import JourneyEditorWindow
from facilitator.ui.journeys.wall_view import min_text_px

ENGLISH_ON_THE_BOARD = ["Touchpoint", "Channel", "Owner", "Social media", "Feeling", "Pain point",
                        "Opportunity", "Us", "Partner:", "Customer"]


@pytest.fixture
def wall(qtbot, tmp_path):
    """Gruppe 1's Mallorca journey on a 1152×648 wall (the projector of the case)."""
    editor = JourneyEditorWindow(session(), tmp_path, lambda _view: None)
    qtbot.addWidget(editor)
    editor.new_group("mallorca")
    view = editor.show_current_on_wall()
    qtbot.addWidget(view)
    view.resize(1152, 648)
    return view


@pytest.fixture
def drawn(monkeypatch):
    """What the painter writes on the wall: (text, pixel size) of every piece of text."""
    seen: list[tuple[str, int]] = []
    original_static, original_text = QPainter.drawStaticText, QPainter.drawText

    def static(self, pos, st):
        seen.append((st.text(), self.font().pixelSize()))
        return original_static(self, pos, st)

    def text(self, *args):
        words = next((a for a in args if isinstance(a, str)), "")
        seen.append((words, self.font().pixelSize()))
        return original_text(self, *args)

    monkeypatch.setattr(QPainter, "drawStaticText", static)
    monkeypatch.setattr(QPainter, "drawText", text)
    return seen


@pytest.mark.parametrize("width,height", [(1152, 648), (1366, 768)])
def test_every_text_on_every_page_is_at_least_the_slides_body_size(wall, drawn, width, height):
    """The whole board once shrank to 9–10 px on a 1152×648 wall, then to the slides' small text;
    the back row needs the slides' body size on every page, every lane of the phase shown."""
    from facilitator.ui.slides.theme import text_px

    wall.resize(width, height)
    lanes_seen = set()
    for n in range(wall.page_count()):
        wall.page = n
        drawn.clear()
        wall.grab()
        sizes = [px for words, px in drawn if words.strip()]
        assert sizes and min(sizes) >= min_text_px(height) == text_px("body", height) >= 30
        lanes_seen |= {words for words, _px in drawn}
    assert {paint.lane_label(lane, "da") for lane in paint.WALL_LANES} <= lanes_seen


def test_the_clicker_steps_through_a_page_per_phase(wall, drawn):
    journey = wall.book.journey(wall.jid)
    assert wall.page_count() >= len(journey.phases)
    phases_seen = []
    for n in range(wall.page_count()):
        drawn.clear()
        wall.grab()
        phases_seen += [words for words, _px in drawn if words in {p.title for p in journey.phases}]
        assert any(words == f"Side {n + 1} af {wall.page_count()}" and px >= min_text_px(648)
                   for words, px in drawn)
        assert wall.step(True) == (n + 1 < wall.page_count())
    assert phases_seen == [p.title for p in journey.phases for _ in range(
        sum(1 for page in wall.pages() if page.phase is p))]
    assert wall.step(False) and wall.page == wall.page_count() - 2


def test_a_danish_wall_has_no_english_words(wall, drawn):
    wall.grab()
    texts = " ".join(words for words, _px in drawn)
    assert "Kontaktpunkt" in texts and "Os: Mytravel" in texts
    assert [w for w in ENGLISH_ON_THE_BOARD if w in texts] == []


def test_an_english_session_gets_english_lane_names(wall, drawn):
    wall.book.language = "en"
    wall.grab()
    texts = " ".join(words for words, _px in drawn)
    assert ROOM_WORDS["en"]["touchpoint"] in texts and "Us: Mytravel" in texts
    assert paint.lane_label("pain", "da") == "Smertepunkt"


def test_short_words_get_the_slides_body_size_and_long_ones_are_not_cut(wall, drawn):
    """Lanes are as tall as the page's text needs: a phase of short words is drawn at the slides'
    body size; the Mallorca texts fit whole on a 1366×768 wall, none cut with '…'."""
    from facilitator.core.journeys.model import Touchpoint
    from facilitator.ui.slides.theme import text_px

    wall.resize(1366, 768)
    for n in range(wall.page_count()):
        wall.page = n
        drawn.clear()
        wall.grab()
        assert [words for words, _px in drawn if words.endswith("…")] == []
    journey = wall.book.journey(wall.jid)
    journey.touchpoints = [Touchpoint(title="Web", phase=journey.phases[0].id, channel="Web")]
    wall.page = 0
    wall.resize(1152, 648)
    drawn.clear()
    wall.grab()
    assert min(px for words, px in drawn if words in ("Web", "Kontaktpunkt")) >= text_px("body", 648)


@pytest.mark.parametrize("lane", ["pain", "title"])
def test_a_cell_too_long_for_a_page_of_its_own_is_cut_with_an_ellipsis_at_body_size(wall, drawn, lane):
    """Only what cannot fit even alone on a page is cut, visibly, and never drawn smaller."""
    from facilitator.core.journeys.model import Touchpoint
    from facilitator.ui.slides.theme import text_px

    journey = wall.book.journey(wall.jid)
    long = "lang tekst " * 400
    tp = Touchpoint(title="Kort", phase=journey.phases[0].id)
    setattr(tp, lane, long)
    journey.touchpoints = [tp]
    cut = []
    for n in range(wall.page_count()):
        wall.page = n
        drawn.clear()
        wall.grab()
        assert min(px for words, px in drawn if words.strip()) >= text_px("body", 648)
        cut += [words for words, _px in drawn if words.endswith("…") and words.startswith("lang tekst")]
    assert cut and all(len(words) < len(long) for words in cut)


def test_a_long_group_name_is_cut_with_an_ellipsis_before_the_page_count(qtbot, tmp_path, drawn):
    """A long group name and title were drawn under the page count ("…Mallorca" over "Page 3 of 3"),
    both unreadable; the title now ends with '…' where the page count begins."""
    from PySide6.QtGui import QFont, QFontMetricsF

    editor = JourneyEditorWindow(session(), tmp_path, lambda _view: None)
    qtbot.addWidget(editor)
    editor.new_group("mallorca", name="Gruppe 1: Kunderejsen for familier med små børn i sommerferien")
    view = editor.show_current_on_wall()
    qtbot.addWidget(view)
    view.resize(1152, 648)
    view.grab()
    page = view.page_text()
    assert page and page in [t for t, _px in drawn]
    title, px = next((t, px) for t, px in drawn if t.startswith("Gruppe 1"))
    assert title.endswith("…") and title != view.title_text()
    font = QFont()
    font.setPixelSize(px)
    margin = max(24.0, view.height() * 0.08) * 0.4
    bold = QFont(font)
    bold.setBold(True)
    used = QFontMetricsF(bold).horizontalAdvance(title) + QFontMetricsF(font).horizontalAdvance(page)
    assert used < view.width() - 2 * margin
