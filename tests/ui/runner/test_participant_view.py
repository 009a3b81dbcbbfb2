"""What the room sees: big digits, words for warnings, Danish times, no notes."""
from __future__ import annotations

import pytest

from facilitator.core.day.wall import WallMode
from facilitator.ui.fit_label import FitLabel
from facilitator.ui.runner.participant_window import ParticipantWindow




@pytest.fixture
def wall(qtbot, controller):
    w = ParticipantWindow(controller.session.title, "da")
    qtbot.addWidget(w)
    controller.state_changed.connect(lambda s: w.show_state(s, controller.current_session_block()))
    controller.wall_changed.connect(w.set_mode)
    w.show_state(controller.state, controller.current_session_block())
    w.set_mode(controller.wall_mode())
    w.show()
    return w


def _at_exercise(controller, clock, into_exercise: float):
    controller.start_day()
    clock.advance(30 * 60)
    controller.next_block()
    controller.start_exercise()
    clock.advance(into_exercise)
    controller.tick()


def shown(label) -> str:
    """A label's text as the room reads it: a no-break space is a space."""
    return label.text().replace("\u00a0", " ")


def _labels(widget):
    return [w for w in widget.findChildren(FitLabel) if w.isVisibleTo(widget) and w.text()]


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_countdown_is_a_quarter_of_the_screen_and_nothing_is_clipped(qtbot, wall, controller, clock,
                                                                     size, danish):
    _at_exercise(controller, clock, 15 * 60 + 72)  # overtime: the longest texts
    wall.resize(*size)
    qtbot.waitUntil(lambda: wall.exercise_card.countdown.height() > 100)
    card = wall.exercise_card
    assert wall.current_page() is card
    assert card.countdown.digit_height() >= size[1] / 4
    clipped = [w.text() for w in _labels(card) if w.is_clipped()]
    assert clipped == []
    wall.set_mode(WallMode.AGENDA)
    assert [w.text() for w in _labels(wall.agenda) if w.is_clipped()] == []


def test_overtime_says_so_in_words_and_changes_the_frame(qtbot, wall, controller, clock, danish):
    _at_exercise(controller, clock, 14 * 60)
    card = wall.exercise_card
    assert card.frame_width() > 0 and card.caption.text() == "Tiden er snart gået"
    thin = card.frame_width()
    clock.advance(60 + 72)
    controller.tick()
    assert card.countdown.text() == "+01:12"
    assert card.caption.text() == "Tiden er gået +01:12"
    assert card.frame_width() > thin  # a heavier frame, not just another colour


def test_overtime_in_english_for_an_english_session(qtbot, controller, clock, danish):
    """The wall follows the session's language, even under a Danish interface."""
    w = ParticipantWindow(controller.session.title, "en")
    qtbot.addWidget(w)
    controller.state_changed.connect(lambda s: w.show_state(s, controller.current_session_block()))
    controller.wall_changed.connect(w.set_mode)
    _at_exercise(controller, clock, 15 * 60 + 72)
    assert w.exercise_card.caption.text() == "Time is up +01:12"
    assert w.exercise_card.phase.text().startswith("Phase 2 of 2: Sammenlign i gruppen")


def test_break_card_says_when_we_start_again(qtbot, wall, controller, clock, danish):
    controller.start_day()
    controller.goto_block(2)  # the break (fixed 10.30, 15 min)
    assert wall.mode() == WallMode.BREAK and wall.current_page() is wall.break_card
    back_at = controller.state.back_at
    from facilitator.ui.texts import clock_text

    assert shown(wall.break_card.headline) == f"Pause — vi starter igen kl. {clock_text(back_at, 'da')}"
    assert "." in clock_text(back_at, "da") and ":" not in wall.break_card.headline.text()
    assert wall.break_card.countdown.text() == "15:00"


def test_break_card_at_ten_forty_five(qtbot, wall, controller, clock, danish):
    controller.start_day()
    clock.advance(90 * 60)  # 10.30: the break begins on time
    controller.goto_block(2)
    assert shown(wall.break_card.headline) == "Pause — vi starter igen kl. 10.45"


def test_the_break_card_names_lunch(qtbot, wall, controller, clock, danish):
    controller.start_day()
    clock.advance(150 * 60)  # 11.30
    controller.goto_block(4)  # Frokost, 30 min: lunch keeps its length, so lateness shows as drift
    assert shown(wall.break_card.headline) == "Frokost — vi starter igen kl. 12.00"


def test_agenda_marks_the_current_block(qtbot, wall, controller):
    controller.start_day()
    controller.next_block()
    controller.set_wall_mode(WallMode.AGENDA)
    rows = wall.agenda.row_texts()
    assert rows[1].startswith("▶") and "09.30" in rows[1] and "Øvelse: kanaler" in rows[1]
    assert not any(r.startswith("▶") for i, r in enumerate(rows) if i != 1)


def test_presenter_notes_never_reach_the_wall(qtbot, wall, controller, clock, session):
    notes = [b.notes for b in session.blocks if b.notes]
    for step in range(len(session.blocks)):
        (controller.start_day if step == 0 else controller.next_block)()
        for mode in WallMode:
            wall.set_mode(mode)
            shown = " ".join(w.text() for w in wall.findChildren(FitLabel))
            assert not any(n in shown for n in notes)


def test_plugged_in_views_are_shown(qtbot, wall, controller):
    from PySide6.QtWidgets import QLabel

    slide, journey = QLabel("slide"), QLabel("journey")
    wall.set_slide_widget(slide)
    wall.show_widget(journey)
    wall.set_mode(WallMode.SLIDE)
    assert wall.current_page() is slide
    wall.set_mode(WallMode.JOURNEY)
    assert wall.current_page() is journey
