"""Shared fixtures for the runner UI tests: a small workshop, a fake clock, a controller."""
from __future__ import annotations

from datetime import datetime

import pytest

from runner_workshop import make_session


@pytest.fixture
def session():
    return make_session()


@pytest.fixture
def clock():
    from facilitator.core.day.clock import FakeClock

    return FakeClock(datetime(2026, 11, 26, 9, 0, 0))


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def controller(qtbot, session, clock):
    from facilitator.core.day.runner import Runner
    from facilitator.ui.runner.controller import AppController

    c = AppController(session, Runner(session, clock), clock, lang="da")
    yield c
    c.stop()


@pytest.fixture
def danish(qapp):
    """Danish UI strings for one test."""
    from facilitator.ui.i18n import install_language

    install_language("da", qapp)
    yield
    install_language("en", qapp)  # later tests expect the English source text


@pytest.fixture
def windows(qtbot, session, clock, settings):
    """(controller, presenter, wall, placer): both windows wired as the app wires them;
    nothing shown yet."""
    from facilitator.core.day.runner import Runner
    from facilitator.ui.app import build_windows

    controller, presenter, wall, placer, _chime = build_windows(
        session, Runner(session, clock), clock, "da", settings)
    qtbot.addWidget(presenter)
    qtbot.addWidget(wall)
    yield controller, presenter, wall, placer
    controller.stop()
