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
