"""Driving the planner's widgets from a test: type into a table cell, answer a dialog."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit


def type_cell(qtbot, view, row: int, col: int, text: str) -> None:
    """Select the cell, open its editor with F2, replace the text, press Enter."""
    index = view.model().index(row, col)
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not view and editor is not None, "no cell editor opened"
    if isinstance(editor, QComboBox):
        qtbot.keyClicks(editor, text)
        editor.activated.emit(editor.currentIndex())
    else:
        qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def type_line(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def answer_dialog(qtbot, fill) -> None:
    """Run fill(dialog) on the next modal dialog once it is up (call before opening it)."""
    def attempt():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(0, attempt)
            return
        try:
            fill(dialog)
        except BaseException:
            dialog.reject()  # a failing fill must not leave the test waiting on the dialog
            raise

    QTimer.singleShot(0, attempt)
