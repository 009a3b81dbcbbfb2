"""A session another program changes while the planner has it open (a text editor, a second
planner, `report --suggest` over it): saving never throws that program's edits away unasked."""
import shutil
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from planner_helpers import type_cell

from facilitator.ui.planner import agenda_model as am

SEED = Path(__file__).resolve().parents[3] / "sessions" / "sociale-medier-090310.yaml"


def test_saving_over_a_file_changed_on_disk_asks_first(qtbot, planner, tmp_path, monkeypatch):
    path = tmp_path / "seed.yaml"
    shutil.copy(SEED, path)
    assert planner.open_path(path)
    type_cell(qtbot, planner.agenda_tab.table, 0, am.TITLE, "Velkommen til dagen")
    theirs = path.read_text(encoding="utf-8").replace("title: Workshop om sociale medier", "title: Workshop om sociale medier (ny)", 1)
    assert theirs != path.read_text(encoding="utf-8")
    path.write_text(theirs, encoding="utf-8")  # another program saves its edit meanwhile

    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    assert planner.save() is False
    assert path.read_text(encoding="utf-8") == theirs, "the other program's edit was saved over"
    assert len(asked) == 1 and "seed.yaml" in asked[0] and "another program" in asked[0]
    assert planner.doc.modified  # the planner's edit is still there, to save as another file

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert planner.save() is True
    assert "Velkommen til dagen" in path.read_text(encoding="utf-8")
    # saved once over it, the planner does not ask again for its own file
    type_cell(qtbot, planner.agenda_tab.table, 0, am.TITLE, "Velkommen")
    monkeypatch.setattr(QMessageBox, "question", question)
    assert planner.save() is True and len(asked) == 1
