"""The app's settings file damaged or edited by hand (~/.config/Facilitator/Facilitator.conf):
a value of the wrong kind is read as no value; the windows still open."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMainWindow


def settings_with(tmp_path, section: str, key: str, raw: str) -> QSettings:
    path = tmp_path / "Facilitator.conf"
    path.write_text(f"[{section}]\n{key}={raw}\n", encoding="utf-8")
    return QSettings(str(path), QSettings.Format.IniFormat)


@pytest.mark.parametrize("raw", ["hello", "1, 2, 3", "42"])
def test_a_garbled_presenter_geometry_opens_the_presenter_maximised(qtbot, tmp_path, raw):
    from facilitator.ui.app import _show_presenter

    presenter = QMainWindow()
    qtbot.addWidget(presenter)
    _show_presenter(QApplication.instance(), presenter, settings_with(tmp_path, "presenter", "geometry", raw))
    assert presenter.isVisible()
    assert presenter.isMaximized() or presenter.size() == presenter.screen().availableGeometry().size()



def test_a_garbled_recent_list_keeps_the_sessions_that_are_there(tmp_path):
    from facilitator.ui.planner.recent import recent_sessions

    day = tmp_path / "dag.yaml"
    day.write_text("format: 1\n", encoding="utf-8")
    settings = settings_with(tmp_path, "planner", "recent", "@ByteArray(abc)")
    assert recent_sessions(settings) == []
    settings.setValue("planner/recent", [str(day), b"\x00garbled", 7])
    assert recent_sessions(settings) == [day]
