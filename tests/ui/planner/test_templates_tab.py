"""The journey templates tab edits a touchpoint's social-media idea: typed into its column it is saved
as `social:` on that touchpoint (one line), undo and clearing give the file back byte for byte."""
import difflib
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from facilitator.core.session.loader import load_session
from facilitator.ui.planner.templates_tab import TOUCHPOINT_FIELDS

SEED = Path(__file__).resolve().parents[3] / "sessions" / "sociale-medier-090310.yaml"
SOCIAL = TOUCHPOINT_FIELDS.index("social")
IDEA = "Del tilbuddet på Facebook og vind en rejse"


def type_cell(qtbot, table, row: int, col: int, text: str) -> None:
    """F2 on the cell, select all, type (or delete), Enter; the view commits from the event loop."""
    table.setCurrentCell(row, col)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not table and editor is not None, "no cell editor opened"
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text) if text else qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState, timeout=5000)


def changed(a: str, b: str) -> list[str]:
    return [l for l in difflib.unified_diff(a.splitlines(), b.splitlines(), lineterm="", n=0)
            if l[:1] in "+-" and not l.startswith(("+++", "---"))]


def open_templates(planner, tmp_path):
    path = tmp_path / "seed.yaml"
    shutil.copy(SEED, path)
    assert planner.open_path(path)
    tab = planner.templates_tab
    planner.tabs.setCurrentWidget(tab)
    assert tab.item_id() == "mallorca"
    return path, tab


def test_typing_a_social_idea_saves_it_on_the_touchpoint_and_undo_gives_the_same_bytes(qtbot, planner, tmp_path):
    path, tab = open_templates(planner, tmp_path)
    original = path.read_bytes()
    table = tab.touchpoints
    assert table.horizontalHeaderItem(SOCIAL).text() == "Social media idea"
    assert table.item(1, 0).text() == "Kunde bestiller rejse til Mallorca på Mytravel.dk"
    type_cell(qtbot, table, 1, SOCIAL, IDEA)
    planner.act_save.trigger()
    assert changed(original.decode(), path.read_text(encoding="utf-8")) == [f"+        social: {IDEA}"]
    touchpoints = load_session(path).journey_template("mallorca").touchpoints
    assert touchpoints[1].social == IDEA and touchpoints[0].social == ""
    assert table.item(1, SOCIAL).text() == IDEA  # the table shows what the file holds

    type_cell(qtbot, table, 1, 2, "Mytravel.dk og app")  # another cell of the row keeps the idea
    planner.act_save.trigger()
    assert load_session(path).journey_template("mallorca").touchpoints[1].social == IDEA

    planner.act_undo.trigger()
    planner.act_undo.trigger()
    assert table.item(1, SOCIAL).text() == ""
    planner.act_save.trigger()
    assert path.read_bytes() == original


def test_clearing_the_idea_removes_its_line_and_a_new_row_keeps_its_idea(qtbot, planner, tmp_path):
    path, tab = open_templates(planner, tmp_path)
    original = path.read_bytes()
    table = tab.touchpoints
    type_cell(qtbot, table, 0, SOCIAL, IDEA)
    planner.act_save.trigger()
    assert load_session(path).journey_template("mallorca").touchpoints[0].social == IDEA
    type_cell(qtbot, table, 0, SOCIAL, "")
    planner.act_save.trigger()
    assert path.read_bytes() == original

    spare = table.rowCount() - 1  # the empty row at the end, to type a new touchpoint into
    for col, text in ((0, "Kunde deler billeder fra stranden"), (1, "under"), (SOCIAL, "#mytravelmallorca")):
        type_cell(qtbot, table, spare, col, text)
    planner.act_save.trigger()
    new = load_session(path).journey_template("mallorca").touchpoints[-1]
    assert (new.title, new.phase, new.social) == ("Kunde deler billeder fra stranden", "under", "#mytravelmallorca")
