"""The planner keeps the writer's file: one edit is one line, undo gives the same bytes, a recovery
copy sits beside the file while unsaved, and closing asks. Reorder by keyboard and drag and drop;
problems show on their row."""
import difflib
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from planner_helpers import answer_dialog, type_cell

from facilitator.ui.planner import agenda_model as am
from facilitator.ui.planner.planner_window import recovery_path

SEED = Path(__file__).resolve().parents[3] / "sessions" / "sociale-medier-090310.yaml"


@pytest.fixture
def seed_copy(tmp_path):
    path = tmp_path / "seed.yaml"
    shutil.copy(SEED, path)
    return path


def changed(a: str, b: str) -> list[str]:
    return [l for l in difflib.unified_diff(a.splitlines(), b.splitlines(), lineterm="", n=0)
            if l[:1] in "+-" and not l.startswith(("+++", "---"))]


def test_typing_a_duration_recomputes_the_day_and_undo_saves_the_same_bytes(qtbot, planner, seed_copy):
    original = seed_copy.read_bytes()
    assert planner.open_path(seed_copy)
    agenda = planner.agenda_tab
    row = agenda.model.row_of("opsamling")
    assert "the day runs 09:00–14:00" in agenda.day.text()
    type_cell(qtbot, agenda.table, row, am.DURATION, "25m")
    assert agenda.model.index(row, am.END).data() == "14:10" and "09:00–14:10" in agenda.day.text()
    assert planner.windowTitle().startswith("seed.yaml*")
    planner.act_save.trigger()
    assert changed(original.decode(), seed_copy.read_text(encoding="utf-8")) == [
        "-    duration: 15m", "+    duration: 25m"]
    planner.act_undo.trigger()
    assert agenda.model.index(row, am.END).data() == "14:00"
    planner.act_save.trigger()
    assert seed_copy.read_bytes() == original


def test_a_recovery_copy_beside_the_file_while_unsaved(qtbot, planner, seed_copy, monkeypatch):
    original = seed_copy.read_bytes()
    planner.open_path(seed_copy)
    type_cell(qtbot, planner.agenda_tab.table, 0, am.TITLE, "Velkommen til dagen")
    copy = recovery_path(seed_copy)
    qtbot.waitUntil(copy.exists, timeout=5000)
    assert "title: Velkommen til dagen" in copy.read_text(encoding="utf-8")
    assert seed_copy.read_bytes() == original  # never over the user's file
    # the planner closes without saving; opened again it offers the unsaved changes
    planner.doc.saved_text = planner.doc.text
    planner.doc.set_text(original.decode())
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    planner.open_path(seed_copy)
    assert planner.doc.modified and "Velkommen til dagen" in planner.doc.text
    planner.act_save.trigger()
    assert not copy.exists() and "Velkommen til dagen" in seed_copy.read_text(encoding="utf-8")


