"""A table delegate that commits a cell as it is typed (times recompute on every key), with
the agenda's kind column as a choice."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate

from facilitator.ui.planner import agenda_model as am


class LiveDelegate(QStyledItemDelegate):
    """Commits a cell as it is typed, so times and the day's end recompute on every key;
    the kind column of the agenda is a choice."""

    def createEditor(self, parent, option, index):
        if index.column() == am.KIND and isinstance(index.model(), am.AgendaModel):
            box = QComboBox(parent)
            for kind in am.KINDS:
                box.addItem(am.AgendaModel._kind_text(kind), kind)
            box.activated.connect(lambda _: self.commitData.emit(box))
            return box
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor, index):
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
            return
        if isinstance(editor, QLineEdit) and editor.hasFocus() and editor.isModified():
            return  # the text being typed stays as it is while the row re-reads
        super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
            return
        super().setModelData(editor, model, index)
