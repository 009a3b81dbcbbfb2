"""A rehearsal on the presenter and never on the wall; the Day menu's Rehearse item; a real
`facilitator run --rehearse` that leaves the real day's journal untouched (issue 9, item 3)."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime

from PySide6.QtWidgets import QInputDialog, QLabel

from test_app_sigkill_resume import ROOT, kill, wait_ready
from facilitator.bundled import default_session_path
from facilitator.core import workshop as storage
from facilitator.core.day.clock import FakeClock
from facilitator.core.day.events import Event
from facilitator.core.day.journal import Journal
from facilitator.core.day.rehearsal import rehearsal_clock
from facilitator.core.day.runner import Runner
from facilitator.core.session.loader import load_session
from facilitator.ui import app as app_module
from facilitator.ui.app import build_windows


def test_the_presenter_says_rehearsal_and_the_wall_never_does(qtbot):
    session = load_session(default_session_path())
    base = FakeClock(datetime(2026, 11, 26, 19, 9))
    clock = rehearsal_clock(session, speed=30, base=base)
    controller, presenter, wall, placer, chime = build_windows(session, Runner(session, clock), clock, "en")
    qtbot.addWidget(presenter)
    qtbot.addWidget(wall)
    presenter.set_rehearsal(30)
    presenter.show()
    wall.show()
    assert presenter.rehearsal_label.isVisible() and presenter.rehearsal_label.text() == "Rehearsal · 30×"
    assert presenter.windowTitle().startswith("Rehearsal · 30×")
    assert presenter.clock_label.text() == "09:00"
    presenter.start_show()  # F5
    base.advance(60)  # one real minute: half an hour of the day
    controller.tick()
    assert presenter.clock_label.text() == "09:30" and controller.state.started
    texts = [w.text() for w in wall.findChildren(QLabel)] + [wall.windowTitle()]
    assert not any("Rehearsal" in t or "Generalprøve" in t for t in texts)
    controller.stop()


def rehearsal_offered(qtbot, monkeypatch, speed: int):
    """(controller, presenter, started): the seed day in English at 19.09; asked for a speed,
    the facilitator answers `speed`; each process the presenter would start is in `started`
    as (program, args), and none is."""
    session = load_session(default_session_path())
    clock = FakeClock(datetime(2026, 11, 26, 19, 9))
    controller, presenter, wall, placer, chime = build_windows(session, Runner(session, clock), clock, "en")
    qtbot.addWidget(presenter)
    qtbot.addWidget(wall)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (speed, True))
    started = []
    monkeypatch.setattr("PySide6.QtCore.QProcess.startDetached",
                        lambda program, args: (started.append((program, args)) or (True, 4242)))
    return controller, presenter, started


def test_the_day_menu_rehearses_in_a_process_of_its_own(qtbot, monkeypatch, tmp_path):
    controller, presenter, started = rehearsal_offered(qtbot, monkeypatch, 30)
    day_menu = next(a.menu() for a in presenter.menuBar().actions() if a.text() == "&Day")
    assert "Rehearse…" in [a.text() for a in day_menu.actions()]
    presenter.rehearse_requested.connect(
        lambda speed: app_module.start_rehearsal("/x/dag.yaml", speed, workshop_dir=tmp_path))
    presenter.act_rehearse.trigger()
    assert started == [(sys.executable, ["-m", "facilitator", "run", "/x/dag.yaml", "--rehearse",
                                         "--speed", "30", "--workshop-dir", str(tmp_path)])]
    controller.stop()


def test_a_rehearsal_at_30x_leaves_the_real_journal_untouched(tmp_path):
    folder = storage.prepare_workshop_dir(default_session_path(), tmp_path / "workshop")
    with Journal(storage.journal_path(folder)) as j:
        j.append(Event(time.time() - 600, "start_day"))  # the real day, begun
    real = storage.journal_path(folder).read_bytes()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "facilitator", "run", "--workshop-dir", str(folder), "--rehearse",
         "--speed", "30", "--lang", "en"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        ready = wait_ready(proc)
    finally:
        kill(proc)
    assert ready["rehearsal"] == "1" and ready["folder"] == str(storage.rehearsal_dir(folder))
    assert ready["block"] == "None"  # a rehearsal starts fresh, before the day
    simulated = datetime.fromtimestamp(float(ready["now"]))
    assert (simulated.hour, simulated.date()) == (9, datetime.now().date())  # from the planned 09.00
    assert storage.journal_path(folder).read_bytes() == real


def test_the_rehearsal_speaks_the_presenter_s_language(qtbot, monkeypatch, tmp_path):
    """A day run with --lang en rehearses in English, not in the saved or system language."""
    controller, presenter, started = rehearsal_offered(qtbot, monkeypatch, 10)
    app_module.offer_rehearsal(presenter, "/x/dag.yaml", tmp_path, "en")
    presenter.act_rehearse.trigger()
    assert started == [(sys.executable, ["-m", "facilitator", "run", "/x/dag.yaml", "--rehearse", "--speed", "10",
                                         "--workshop-dir", str(tmp_path), "--lang", "en"])]
    controller.stop()


def test_a_rehearsal_beside_a_running_day_keeps_its_wall_off_the_projector(qtbot, tmp_path):
    """Day > Rehearse… during the day (the real wall full screen on the projector): the
    rehearsal's own wall went full screen on the projector too, over the real one, with
    the rehearsal's times and nothing saying it is a rehearsal. While another app holds the
    real day's folder, the rehearsal's wall is a window beside its presenter on the laptop."""
    from PySide6.QtCore import QLockFile, QSettings
    from PySide6.QtGui import QGuiApplication

    from facilitator.ui.runner.screens import ScreenPlacer

    real = storage.prepare_workshop_dir(default_session_path(), tmp_path / "workshop")
    assert not app_module.real_day_open(real)
    assert not storage.lock_path(real).exists()  # looking leaves nothing behind in the real folder
    held = QLockFile(str(storage.lock_path(real)))
    assert held.tryLock(0)  # the real day's app
    try:
        assert app_module.real_day_open(real)
    finally:
        held.unlock()

    session = load_session(default_session_path())
    clock = rehearsal_clock(session, speed=30, base=FakeClock(datetime(2026, 11, 26, 19, 9)))
    controller, presenter, wall, _placer, _chime = build_windows(session, Runner(session, clock), clock, "en")
    qtbot.addWidget(presenter)
    qtbot.addWidget(wall)

    class Projector:
        def name(self):
            return "projector"

    laptop = QGuiApplication.primaryScreen()
    placer = ScreenPlacer(presenter, wall, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    placer.screens = lambda: [laptop, Projector()]
    placer.beside = True  # as _open_day sets it for a rehearsal while real_day_open
    presenter.show()
    placer.place()
    assert placer.wall_screen() is None
    assert not wall.isFullScreen() and wall.isVisible()  # a window, placed beside as with one screen
    controller.stop()
