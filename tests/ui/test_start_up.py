"""Start-up: the first screen is whole at the ready line, and what it does not show (the
chime, the journey editor's link, the report-back round, the day report, the slides
rendered ahead) follows after the first paint, one step per turn of the event loop."""
from __future__ import annotations

import os
import pytest
from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from facilitator.bundled import default_session_path
from facilitator.ui import after_paint
from facilitator.ui import app as app_module


def test_held_jobs_wait_for_the_first_paint_then_run_one_per_turn(qtbot):
    ran = []
    after_paint.hold()
    after_paint.later(lambda: (ran.append("ahead"), QTimer.singleShot(0, lambda: ran.append("a second tick"))))
    after_paint.later(lambda: ran.append("chime"))
    QApplication.processEvents()
    assert ran == []  # nothing before the first paint
    after_paint.release()
    qtbot.waitUntil(lambda: "chime" in ran)
    # a timer that came due while the jobs ran got in between: a chain, not a batch
    assert ran == ["ahead", "a second tick", "chime"]


def test_releasing_twice_runs_each_job_once(qtbot):
    ran = []
    after_paint.hold()
    after_paint.later(lambda: ran.append(1))
    after_paint.later(lambda: ran.append(2))
    after_paint.release()
    after_paint.release()  # the app's exit releases again
    qtbot.waitUntil(lambda: 2 in ran)
    QApplication.processEvents()
    assert ran == [1, 2]


def test_a_job_whose_window_is_gone_is_dropped_and_the_rest_still_run(qtbot):
    ran = []
    gone = QObject()
    after_paint.hold()
    after_paint.later(lambda: ran.append("gone"), gone)
    after_paint.later(lambda: ran.append("kept"))
    gone.deleteLater()
    QApplication.processEvents()
    after_paint.release()
    qtbot.waitUntil(lambda: "kept" in ran)
    assert ran == ["kept"]


def test_the_first_screen_is_whole_at_the_ready_line_and_the_rest_follows(qtbot, tmp_path, monkeypatch, capsys):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    at_ready, done = {}, {}
    real_after_first_paint = app_module.after_first_paint

    def ready(parts):
        presenter = parts[0]
        panel = presenter.deck_link.panel
        at_ready.update(
            presenter=presenter, visible=presenter.isVisible(),
            slide=panel.current_view.is_prepared(panel.deck.current()),
            later=[presenter.chime, presenter.journeys_link, presenter.round_link, presenter.report_link],
            ahead=panel.current_view.is_prepared(panel.session.slide(panel.deck.upcoming().slide_id)),
            sizes=_window_sizes(), menus=[a.text() for a in presenter.menuBar().actions()])
        real_after_first_paint(parts)

    def exec_until_the_rest_is_built():
        qtbot.waitUntil(lambda: "presenter" in at_ready, timeout=10000)
        presenter = at_ready["presenter"]
        panel = presenter.deck_link.panel
        qtbot.waitUntil(lambda: presenter.report_link is not None, timeout=10000)
        done.update(
            menus=[a.text() for a in presenter.menuBar().actions()],
            ahead=panel.current_view.is_prepared(panel.session.slide(panel.deck.upcoming().slide_id)),
            chime=presenter.chime, journeys=presenter.journeys_link, round=presenter.round_link,
            sizes=_window_sizes())
        presenter.close()
        return 0

    monkeypatch.setattr(app_module, "after_first_paint", ready)
    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_until_the_rest_is_built))
    assert app_module.run_app(default_session_path(), tmp_path / "ws", "en", resume=False) == 0
    assert "facilitator: ready" in capsys.readouterr().out
    assert at_ready["visible"] and at_ready["slide"]  # the first slide is on the first screen
    assert at_ready["later"] == [None, None, None, None] and not at_ready["ahead"]
    assert done["ahead"]  # the next slide was rendered after the first paint
    assert done["chime"] is not None and done["journeys"] is not None and done["round"] is not None
    assert "&Round" in done["menus"] and done["menus"] == at_ready["menus"]  # the menu bar does not move
    assert done["sizes"] == at_ready["sizes"]  # what came later did not make a window jump


def _window_sizes() -> dict:
    return {type(w).__name__: w.size().toTuple() for w in QApplication.topLevelWidgets() if w.isVisible()}


