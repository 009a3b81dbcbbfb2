"""A list of things (platforms, journey templates) with a form for the selected one: the
shared frame of the platforms and templates tabs."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout, QInputDialog, QLabel, QListWidget, QListWidgetItem, QPushButton, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)


class ListEditor(QWidget):
    part = ""  # the session's list: "platforms" or "journey_templates"
    label_field = "name"

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        self._filling = False
        self.items = QListWidget()
        self.items.currentRowChanged.connect(lambda _: self._fill())
        self.add_button = QPushButton(self.tr("&New…"))
        self.add_button.clicked.connect(lambda: self.add())
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        left = QWidget()
        l = QVBoxLayout(left)
        heading = QLabel(self.list_label())
        heading.setBuddy(self.items)
        l.addWidget(heading)
        l.addWidget(self.items, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        l.addLayout(row)
        self.form = QWidget()
        self.build_form(QVBoxLayout(self.form))
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.form)
        split.setSizes([260, 900])
        QVBoxLayout(self).addWidget(split)
        window.changed.connect(self.refresh)

    # -- for the subclass ----------------------------------------------------------------------
    def list_label(self) -> str:
        return ""

    def build_form(self, layout) -> None:
        raise NotImplementedError

    def fill(self, data: dict) -> None:
        raise NotImplementedError

    def create(self, doc, title: str) -> str:
        raise NotImplementedError

    def set_field(self, doc, item_id: str, name: str, value) -> None:
        raise NotImplementedError

    def remove_item(self, doc, item_id: str) -> None:
        raise NotImplementedError

    # -- shared ----------------------------------------------------------------------------------
    def data(self) -> list[dict]:
        items = self.window.doc.field(self.part) if self.window.doc else None
        return [i for i in items or [] if isinstance(i, dict)]

    def item_id(self) -> str | None:
        item = self.items.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def current(self) -> dict | None:
        wanted = self.item_id()
        return next((d for d in self.data() if d.get("id") == wanted), None)

    def refresh(self) -> None:
        current = self.item_id()
        self.items.blockSignals(True)
        self.items.clear()
        for d in self.data():
            item = QListWidgetItem(str(d.get(self.label_field) or d.get("id") or "?"))
            item.setData(Qt.ItemDataRole.UserRole, d.get("id"))
            self.items.addItem(item)
            if d.get("id") == current:
                self.items.setCurrentItem(item)
        if self.items.currentRow() < 0 and self.items.count():
            self.items.setCurrentRow(0)
        self.items.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        data = self.current()
        self.form.setEnabled(data is not None)
        self._filling = True
        try:
            self.fill(data or {})
        finally:
            self._filling = False

    def add(self, title: str | None = None) -> str | None:
        if title is None:
            title, ok = QInputDialog.getText(self, self.tr("New"), self.tr("Name:"))
            if not ok or not title.strip():
                return None
        new = self.window.edit(self.tr("Add {name}").format(name=title), lambda d: self.create(d, title.strip()))
        if new:
            for i in range(self.items.count()):
                if self.items.item(i).data(Qt.ItemDataRole.UserRole) == new:
                    self.items.setCurrentRow(i)
        return new

    def remove(self) -> None:
        item_id = self.item_id()
        if item_id:
            self.window.edit(self.tr("Remove {name}").format(name=item_id), lambda d: self.remove_item(d, item_id))

    def change(self, name: str, value, merge: bool = True) -> None:
        item_id = self.item_id()
        if self._filling or item_id is None:
            return
        self.window.edit(self.tr("Change {field}").format(field=name),
                         lambda d: self.set_field(d, item_id, name, value),
                         merge=(self.part, item_id, name) if merge else None)


def table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.horizontalHeader().setStretchLastSection(True)
    t.setTabKeyNavigation(True)
    return t


def fill_table(t: QTableWidget, rows: list[list[str]], spare: int = 1) -> None:
    t.blockSignals(True)
    t.setRowCount(len(rows) + spare)  # an empty row at the end to type a new one into
    for r in range(t.rowCount()):
        for c in range(t.columnCount()):
            value = rows[r][c] if r < len(rows) else ""
            text = "" if value is None else str(value)
            item = t.item(r, c)
            if item is None:  # kept when there: one may be mid-edit when the plan changes
                t.setItem(r, c, QTableWidgetItem(text))
            elif item.text() != text:
                item.setText(text)
    t.blockSignals(False)


def table_rows(t: QTableWidget) -> list[list[str]]:
    out = []
    for r in range(t.rowCount()):
        cells = [(t.item(r, c).text().strip() if t.item(r, c) else "") for c in range(t.columnCount())]
        if any(cells):
            out.append(cells)
    return out