def test_closing_with_unsaved_changes_asks(qtbot, planner, seed_copy):
    original = seed_copy.read_bytes()
    planner.open_path(seed_copy)
    type_cell(qtbot, planner.agenda_tab.table, 0, am.DURATION, "35m")
    answer_dialog(qtbot, lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    assert planner.close() is False and planner.isVisible()
    answer_dialog(qtbot, lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    assert planner.close() is True
    assert seed_copy.read_bytes() == original and not recovery_path(seed_copy).exists()


def test_reorder_by_keyboard_and_by_drag_and_drop(qtbot, planner, seed_copy):
    planner.open_path(seed_copy)
    agenda, model = planner.agenda_tab, planner.agenda_tab.model
    agenda.table.selectRow(0)
    agenda.act_move_down.trigger()
    assert planner.doc.block_ids()[:2] == ["fremtidsfortaelling", "hvem-bruger"]
    assert agenda.current_id() == "hvem-bruger"
    data = model.mimeData([model.index(0, am.TITLE)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())  # dropped above row 3
    assert planner.doc.block_ids()[:3] == ["hvem-bruger", "hvorfor", "fremtidsfortaelling"]
    assert planner.doc.problems() == []


def test_insert_duplicate_delete(qtbot, planner, seed_copy):
    planner.open_path(seed_copy)
    agenda = planner.agenda_tab
    agenda.table.selectRow(10)
    agenda.act_insert_after.trigger()
    assert len(planner.doc.block_ids()) == 12 and agenda.current_row() == 11
    agenda.act_duplicate.trigger()
    assert len(planner.doc.block_ids()) == 13 and planner.doc.problems() == []
    agenda.act_delete.trigger()
    agenda.act_delete.trigger()
    assert len(planner.doc.block_ids()) == 11
    assert planner.doc.text == seed_copy.read_text(encoding="utf-8")  # back where it began


def test_problems_show_on_their_row_in_checks_words(qtbot, planner, seed_copy):
    planner.open_path(seed_copy)
    agenda = planner.agenda_tab
    type_cell(qtbot, agenda.table, 1, am.DURATION, "45m")  # runs into the fixed lunch at 11.30
    lunch = agenda.model.row_of("frokost")
    check = agenda.model.index(lunch, am.CHECK).data()
    assert "De fem største sociale medier runs 15 min into Frokost" in check
    assert "block 'frokost' starts at 11.30, before the block before it" in check
    type_cell(qtbot, agenda.table, 2, am.DURATION, "abc")
    assert "'abc' is not a duration" in agenda.model.index(2, am.CHECK).data()
    listed = [agenda.problems.item(i).text() for i in range(agenda.problems.count())]
    assert listed == [agenda.model.index(2, am.CHECK).data()]  # with no duration, 'hvorfor' no longer
    # runs into lunch: the list holds what check says now


def test_print_agenda_and_worksheets_and_rehearse_from_the_planner(qtbot, planner, seed_copy, tmp_path, monkeypatch):
    from pdftext import pages

    from facilitator.ui.planner import outputs

    planner.open_path(seed_copy)
    out = planner.outputs()
    agenda = out.print_agenda(tmp_path / "agenda.pdf", open_it=False)
    assert "Frokost" in " ".join(pages(agenda))
    sheets = out.print_worksheets(tmp_path / "sheets.pdf", groups=2, open_it=False)
    assert "Rejse til Mallorca" in " ".join(pages(sheets))
    started = []
    monkeypatch.setattr(outputs.subprocess, "Popen", lambda cmd: started.append(cmd))
    planner.act_rehearse.trigger()
    planner.act_run.trigger()
    # in the planner's language (it was the saved or system one's for a planner opened with --lang en)
    assert started[0][-5:] == ["run", str(seed_copy), "--rehearse", "--lang", "en"]
    assert started[1][-4:] == ["run", str(seed_copy), "--lang", "en"]


def test_the_problems_list_shows_checks_warnings_marked_as_warnings(qtbot, open_planner, tmp_path):
    path = tmp_path / "night.yaml"
    path.write_text('format: 1\ntitle: Nat\nlanguage: en\nstart: "01:15"\nblocks:\n'
                    '  - {id: intro, title: Intro, kind: talk, duration: 30m}\n', encoding="utf-8")
    planner = open_planner(path)
    listed = [planner.agenda_tab.problems.item(i).text() for i in range(planner.agenda_tab.problems.count())]
    assert len(listed) == 1 and listed[0].startswith("Warning, line 4: 01:15 is in the middle of the night")


def test_the_worksheet_dialog_allows_as_many_groups_as_the_command_line(qtbot, planner, seed_copy, tmp_path):
    planner.open_path(seed_copy)
    seen = []

    def look(dialog):
        seen.append((dialog.intMinimum(), dialog.intMaximum()))
        dialog.reject()

    answer_dialog(qtbot, look)
    assert planner.outputs().print_worksheets(tmp_path / "sheets.pdf", open_it=False) is None
    assert seen == [(1, 99)]  # `journeys worksheet --groups` takes 1-99 too
