"""The report-back round on the wall: the presenting group's journey, its countdown and
'Gruppe 2 af 3 — næste: Gruppe 3'; the clicker moves to the next group, the Round menu
adds a minute, skips and shuffles. Real windows, a fake clock."""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from facilitator.core.day.wall import WallMode
from facilitator.core.journeys import store
from facilitator.core.journeys.model import Touchpoint, blank_journey
from facilitator.core.session.model import Block, BlockKind, ReportBack, Session

M = 60


def round_session() -> Session:
    return Session("Workshop om sociale medier", "da", 9 * 60, [
        Block("intro", "Velkommen", BlockKind.TALK, 30 * M),
        Block("runde", "Grupperne fremlægger", BlockKind.EXERCISE, 20 * M,
              report_back=ReportBack(per_group=4 * M, changeover=1 * M, groups=None)),
        Block("slut", "Opsamling", BlockKind.TALK, 30 * M, min_duration=15 * M),
    ])


def write_journeys(folder, count=3, touchpoints=12):
    for n in range(1, count + 1):
        j = blank_journey(f"Gruppe {n}", ("Før rejsen", "Under rejsen", "Efter rejsen"), title="Rejse til Mallorca")
        for k in range(touchpoints):
            phase = j.phases[k * 3 // touchpoints].id
            j.touchpoints.append(Touchpoint(f"Kontaktpunkt {k + 1} hos gruppe {n}", phase, channel="Facebook",
                                            owner="us", feeling=(k % 5) - 2))
        store.save_journey(folder, j)


@pytest.fixture
def day(qtbot, tmp_path, settings):
    from facilitator.core.day.clock import FakeClock
    from facilitator.core.day.runner import Runner
    from facilitator.ui.app import build_windows

    folder = tmp_path / "workshop"
    write_journeys(folder)
    session = round_session()
    clock = FakeClock(datetime(2026, 11, 26, 9, 0, 0))
    controller, presenter, wall, _placer, _chime = build_windows(
        session, Runner(session, clock), clock, "da", settings, folder=folder)
    qtbot.addWidget(presenter)
    qtbot.addWidget(wall)
    presenter.show()
    wall.resize(1280, 720)
    wall.show()
    qtbot.waitExposed(presenter)
    presenter.activateWindow()
    qtbot.waitUntil(presenter.isActiveWindow)
    yield controller, presenter, wall, clock, folder
    controller.stop()


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, key, modifier)


