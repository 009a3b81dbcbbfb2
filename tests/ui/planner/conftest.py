from __future__ import annotations

import pytest


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def planner(qtbot, settings, monkeypatch):
    """A planner on its start page, in English; its dialogs must be answered by the test."""
    from facilitator.ui.planner.planner_window import PlannerWindow

    window = PlannerWindow(settings=settings, lang="en")
    window.resize(1400, 900)
    window.show()
    yield window
    if window.doc is not None:
        window.doc.saved_text = window.doc.text  # no save prompt at teardown
    window.close()
    window.deleteLater()
