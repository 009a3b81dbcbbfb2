"""The default session's day wired as the app wires it (both windows, slides, journeys),
on a FakeClock at 09.00, the presenter shown and active. Shared by the deck tests."""
from __future__ import annotations

from datetime import datetime

import pytest

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

from facilitator.bundled import default_session_path
from facilitator.core.day.clock import FakeClock
from facilitator.core.session.loader import load_session
from facilitator.core.day.runner import Runner
from facilitator.ui.app import build_windows


def open_day(qtbot, tmp_path, screen_name: str | None = None, lang: str = "da"):
    """(session, controller, presenter, wall); the presenter on `screen_name` if given, its
    interface in `lang` (the translators themselves are the caller's to install)."""
    session = load_session(default_session_path())
    clock = FakeClock(datetime(2026, 11, 26, 9, 0, 0))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller, presenter, wall, _placer, _chime = build_windows(
        session, Runner(session, clock), clock, lang, settings, folder=tmp_path)
    # The day's timer stops before its windows go, even when a test fails half-way: a timer
    # left running would tick into the next test's event loop on deleted widgets.
    qtbot.addWidget(presenter, before_close_func=lambda _w: controller.stop())
    qtbot.addWidget(wall)
    if screen_name is None:
        presenter.resize(1366, 768)
    else:
        screen = next(s for s in QGuiApplication.screens() if s.name() == screen_name)
        presenter.setGeometry(screen.availableGeometry().adjusted(0, 30, 0, 0))
    presenter.show()
    qtbot.waitExposed(presenter)
    presenter.activateWindow()
    qtbot.waitUntil(presenter.isActiveWindow)
    return session, controller, presenter, wall


def shown_overview(presenter):
    """The slide overview grid the facilitator sees (opened with G or Tab)."""
    from facilitator.ui.slides.overview_dialog import SlideOverviewDialog

    shown = [d for d in presenter.findChildren(SlideOverviewDialog) if d.isVisible()]
    assert len(shown) == 1, f"{len(shown)} overview grids on screen"
    return shown[0]


@pytest.fixture
def started_day(qtbot, tmp_path):
    """The day above started with F5 on the presenter (its first block running)."""
    from PySide6.QtCore import Qt

    session, controller, presenter, wall = open_day(qtbot, tmp_path)
    qtbot.keyClick(presenter, Qt.Key.Key_F5)
    yield session, controller, presenter, wall
    controller.stop()
