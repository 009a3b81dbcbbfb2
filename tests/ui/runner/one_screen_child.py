"""Run by test_two_screens.py with one 1366×768 offscreen screen: a rehearsal on the laptop."""
from __future__ import annotations

import os

import pytest

pytestmark = pytest.mark.skipif("configfile=" not in os.environ.get("QT_QPA_PLATFORM", ""),
                                reason="needs the one-screen offscreen platform (test_two_screens.py)")


def test_with_one_screen_the_wall_and_the_editor_leave_the_timers_visible(qtbot, tmp_path):
    """Rehearsing on the laptop alone: the wall used to open in the middle of the screen, over
    the presenter's countdowns, and the journey editor over them too."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    from facilitator.core.day.runner import Runner
    from facilitator.ui.app import build_windows
    from runner_workshop import make_session
    from facilitator.core.day.clock import FakeClock
    from datetime import datetime

    session = make_session()
    clock = FakeClock(datetime(2026, 11, 26, 9))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    controller, presenter, wall, placer, _chime = build_windows(
        session, Runner(session, clock), clock, "en", settings, folder=tmp_path)
    qtbot.addWidget(presenter)
    qtbot.addWidget(wall)
    assert [s.name() for s in QGuiApplication.screens()] == ["laptop"]
    presenter.setGeometry(presenter.screen().availableGeometry())  # maximised, as the app starts
    presenter.show()
    qtbot.waitExposed(presenter)
    placer.place()
    qtbot.waitExposed(wall)
    timers = presenter.timers_rect()
    assert timers.width() > 100 and not wall.geometry().intersects(timers)
    assert not wall.geometry().intersects(presenter.geometry())
    assert presenter.screen().availableGeometry().contains(wall.geometry())
    presenter.journeys_link.open_editor()  # the journeys are read in a worker first
    qtbot.waitUntil(lambda: presenter.journeys_link.editor is not None, timeout=20000)
    editor = presenter.journeys_link.editor
    qtbot.addWidget(editor)
    qtbot.waitExposed(editor)
    assert not editor.geometry().intersects(presenter.timers_rect())
    controller.stop()
