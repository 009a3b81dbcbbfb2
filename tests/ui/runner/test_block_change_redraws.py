"""A block change and the seconds around it redraw only what changed (issue 14: the displayed
second within 50 ms at a block change), and what the room and the laptop see is still exactly
what freshly built windows show for the same moment: the agenda, the round's card, the
countdowns. Real windows, a fake clock; the wall's screen is followed paint event by paint
event, so a widget that should have been repainted and was not shows as stale pixels."""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from facilitator.core.day.wall import WallMode
from facilitator.core.journeys import store
from facilitator.core.session.model import Block, BlockKind, ReportBack, Session
from facilitator.ui.fit_label import FitLabel

from test_report_back_wall import write_journeys

M = 60


def round_session() -> Session:
    """A talk with a long title before the round: with it current (bold, marked) the agenda's
    rows take a smaller size while the agenda is on the wall."""
    return Session("Workshop om sociale medier", "da", 9 * 60, [
        Block("intro", "Velkommen", BlockKind.TALK, 30 * M),
        Block("oplaeg", "Oplæg om kunderejsen på de sociale medier – fra første besøg til anbefaling",
              BlockKind.TALK, 20 * M),
        Block("runde", "Grupperne fremlægger", BlockKind.EXERCISE, 20 * M,
              report_back=ReportBack(per_group=4 * M, changeover=1 * M, groups=None)),
        Block("slut", "Opsamling", BlockKind.TALK, 30 * M, min_duration=15 * M),
    ])


class Screen(QObject):
    """What a window shows: its first full paint, then every paint event's region painted
    over it, as a backing store keeps it."""

    def __init__(self, window):
        super().__init__()
        self.window = window
        self.image = rgb(window.grab().toImage())
        self.painted: list = []  # (widget, region in the window's coordinates)
        self._grabbing = False  # a grab paints too: not what the screen got
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event):
        if (event.type() == QEvent.Type.Paint and not self._grabbing and hasattr(obj, "window")
                and obj.window() is self.window):
            offset = obj.mapTo(self.window, QPoint(0, 0)) if obj is not self.window else QPoint(0, 0)
            self.painted.append((obj, event.region().translated(offset)))
        return False

    def settle(self) -> None:
        """Deliver the pending repaints and copy what they painted onto the screen."""
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        painted, self.painted = self.painted, []
        self._grabbing = True
        painter = QPainter(self.image)
        for _widget, region in painted:
            for rect in region:
                painter.drawImage(rect.topLeft(), self.window.grab(rect).toImage())
        painter.end()
        self._grabbing = False

    def grab(self) -> QImage:
        self._grabbing = True
        try:
            return rgb(self.window.grab().toImage())
        finally:
            self._grabbing = False

    def close(self) -> None:
        QApplication.instance().removeEventFilter(self)


def fresh_wall(session, folder, controller, size):
    """A wall built now and shown the controller's state: the reference."""
    from facilitator.ui.runner.participant_window import ParticipantWindow
    from facilitator.ui.runner.round_card import RoundCard

    wall = ParticipantWindow(session.title, session.language)
    card = RoundCard(session.language)
    card.set_journeys(store.load_all(folder)[0])
    wall.set_round_widget(card)
    wall.set_mode(controller.wall_mode())  # as the app does: the state first, then the window
    wall.show_state(controller.state, controller.current_session_block())
    wall.resize(size)
    wall.show()
    return wall


def rgb(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_RGB32)


def difference(a: QImage, b: QImage) -> int:
    """The largest difference of a colour channel between two drawings of the window. The
    same text drawn again may differ by a level or two at its edges (Qt's font engines are
    made again now and then); a stale or wrongly sized line differs by a hundred or more."""
    import numpy  # pyqtgraph's

    a, b = rgb(a), rgb(b)  # held while their bits are read
    assert a.size() == b.size()
    x = numpy.frombuffer(bytes(a.constBits()), dtype=numpy.uint8).astype(int)
    y = numpy.frombuffer(bytes(b.constBits()), dtype=numpy.uint8).astype(int)
    return int(numpy.abs(x - y).max())


NOISE = 8  # levels of anti-aliasing between two drawings of the same text


