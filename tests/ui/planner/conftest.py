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


@pytest.fixture
def open_planner(settings):
    """open_planner(path, workshop_dir=None): a planner on a file, closed without asking at teardown."""
    from facilitator.ui.planner.planner_window import PlannerWindow

    windows = []

    def make(path, workshop_dir=None):
        window = PlannerWindow(path, settings=settings, workshop_dir=workshop_dir, lang="en")
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.doc is not None:
            window.doc.saved_text = window.doc.text
        window.close()
        window.deleteLater()
