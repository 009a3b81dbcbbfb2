"""The agenda tab: the session's title, start and language, the blocks as a table, the
selected block's exercise, and every problem of the file."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from facilitator.core.session.plan_rules import day_end
from facilitator.core.timefmt import format_clock

from facilitator.ui.planner.button_actions import button_action
from facilitator.ui.planner import agenda_model as am
from facilitator.ui.planner.exercise_panel import ExercisePanel
from facilitator.ui.planner.live_delegate import LiveDelegate


class AgendaTab(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        self.model = am.AgendaModel(window, self)
        self.title = QLineEdit()
        self.title.textEdited.connect(lambda t: self._session_field("title", t))
        self.start = QLineEdit()
        self.start.setPlaceholderText("09:00")
        self.start.textEdited.connect(lambda t: self._session_field("start", t.strip()))
        self.language = QComboBox()
        self.language.addItem(self.tr("Danish"), "da")
        self.language.addItem(self.tr("English"), "en")
        self.language.activated.connect(lambda _: self._session_field("language", self.language.currentData()))
        self.day = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        starts = QHBoxLayout()
        starts.addWidget(self.start)
        starts.addWidget(QLabel(self.tr("Content in:")))
        starts.addWidget(self.language)
        starts.addWidget(self.day, 1)
        start_label = QLabel(self.tr("&Day starts:"))
        start_label.setBuddy(self.start)
        form.addRow(start_label, starts)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(LiveDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((am.START, 64), (am.END, 56), (am.TITLE, 260), (am.KIND, 80), (am.DURATION, 72),
                           (am.MINIMUM, 72), (am.FIXED, 80), (am.NOTES, 200)):
            self.table.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_block())

        self.buttons = QHBoxLayout()
        self._make_actions()
        self.exercise = ExercisePanel(window)
        self.problems = QListWidget()
        self.problems.itemActivated.connect(self._go_to_problem)
        self.problems.setWordWrap(True)
        problems_label = QLabel(self.tr("P&roblems (as facilitator check reports them):"))
        problems_label.setBuddy(self.problems)
        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(self.exercise)
        side = QWidget()
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 0)
        side_lay.addWidget(problems_label)
        side_lay.addWidget(self.problems)
        below.addWidget(side)
        below.setSizes([700, 400])
        top = QWidget()
        top_lay = QVBoxLayout(top)
        top_lay.setContentsMargins(0, 0, 0, 0)
        top_lay.addLayout(form)
        top_lay.addWidget(self.table, 1)
        top_lay.addLayout(self.buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(below)
        split.setSizes([480, 320])
        lay = QVBoxLayout(self)
        lay.addWidget(split)
        window.changed.connect(self.refresh)
        window.opened.connect(lambda: self.table.selectRow(0))

    def _make_actions(self) -> None:
        action = partial(button_action, self, self.table, self.buttons)

        action("act_insert_before", self.tr("Insert before"), lambda: self.insert(0), ["Ctrl+Shift+I"])
        action("act_insert_after", self.tr("Insert after"), lambda: self.insert(1), ["Ctrl+I"])
        action("act_duplicate", self.tr("Duplicate"), self.duplicate, ["Ctrl+D"])
        action("act_delete", self.tr("Delete"), self.delete, ["Del", "Ctrl+Backspace"])
        action("act_move_up", self.tr("Move up"), lambda: self.move(-1), ["Ctrl+Up", "Alt+Up"])
        action("act_move_down", self.tr("Move down"), lambda: self.move(1), ["Ctrl+Down", "Alt+Down"])
        self.buttons.addStretch(1)
        for a in (self.act_insert_before, self.act_insert_after, self.act_duplicate, self.act_delete,
                  self.act_move_up, self.act_move_down):
            self.window.edit_menu.addAction(a)

    # -- the selected block -------------------------------------------------------------------

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def current_id(self) -> str | None:
        return self.model.block_id(self.current_row())

    def select_block(self, block_id: str) -> None:
        row = self.model.row_of(block_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, am.TITLE))

    def insert(self, offset: int) -> None:
        row = self.current_row()
        ids = self.window.doc.block_ids()
        after = None
        if ids:
            at = row if row >= 0 else len(ids) - 1
            after = ids[at] if offset else (ids[at - 1] if at > 0 else None)
        new = self.window.edit(self.tr("Insert a block"),
                               lambda d: d.add_block(after, title=self.tr("New block"), kind="talk", duration="15m"))
        if new:
            self.select_block(new)
            self.table.edit(self.model.index(self.model.row_of(new), am.TITLE))

    def duplicate(self) -> None:
        block_id = self.current_id()
        if block_id:
            new = self.window.edit(self.tr("Duplicate {block}").format(block=block_id),
                                   lambda d: d.duplicate_block(block_id))
            if new:
                self.select_block(new)

    def delete(self) -> None:
        block_id, row = self.current_id(), self.current_row()
        if block_id:
            self.window.edit(self.tr("Delete {block}").format(block=block_id), lambda d: d.remove_block(block_id))
            if self.model.rowCount():
                self.table.selectRow(min(row, self.model.rowCount() - 1))

    def move(self, step: int) -> None:
        row = self.current_row()
        block_id = self.current_id()
        if block_id is None or not 0 <= row + step < self.model.rowCount():
            return
        self.window.move_block(row, row + step)
        self.select_block(block_id)

    # -- showing -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        doc = self.window.doc
        if doc is None:
            return
        current = self.current_id()
        self.model.refresh()
        if current and self.model.row_of(current) is not None and self.current_id() != current:
            self.select_block(current)
        for edit, value in ((self.title, doc.field("title")), (self.start, doc.field("start"))):
            if not edit.hasFocus() and edit.text() != (value or ""):
                edit.setText(value or "")
        self.language.setCurrentIndex(max(0, self.language.findData(doc.language)))
        rows = doc.rows()
        lang = self.window.ui_lang
        start = doc.day_start()
        if start is None:
            self.day.setText(self.tr("The day's start is not a clock time."))
        else:
            text = (self.tr("1 block · the day runs {start}–{end}") if len(rows) == 1
                    else self.tr("{n} blocks · the day runs {start}–{end}"))
            self.day.setText(text.format(
                n=len(rows), start=format_clock(start, lang), end=format_clock(day_end(start, rows) // 60, lang)))
        self.problems.clear()
        for problem in doc.problems():
            item = QListWidgetItem(self.tr("Line {line}: {message}").format(line=problem.line, message=problem.message))
            item.setData(Qt.ItemDataRole.UserRole, problem.line)
            self.problems.addItem(item)
        for warning in doc.warnings():  # the day runs all the same; check warns about these
            item = QListWidgetItem(self.tr("Warning, line {line}: {message}").format(
                line=warning.line, message=warning.message))
            item.setData(Qt.ItemDataRole.UserRole, warning.line)
            self.problems.addItem(item)
        if not doc.problems() and not doc.warnings():
            self.problems.addItem(self.tr("No problems: facilitator check passes this plan."))
        self._show_block()

    def _show_block(self) -> None:
        self.exercise.show_block(self.current_id())

    def _go_to_problem(self, item) -> None:
        line = item.data(Qt.ItemDataRole.UserRole)
        row = self.window.doc.block_at_line(line) if line else None
        if row is not None:
            self.table.selectRow(row)
            self.table.setFocus()

    def _session_field(self, name: str, value: str) -> None:
        self.window.edit(self.tr("Change the session's {field}").format(field=name),
                         lambda d: d.set_session_field(name, value), merge=("session", name))
