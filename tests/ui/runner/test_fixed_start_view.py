"""Fixed starts where the facilitator looks (issue 9, items 1 and 3): the English afternoon
15 min late at 16.30 on the presenter and the wall, the early-start question, and the
presenter before the day."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from english_day import M, MAPPING, REPORT, at, english_session, late_day
from facilitator.core.day.clock import FakeClock
from facilitator.core.day.runner import Runner
from facilitator.ui.runner.agenda_model import CONFLICT_ROLE
from facilitator.ui.runner.controller import AppController
from facilitator.ui.runner.participant_window import ParticipantWindow
from facilitator.ui.runner.presenter_window import PresenterWindow


@pytest.fixture
def late(qtbot):
    runner, clock = late_day()
    controller = AppController(runner.session, runner, clock, lang="en")
    window = PresenterWindow(controller)
    qtbot.addWidget(window)
    window.show()
    yield window, controller, clock
    controller.stop()


def test_the_presenter_keeps_the_fixed_start_and_names_who_gives(late):
    window, controller, clock = late
    row = window.agenda_model.index(REPORT)
    assert row.data().startswith("16:50*   Report back") and "⚠ +15 min" in row.data()
    assert row.data(CONFLICT_ROLE) == "Journey mapping must end at 16:50: 20:00 left, not 35:00"
    assert window.catch_up_box.isVisible()
    assert window.catch_up_label.text().splitlines() == [
        "Journey mapping must end at 16:50: 20:00 left, not 35:00",
        "Shorten Journey mapping by 15 min — ends on time",
    ]


def test_accepting_the_cut_changes_the_room_s_countdown(late, qtbot):
    window, controller, clock = late
    wall = ParticipantWindow("Service design afternoon", "en")
    qtbot.addWidget(wall)
    controller.state_changed.connect(lambda s: wall.show_state(s, controller.current_session_block()))
    assert window.exercise_countdown.text() == "35:00"
    window.act_accept_catch_up.trigger()  # Ctrl+Shift+A
    assert window.exercise_countdown.text() == "20:00"
    assert wall.exercise_card.countdown.text() == "20:00"
    assert not window.catch_up_box.isVisible()
    assert "⚠" not in window.agenda_model.index(REPORT).data()


def test_when_nothing_can_be_cut_the_presenter_says_what_will_be_late(qtbot):
    runner, clock = late_day(until=(17, 20))
    controller = AppController(runner.session, runner, clock, lang="en")
    window = PresenterWindow(controller)
    qtbot.addWidget(window)
    assert "Report back will start 30 min late" in window.catch_up_label.text()
    assert "Report back: 30 min late, nothing before it can give" in window.catch_up_label.text()
    controller.stop()


def test_the_wall_agenda_marks_fixed_starts(qtbot):
    runner, clock = late_day()
    wall = ParticipantWindow("Service design afternoon", "en")
    qtbot.addWidget(wall)
    wall.agenda.show_state(runner.state())
    rows = wall.agenda.row_texts()
    assert rows[REPORT].strip() == "16:50*  Report back"
    assert rows[0].strip() == "13:15  Welcome"


def test_starting_a_fixed_block_early_asks_once(late, monkeypatch):
    window, controller, clock = late
    asked = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text) or answer[0])
    controller.next_block()
    assert asked == ["Report back is set for 16:50 — start it now?"]
    assert controller.state.current == MAPPING  # she said no: nothing moved
    answer[0] = QMessageBox.StandardButton.Yes
    controller.goto_block(REPORT)
    assert len(asked) == 2 and controller.state.current == REPORT
    controller.previous_block()
    controller.next_block()  # it has begun once: no question the second time
    assert len(asked) == 2 and controller.state.current == REPORT


def test_before_the_day_the_presenter_shows_the_plan_not_lateness(qtbot):
    session = english_session()
    clock = FakeClock(at(12, 0))
    controller = AppController(session, Runner(session, clock), clock, lang="en")
    window = PresenterWindow(controller)
    qtbot.addWidget(window)
    window.show()
    assert window.drift_label.text() == "Planned 13:15–17:40"
    assert not window.catch_up_box.isVisible()
    clock.set_wall(at(19, 46))  # the laptop's evening clock
    controller.tick()
    assert window.drift_label.text() == "Starting now: ends 00:11"
    assert not window.catch_up_box.isVisible()
    assert window.agenda_model.index(REPORT).data().startswith("16:50*   Report back")
    controller.stop()
