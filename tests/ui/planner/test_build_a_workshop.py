"""Done when: a 7-block English workshop is built from the start page with the planner's widgets
only (a fixed start, an exercise in three phases, a figures slide with a source, a journey
template); the saved file passes `check` and `agenda` shows the planned times."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QInputDialog, QLineEdit, QPlainTextEdit, QTableWidget

from cli_helpers import run_cli
from planner_helpers import answer_dialog, type_cell, type_line

from facilitator.ui.planner import agenda_model as am


def test_build_a_seven_block_english_workshop(qtbot, planner, tmp_path, monkeypatch):
    w = planner
    start = w.start_page
    start.language.setCurrentIndex(start.language.findData("en"))
    qtbot.mouseClick(start.new_blank, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.tabs
    agenda = w.agenda_tab
    table = agenda.table
    type_line(qtbot, agenda.title, "Customer journeys in practice")

    # welcome 15m, exercise, break, wrap-up -> add three blocks after the break
    assert w.doc.block_ids() == ["welcome", "exercise", "break", "wrap-up"]
    table.selectRow(2)
    for title, kind, duration in (("Inspiration talk", "talk", "30m"), ("Lunch", "break", "45m"),
                                  ("Report back", "exercise", "30m")):
        agenda.act_insert_after.trigger()
        row = agenda.current_row()
        type_cell(qtbot, table, row, am.TITLE, title)
        type_cell(qtbot, table, row, am.KIND, kind)
        type_cell(qtbot, table, row, am.DURATION, duration)
    titles = lambda: [agenda.model.index(r, am.TITLE).data() for r in range(agenda.model.rowCount())]  # noqa: E731
    assert titles() == ["Welcome", "Exercise", "Break", "Inspiration talk", "Lunch", "Report back", "Wrap-up"]
    lunch = titles().index("Lunch")
    type_cell(qtbot, table, lunch, am.FIXED, "11:30")
    assert agenda.model.index(lunch, am.START).data() == "11:30*"
    assert "60 min free before Lunch 11:30" in agenda.model.index(lunch, am.CHECK).data()

    # the exercise: 45 minutes in three phases
    ex_row = agenda.model.row_of("exercise")
    type_cell(qtbot, table, ex_row, am.TITLE, "Journey mapping")
    type_cell(qtbot, table, ex_row, am.DURATION, "45m")
    assert "45 min free before Lunch 11:30" in agenda.model.index(lunch, am.CHECK).data()  # recomputed
    table.selectRow(ex_row)
    panel = agenda.exercise
    type_line(qtbot, panel.title, "Journey mapping")
    type_line(qtbot, panel.duration, "45m")
    qtbot.mouseClick(panel.add_phase_button, Qt.MouseButton.LeftButton)
    assert panel.phases.rowCount() == 3
    for col, text in ((0, "Present the maps"), (1, "15m")):
        item = panel.phases.item(2, col)
        panel.phases.setCurrentItem(item)
        panel.phases.editItem(item)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "Phases 45 min of the exercise's 45 min" in panel.sum.text()
    assert panel.card.title.text() == "Journey mapping"

    # a journey template with two phases and a touchpoint, used by the exercise
    templates = w.templates_tab
    w.tabs.setCurrentWidget(templates)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Booking a trip", True))
    qtbot.mouseClick(templates.add_button, Qt.MouseButton.LeftButton)
    type_line(qtbot, templates.persona, "A family of four")
    for table_widget, rows in ((templates.phases, [["before", "Before the trip"], ["during", "On the trip"]]),
                               (templates.touchpoints, [["Books online", "before", "Web", "us", "Our shop"]])):
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table_widget.item(r, c).setText(text)  # typing into a cell ends in setText
    w.tabs.setCurrentWidget(agenda)
    table.selectRow(agenda.model.row_of("exercise"))
    panel.template.setCurrentIndex(panel.template.findData("booking-a-trip"))
    panel.template.activated.emit(panel.template.currentIndex())

    # a figures slide with a source on the inspiration talk
    slides = w.slides_tab
    w.tabs.setCurrentWidget(slides)
    slides.blocks.setCurrentRow(titles().index("Inspiration talk"))

    def fill(dialog):
        dialog.findChild(QLineEdit, "title").setText("Who books online")
        figures = dialog.findChild(QTableWidget, "figures")
        for c, text in enumerate(("62", "book their trips online", "%", "Statistics Denmark 2024")):
            figures.item(0, c).setText(text) if figures.item(0, c) else figures.setItem(0, c, __import__(
                "PySide6.QtWidgets", fromlist=["QTableWidgetItem"]).QTableWidgetItem(text))
        dialog.findChild(QLineEdit, "source").setText("Statistics Denmark")
        dialog.findChild(QPlainTextEdit, "notes").setPlainText("Ask who booked their last trip online.")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    answer_dialog(qtbot, fill)
    slides.add_actions["figures"].trigger()
    assert slides.slides.count() == 1 and slides.slides.item(0).icon().isNull() is False

    # no problems; save with Ctrl+S (Save as… for a new file)
    assert w.doc.problems() == []
    path = tmp_path / "journeys.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    w.act_save.trigger()
    assert path.exists() and not w.doc.modified

    check = run_cli("check", str(path))
    assert check.code == 0, check.err
    assert "7 blocks, 09:00–13:00" in check.out
    agenda_out = run_cli("agenda", str(path)).out
    lines = agenda_out.splitlines()
    assert any(l.startswith("11:30*") and "Lunch" in l for l in lines)
    assert any(l.startswith("12:15") and "Report back" in l for l in lines)
    assert any("Present the maps" in l for l in lines)
    text = path.read_text(encoding="utf-8")
    assert "source: Statistics Denmark 2024" in text and "journey_template: booking-a-trip" in text
