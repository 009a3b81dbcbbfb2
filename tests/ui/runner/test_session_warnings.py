"""A session file that `check` warns about (a start at 01.15, an exercise longer than its block)
opens all the same; the presenter keeps a sign with the count in its status bar, each warning
in its tooltip, and stderr says them once as check does. The seed session shows none; the wall
never shows them."""
from datetime import datetime
from textwrap import dedent

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from cli_helpers import run_cli
from seed_day import open_day

from facilitator.core.day.clock import FakeClock
from facilitator.core.day.runner import Runner
from facilitator.core.session.loader import load_session
from facilitator.ui.app import _load, build_windows

NIGHT = """
    format: 1
    title: Eftermiddag
    language: en
    start: "01:15"
    blocks:
      - id: gruppe
        title: Gruppearbejde
        kind: exercise
        duration: 30m
        exercises:
          - {id: kort, title: Kort, duration: 45m}
      - {id: pause, title: Pause, kind: break, duration: 15m}
"""


def write_session(tmp_path):
    path = tmp_path / "night.yaml"
    path.write_text(dedent(NIGHT).lstrip(), encoding="utf-8")
    return path


def open_windows(qtbot, tmp_path, session):
    clock = FakeClock(datetime(2026, 11, 26, 1, 0, 0))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller, presenter, wall, _placer, _chime = build_windows(
        session, Runner(session, clock), clock, "en", settings, folder=tmp_path)
    qtbot.addWidget(presenter, before_close_func=lambda _w: controller.stop())
    qtbot.addWidget(wall)
    presenter.show()
    qtbot.waitExposed(presenter)
    return presenter, wall


def shown_texts(window) -> str:
    return "\n".join(label.text() + "\n" + label.toolTip() for label in window.findChildren(QLabel)
                     if label.isVisible())


def test_the_presenter_shows_the_session_files_warnings_and_the_wall_does_not(qtbot, tmp_path):
    session = load_session(write_session(tmp_path))
    assert len(session.warnings) == 2  # the night-time start and the long exercise
    presenter, wall = open_windows(qtbot, tmp_path, session)
    wall.show()
    qtbot.waitExposed(wall)
    sign = presenter.statusBar().findChild(QLabel, "sessionWarnings")
    qtbot.waitUntil(sign.isVisible)
    assert sign.text() == "⚠ Warnings in the session file: 2"
    tips = sign.toolTip().splitlines()
    assert tips[0].startswith("Line 4: 01:15 is in the middle of the night")
    assert tips[1].startswith("Line 11: exercise 'kort' (45 min) is longer than its block 'gruppe'")
    presenter.statusBar().showMessage("a passing message", 1000)  # does not cover the sign
    assert sign.isVisible()
    wall_text = shown_texts(wall)
    assert "middle of the night" not in wall_text and "Warnings" not in wall_text


def test_the_seed_session_shows_no_warning_sign(qtbot, tmp_path):
    _session, _controller, presenter, wall = open_day(qtbot, tmp_path, lang="en")
    assert presenter.findChild(QLabel, "sessionWarnings") is None
    assert "Warnings in the session file" not in shown_texts(presenter)


def test_opening_the_session_says_its_warnings_on_stderr_as_check_does(tmp_path, capsys):
    path = write_session(tmp_path)
    session = _load(path)
    assert session is not None
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2
    assert err[0].startswith(f"{path}:4:8: warning: 01:15 is in the middle of the night")
    assert err == run_cli("check", str(path)).err.splitlines()  # the very lines check prints
