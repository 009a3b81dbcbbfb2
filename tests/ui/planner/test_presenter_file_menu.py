"""The presenter's File menu: plan this session, save a copy as, open recent."""
import shutil
from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from facilitator.ui.planner.presenter_menu import PresenterFileMenu

SEED = Path(__file__).resolve().parents[3] / "sessions" / "sociale-medier-090310.yaml"


def test_file_menu_plans_this_session_and_saves_a_copy(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # the recent list goes to a throwaway place
    session = tmp_path / "seed.yaml"
    shutil.copy(SEED, session)
    presenter = QMainWindow()
    presenter.menuBar().addMenu("&Day")
    qtbot.addWidget(presenter)
    menu = PresenterFileMenu(presenter, session)
    titles = [a.text() for a in presenter.menuBar().actions()]
    assert titles[0] == "&File"
    assert [a.text() for a in menu.menu.actions()] == ["New…", "Open…", "Open recent", "Plan this session",
                                                      "Save as…"]
    copy = menu.save_as(tmp_path / "copy.yaml")
    assert copy.read_bytes() == session.read_bytes()
    planner = menu.plan_this()
    try:
        assert planner.doc.path == session and planner.agenda_tab.model.rowCount() == 11
    finally:
        planner.close()


def test_plan_this_session_in_the_running_day_waits_for_the_countdowns_redraw(qtbot, tmp_path, monkeypatch):
    """Reading and laying out the session takes a few hundred milliseconds: just before a
    second is shown it waits for that redraw, so the wall's second is not late."""
    from PySide6.QtWidgets import QApplication

    from seed_day import open_day

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    _session, controller, presenter, _wall = open_day(qtbot, tmp_path)
    opened = []
    presenter.file_menu.planner_opened.connect(opened.append)
    monkeypatch.setattr(controller, "ms_to_next_redraw", lambda: 120)  # a second is about to be shown
    assert presenter.file_menu.plan_this() is None
    QApplication.processEvents()
    assert opened == []  # nothing heavy before the redraw
    controller.second_passed.emit()  # the countdowns were redrawn
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].agenda_tab.model.rowCount() == 11
    opened[0].close()
    monkeypatch.setattr(controller, "ms_to_next_redraw", lambda: 900)  # room enough: at once
    planner = presenter.file_menu.plan_this()
    assert planner is not None and planner is opened[1]
    planner.close()
