"""What the facilitator reads on the laptop: drift line, countdowns, notes, agenda."""
from __future__ import annotations

from datetime import datetime

import pytest

from facilitator.core.day.clock import FakeClock
from facilitator.core.session.model import Block, BlockKind, Session
from facilitator.ui.runner.agenda_model import STATUS_ROLE
from facilitator.ui.runner.controller import AppController
from facilitator.ui.runner.presenter_window import PresenterWindow




def flowing_day() -> Session:
    return Session("Dag", "da", 9 * 60, [
        Block("a", "Velkommen", BlockKind.TALK, 20 * 60, notes="Husk navneskilte."),
        Block("b", "Oplæg", BlockKind.TALK, 20 * 60),
        Block("c", "Afslutning", BlockKind.TALK, 20 * 60),
    ])


def make_presenter(qtbot, lang):
    from facilitator.core.day.runner import Runner

    session = flowing_day()
    clock = FakeClock(datetime(2026, 11, 26, 9, 7, 0))  # seven minutes late
    controller = AppController(session, Runner(session, clock), clock, lang=lang)
    window = PresenterWindow(controller)
    qtbot.addWidget(window)
    return window, controller, clock


@pytest.fixture
def presenter(qtbot):
    window, controller, clock = make_presenter(qtbot, "da")
    yield window, controller, clock
    controller.stop()


def test_drift_line_in_danish(presenter, danish):
    window, controller, clock = presenter
    controller.start_day()
    assert window.drift_label.text() == "7 min forsinket — slutter 10.07"
    clock.advance(60)
    controller.adjust(300)  # five more minutes for the welcome
    assert window.drift_label.text() == "12 min forsinket — slutter 10.12"


def test_drift_line_in_english(qtbot):
    window, controller, clock = make_presenter(qtbot, "en")
    controller.start_day()
    assert window.drift_label.text() == "7 min late — ends 10:07"
    controller.stop()


def test_countdown_notes_and_agenda(presenter, danish):
    window, controller, clock = presenter
    controller.start_day()
    clock.advance(5 * 60 + 0.4)
    controller.tick()
    assert window.block_countdown.text() == "15:00"  # 14:59.6 left shows as 15:00
    assert window.notes.toPlainText() == "Husk navneskilte."
    model = window.agenda_model
    assert [model.index(i).data(STATUS_ROLE) for i in range(3)] == ["now", "next", "later"]
    assert model.index(1).data().startswith("09.20 → 09.27")  # planned → projected
    controller.next_block()
    assert window.notes.toPlainText() == ""
    assert model.index(0).data(STATUS_ROLE) == "done"


def test_overtime_on_the_presenter_says_so(presenter, danish):
    window, controller, clock = presenter
    controller.start_day()
    clock.advance(21 * 60 + 5)
    controller.tick()
    assert window.block_countdown.text() == "+01:05"
    assert window.block_caption.text() == "Tiden er gået +01:05"


def test_clicking_the_agenda_jumps(presenter, qtbot):
    window, controller, clock = presenter
    controller.start_day()
    window.agenda_view.doubleClicked.emit(window.agenda_model.index(2))
    assert controller.state.current == 2


def test_catch_up_proposal_is_accepted_with_one_click(qtbot, danish):
    from facilitator.core.day.runner import Runner

    session = flowing_day()
    session.blocks[1].min_duration = 10 * 60  # the talk can shrink to 10 min
    clock = FakeClock(datetime(2026, 11, 26, 9, 7, 0))
    controller = AppController(session, Runner(session, clock), clock, lang="da")
    window = PresenterWindow(controller)
    qtbot.addWidget(window)
    window.show()
    controller.start_day()
    assert window.catch_up_box.isVisible()
    assert "Oplæg med 7 min" in window.catch_up_label.text()
    window.catch_up_button.click()
    assert not window.catch_up_box.isVisible()
    assert window.drift_label.text() == "Til tiden — slutter 10.00"
    assert controller.runner.events[-1].type == "accept_catch_up"
    controller.stop()


def test_a_clock_jump_is_shown_once(presenter, danish):
    window, controller, clock = presenter
    window.show()
    controller.start_day()
    controller.tick()
    clock.sleep(40 * 60)  # the lid was closed
    controller.tick()
    assert window.jump_label.isVisible()
    assert "+40 min" in window.jump_label.text()
    clock.advance(1)
    controller.tick()
    assert window.jump_label.isVisible()  # it stays while the block lasts...
    controller.next_block()
    assert not window.jump_label.isVisible()  # ...and goes with it


def test_after_the_last_block_the_presenter_says_the_day_has_ended(presenter, danish):
    """Not 'Før dagen': the day is over, and no countdown is left standing."""
    window, controller, clock = presenter
    controller.start_day()
    for _ in range(3):
        clock.advance(20 * 60)
        controller.next_block()
    assert controller.state.ended
    assert window.block_title.text() == "Dagen er slut"
    assert window.block_countdown.text() == ""
