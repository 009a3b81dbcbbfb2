"""Shared fixtures for the runner UI tests: a small workshop, a fake clock, a controller."""
from __future__ import annotations

from datetime import datetime

import pytest

try:  # the engine is written in parallel; until it lands, a stand-in follows its API
    import facilitator.core.runner  # noqa: F401
    import facilitator.core.wall  # noqa: F401
except ImportError:
    from tests.ui import fake_engine

    fake_engine.install()

from tests.ui.workshop import make_session  # noqa: E402


@pytest.fixture
def session():
    return make_session()


@pytest.fixture
def clock():
    from facilitator.core.clock import FakeClock

    return FakeClock(datetime(2026, 11, 26, 9, 0, 0))


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def controller(qtbot, session, clock):
    from facilitator.core.runner import Runner
    from facilitator.ui.controller import AppController

    c = AppController(session, Runner(session, clock), clock, lang="da")
    yield c
    c.stop()