@pytest.fixture
def day(qtbot, tmp_path, settings):
    from facilitator.core.day.clock import FakeClock
    from facilitator.core.day.runner import Runner
    from facilitator.ui.app import build_windows

    folder = tmp_path / "workshop"
    write_journeys(folder, count=5)
    session = round_session()
    clock = FakeClock(datetime(2026, 11, 26, 9, 0, 0))
    controller, presenter, wall, _placer, chime = build_windows(
        session, Runner(session, clock), clock, "da", settings, folder=folder)
    chime.set_muted(True)
    qtbot.addWidget(presenter)
    qtbot.addWidget(wall)
    wall.resize(1280, 720)
    presenter.show()
    wall.show()
    qtbot.waitExposed(wall)
    yield session, folder, controller, presenter, wall, clock
    controller.stop()


def test_the_wall_through_block_changes_is_what_a_fresh_wall_shows(qtbot, day):
    session, folder, controller, presenter, wall, clock = day
    screen = Screen(wall)
    steps = []

    def check(what: str) -> None:
        screen.settle()
        assert difference(screen.image, screen.grab()) <= NOISE, what  # every change reached the screen
        reference = fresh_wall(session, folder, controller, wall.size())
        qtbot.addWidget(reference)
        qtbot.waitExposed(reference)
        QApplication.processEvents()
        assert difference(screen.grab(), reference.grab().toImage()) <= NOISE, what  # right text and size
        reference.close()
        steps.append((what, controller.wall_mode()))

    def seconds(n: int, what: str) -> None:
        for k in range(n):
            clock.advance(1)
            controller.tick()
            check(f"{what}, second {k + 1}")

    controller.start_day()
    check("the day begins")
    seconds(3, "the first block")
    sizes = [row.fitted_font().pixelSize() for row in wall.agenda._rows]
    controller.next_block()  # the long title is marked: every row of the agenda takes a smaller size
    check("the talk begins")
    assert [row.fitted_font().pixelSize() for row in wall.agenda._rows] < sizes
    seconds(2, "the talk")
    controller.next_block()  # into the round: the round's card comes up
    check("the round's block begins")
    seconds(3, "before the first group")
    controller.next_group()
    check("the first group presents")
    seconds(2, "a group presents")
    controller.next_block()  # out of the round: back to the agenda
    check("the last block begins")  # the agenda again, its rows at their larger size
    seconds(2, "the last block")
    screen.close()
    assert [mode for _what, mode in steps].count(WallMode.ROUND) >= 6
    assert steps[-1][1] == WallMode.AGENDA
    assert [row.fitted_font().pixelSize() for row in wall.agenda._rows] == sizes


def test_a_second_that_changes_no_text_on_the_wall_paints_nothing_there(qtbot, day):
    """Before the round the wall shows the agenda, then the order of the groups: neither
    has a countdown, so a second passing repaints none of the wall's text (the agenda's rows
    were all repainted every second, ~10 ms at 1920x1080; the round's title too)."""
    session, folder, controller, presenter, wall, clock = day
    screen = Screen(wall)
    controller.start_day()
    screen.settle()
    for where in ("agenda", "round"):
        for _ in range(3):
            clock.advance(1)
            controller.tick()
            screen.settle()  # painted ones are recorded by settle's event processing
        clock.advance(1)
        controller.tick()
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        labels = [w for w, _region in screen.painted if isinstance(w, FitLabel)]
        assert labels == [], (where, [label.text() for label in labels])
        screen.settle()
        if where == "agenda":
            controller.goto_block(2)
            screen.settle()
            assert controller.wall_mode() == WallMode.ROUND
    screen.close()


def test_the_presenter_after_a_block_change_is_what_it_shows_at_once(qtbot, day):
    """The presenter's countdown, block title and round line after the block change equal
    those shown when the same state is given to it again."""
    session, folder, controller, presenter, wall, clock = day
    controller.start_day()
    clock.advance(2.5)
    controller.tick()
    controller.goto_block(2)  # the round
    QApplication.processEvents()
    live = presenter.grab().toImage()
    presenter.show_state(controller.state)  # the same state once more: nothing may change
    QApplication.processEvents()
    assert difference(presenter.grab().toImage(), live) <= NOISE
    assert presenter.block_countdown.text() == "24:00"  # five groups of 4 + 1 min
    assert presenter.round_link.presenter_line.text().startswith("Første: Gruppe 1")