def test_the_round_on_the_wall_follows_the_clicker(qtbot, day):
    controller, presenter, wall, clock, folder = day
    card = presenter.round_link.card
    press(qtbot, presenter, Qt.Key.Key_F5)
    clock.advance(30 * M)
    press(qtbot, presenter, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # the round block
    assert wall.mode() == WallMode.ROUND and wall.current_page() is card
    # the journeys are the groups: 3 x 4 min + 2 changeovers = 14 min, not the planned 20
    assert controller.state.blocks[1].planned_duration == 14 * M
    assert card.big.text() == "Rækkefølge:\n1. Gruppe 1\n2. Gruppe 2\n3. Gruppe 3"
    assert card.line.text() == "Første: Gruppe 1"

    press(qtbot, presenter, Qt.Key.Key_PageDown)  # the clicker: group 1 presents
    assert (card.group.text(), card.countdown.text()) == ("Gruppe 1", "04:00")
    assert card.view.title_text() == "Gruppe 1 – Rejse til Mallorca"
    assert card.line.text() == "Gruppe 1 af 3 — næste: Gruppe 2"
    assert presenter.round_link.presenter_line.text() == card.line.text() + " · 04:00"  # on the laptop too
    assert card.pages_shown[0] == 0 and card.pages_shown[1] == card.view.page_count() >= 3  # a phase or less a page
    assert card.view.jid == "gruppe-1" and card.view.page == 0
    press(qtbot, presenter, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert card.pages_shown[0] == 1  # turned by hand
    press(qtbot, presenter, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert card.pages_shown[0] == 0

    press(qtbot, presenter, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert card.countdown.text() == "05:00"
    clock.advance(4 * M + 30)
    controller.tick()
    page, count = card.pages_shown
    # every page gets an equal share of the 5 minutes: 4:30 in is on the page whose share holds it
    assert card.countdown.text() == "00:30" and page * 300 <= 270 * count < (page + 1) * 300 and page < count - 1
    clock.advance(1 * M)
    controller.tick()
    assert card.countdown.text() == "+00:30" and card.caption.text().endswith("+00:30")

    press(qtbot, presenter, Qt.Key.Key_B)  # a black wall keeps the press for itself
    press(qtbot, presenter, Qt.Key.Key_PageDown)
    assert card.line.text() == "Gruppe 1 af 3 — næste: Gruppe 2" and wall.mode() != WallMode.BLACK
    press(qtbot, wall, Qt.Key.Key_PageDown)  # the clicker works with the wall in focus too
    assert card.line.text() == "Gruppe 2 af 3 — næste: Gruppe 3"
    presenter.round_link.act_skip_group.trigger()
    assert card.line.text() == "Gruppe 3 af 3 — sidste gruppe"
    press(qtbot, presenter, Qt.Key.Key_PageDown)
    assert card.line.text() == "Alle grupper har fremlagt"
    press(qtbot, presenter, Qt.Key.Key_PageDown)  # after the round the clicker moves the day on
    press(qtbot, presenter, Qt.Key.Key_PageDown)
    assert controller.state.current == 2


def test_shuffle_before_the_round_shows_the_new_order(qtbot, day):
    controller, presenter, wall, clock, folder = day
    card = presenter.round_link.card
    press(qtbot, presenter, Qt.Key.Key_F5)
    press(qtbot, presenter, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    for _ in range(8):  # at least one of eight shuffles of three groups changes the order
        presenter.round_link.act_shuffle_groups.trigger()
        if card.big.text() != "Rækkefølge:\n1. Gruppe 1\n2. Gruppe 2\n3. Gruppe 3":
            break
    order = [g.name for g in controller.state.round.groups]
    assert card.big.text() == "Rækkefølge:\n" + "\n".join(f"{k}. {n}" for k, n in enumerate(order, 1))
    press(qtbot, presenter, Qt.Key.Key_PageDown)
    assert card.group.text().startswith(order[0])
    presenter.round_link.act_shuffle_groups.trigger()  # too late now: the order stays
    assert [g.name for g in controller.state.round.groups] == order
    assert "before the first group" in presenter.statusBar().currentMessage()


def test_day_report_after_end_day(qtbot, day):
    from pdftext import pages, squash

    controller, presenter, wall, clock, folder = day
    link = presenter.report_link
    opened = []
    link.open_file = opened.append
    assert not presenter.act_day_report.isEnabled()  # nothing to report before the day ends
    press(qtbot, presenter, Qt.Key.Key_F5)
    clock.advance(33 * M)
    press(qtbot, presenter, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    clock.advance(14 * M)
    controller.end_day()
    assert presenter.act_day_report.isEnabled()
    presenter.act_day_report.trigger()
    pdf = folder / "day-report.pdf"
    assert opened == [pdf] and (folder / "day-report.csv").exists()
    text = squash("\n".join(pages(pdf)))
    assert squash("Velkommen blok 09.00 09.00 30,0 33,0 +3,0") in text
    assert squash("Grupperne fremlægger blok 09.30 09.33 20,0 14,0 -6,0") in text
    assert "Gruppe1" in text  # the groups' journeys are appended
    assert str(pdf) in presenter.statusBar().currentMessage()


def test_a_round_of_journeys_without_any_shows_its_title(qtbot, tmp_path, settings):
    from facilitator.core.day.clock import FakeClock
    from facilitator.core.day.runner import Runner
    from facilitator.ui.app import build_windows

    session = round_session()
    clock = FakeClock(datetime(2026, 11, 26, 9, 0, 0))
    controller, presenter, wall, _placer, _chime = build_windows(
        session, Runner(session, clock), clock, "da", settings, folder=tmp_path / "empty")
    qtbot.addWidget(presenter)
    qtbot.addWidget(wall)
    controller.start_day()
    controller.goto_block(1)
    card = presenter.round_link.card
    assert wall.current_page() is card and card.big.text() == "Grupperne fremlægger"
    presenter.navigate(True)  # no groups: the clicker does what it always does
    assert controller.state.round is None
    controller.stop()


def test_a_group_added_in_the_editor_moves_the_plan_at_once(qtbot, day):
    controller, presenter, wall, clock, folder = day
    controller.start_day()
    # three journeys on disk: 3 x 4 min + 2 changeovers = 14 min, from the start of the day
    assert controller.state.blocks[1].planned_duration == 14 * M
    end = controller.state.projected_end
    presenter.open_journeys.trigger()  # Ctrl+J: the journeys are read in the background
    qtbot.waitUntil(lambda: presenter.journeys_link.editor is not None, timeout=30000)
    controller.tick()  # the next second: the round follows the editor from now on
    editor = presenter.journeys_link.editor
    editor.new_group(None, "Gruppe 4")  # a fourth group turns up in the morning
    assert controller.state.blocks[1].planned_duration == 19 * M
    assert controller.state.projected_end == end + 5 * M
    editor.undo_stack.undo()  # ... and goes again
    assert controller.state.blocks[1].planned_duration == 14 * M
    editor.close()


def test_a_day_resumed_inside_the_round_has_its_card_on_the_first_screen(qtbot, tmp_path, settings):
    """At start-up the round's link is built after the first paint, unless the day is in
    the round: then the wall shows its card from the first paint on."""
    from facilitator.core.day.clock import FakeClock
    from facilitator.core.day.runner import Runner
    from facilitator.ui.app import build_first_screen

    folder = tmp_path / "workshop"
    write_journeys(folder)
    session = round_session()
    clock = FakeClock(datetime(2026, 11, 26, 9, 0, 0))
    runner = Runner(session, clock)
    runner.start_day()
    clock.advance(30 * M)
    runner.next_block()  # the round block, as the journal would replay it
    controller, presenter, wall, _placer = build_first_screen(session, runner, clock, "da", settings, folder=folder)
    qtbot.addWidget(presenter)
    qtbot.addWidget(wall)
    assert presenter.round_link is not None and presenter.chime is None  # the rest comes later
    assert wall.mode() == WallMode.ROUND and wall.current_page() is presenter.round_link.card
    controller.stop()


def test_a_group_over_its_time_is_told_in_the_session_s_language(qtbot, tmp_path, settings, danish):
    """An English evening run with a Danish presenter: the round's 'Time is up' on the wall
    is English, like the rest of the wall (it was the presenter's Danish)."""
    from facilitator.core.day.clock import FakeClock
    from facilitator.core.day.runner import Runner
    from facilitator.ui.app import build_windows

    session = Session("Evening lab", "en", 19 * 60, [
        Block("report", "Groups report back", BlockKind.EXERCISE, 14 * M,
              report_back=ReportBack(per_group=4 * M, changeover=1 * M, groups=3))])
    clock = FakeClock(datetime(2026, 11, 26, 19, 0, 0))
    controller, presenter, wall, _placer, _chime = build_windows(
        session, Runner(session, clock), clock, "da", settings, folder=tmp_path / "workshop")
    qtbot.addWidget(presenter, before_close_func=lambda _w: controller.stop())
    qtbot.addWidget(wall)
    card = presenter.round_link.card
    controller.start_day()
    controller.set_wall_mode(WallMode.ROUND)
    controller.next_group()
    clock.advance(5 * M)
    controller.tick()
    assert wall.current_page() is card and card.countdown.text() == "+01:00"
    assert card.caption.text() == "Time is up +01:00"