def test_a_session_broken_since_the_last_start_shows_its_problems_not_the_old_day(qtbot, tmp_path, monkeypatch):
    import shutil

    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "day.yaml"
    shutil.copyfile(default_session_path(), path)
    monkeypatch.setattr(app_module, "_session_cache_dir", lambda: tmp_path / "cache")
    assert app_module._load(path).title == "Workshop om sociale medier"  # parsed, then kept
    qtbot.waitUntil(lambda: bool(list((tmp_path / "cache").glob("session-*"))))
    from facilitator.core.session import loader

    with monkeypatch.context() as m:
        m.setattr(loader, "read_session", lambda *a, **k: pytest.fail("parsed again"))
        assert app_module._load(path).title == "Workshop om sociale medier"  # from the cache
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    path.write_text(path.read_text(encoding="utf-8").replace("\nblocks:\n", "\nblocks: [\n", 1), encoding="utf-8")
    assert app_module._load(path) is None
    assert shown and shown[0].startswith(f"{path}:")


def test_the_collector_waits_for_the_first_paint_then_runs_again(qtbot, tmp_path, monkeypatch):
    """`facilitator run` pauses the cyclic collector for its start-up; after the first paint
    it runs again, and a turn later start-up's garbage is collected and the rest set aside."""
    import argparse
    import gc

    from facilitator.cli import run_command

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    seen, windows = {}, []
    real_after_first_paint = app_module.after_first_paint

    def ready(parts):
        windows.append(parts[0])
        seen["at_ready"] = gc.isenabled()
        real_after_first_paint(parts)
        seen["after"], seen["frozen_at_once"] = gc.isenabled(), gc.get_freeze_count()

    def exec_until_set_aside():
        qtbot.waitUntil(lambda: "after" in seen and gc.get_freeze_count() > 10000, timeout=10000)
        windows[0].close()
        return 0

    monkeypatch.setattr(app_module, "after_first_paint", ready)
    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_until_set_aside))
    args = argparse.Namespace(file=None, workshop_dir=tmp_path / "ws", lang="en", resume=False,
                              rehearse=False, at=None, speed=1)
    try:
        assert run_command.run(args) == 0
    finally:
        gc.unfreeze()
        gc.enable()
    assert seen == {"at_ready": False, "after": True, "frozen_at_once": 0}


def test_a_session_with_thousands_of_problems_shows_a_dialog_that_fits_the_screen(qtbot, tmp_path, monkeypatch, capsys):
    """3,000 problems in one dialog made it 126,000 pixels tall, its button off the screen;
    it shows the first ones and the count of the rest; stderr has them all."""
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "day.yaml"
    path.write_text('format: 1\ntitle: T\nstart: "09:00"\nblocks:\n' + "".join(
        f"  - {{id: b{i}, title: B, kind: talk, duration: 5x}}\n" for i in range(3000)), encoding="utf-8")
    monkeypatch.setattr(app_module, "_session_cache_dir", lambda: tmp_path / "cache")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert app_module._load(path) is None
    lines = shown[0].splitlines()
    assert len(lines) == 11 and all(line.startswith(f"{path}:") for line in lines[:10])
    assert lines[10] == f"… and 2990 more; facilitator check {path} lists them all."
    assert len(capsys.readouterr().err.splitlines()) == 3000
    box = QMessageBox(QMessageBox.Icon.Critical, "", shown[0])
    assert box.sizeHint().height() < 600


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX pipes")
def test_a_pipe_in_place_of_the_session_is_refused_not_waited_on(qtbot, tmp_path, monkeypatch):
    """`facilitator run day.yaml` where day.yaml is a pipe: the cache's read waited for a
    writer for ever (check refuses it at once); now the run says what `check` says."""
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "day.yaml"
    os.mkfifo(path)
    monkeypatch.setattr(app_module, "_session_cache_dir", lambda: tmp_path / "cache")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert app_module._load(path) is None
    assert shown == [f"{path}:1:1: this is a pipe, not a file; a session file must be a file"]


def test_a_start_up_of_a_million_objects_is_set_aside_before_the_collector_walks_them(monkeypatch):
    """A 50 MB journal's million events made the collector's first round after the first paint
    walk them all, a second of the GUI thread; above SET_ASIDE_UNWALKED they are set aside
    (frozen) before the collector runs again."""
    import gc

    monkeypatch.setattr(app_module, "SET_ASIDE_UNWALKED", 0)
    monkeypatch.setattr(app_module.after_paint, "later", lambda *args: None)  # not the later round
    before = gc.get_freeze_count()
    gc.disable()
    try:
        app_module.collector_back()
        assert gc.isenabled() and gc.get_freeze_count() > before
    finally:
        gc.unfreeze()
        gc.enable()
