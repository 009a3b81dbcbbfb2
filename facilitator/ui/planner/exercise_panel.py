"""The selected block's exercise: title, duration, prompt, journey template, the phases with
their sum against the block, and the exercise card as the wall will show it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from facilitator.core.timefmt import format_minutes, parse_duration

PHASE_FIELDS = ("title", "duration", "prompt")


class ExercisePanel(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        self.block_id: str | None = None
        self._filling = False
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # the block's title as typed, not HTML
        self.add_button = QPushButton(self.tr("Add an e&xercise to this block"))
        self.add_button.clicked.connect(self.add_exercise)
        self.title = QLineEdit()
        self.title.textEdited.connect(lambda t: self._field("title", t))
        self.duration = QLineEdit()
        self.duration.textEdited.connect(lambda t: self._field("duration", t.strip()))
        self.prompt = QLineEdit()
        self.prompt.textEdited.connect(lambda t: self._field("prompt", t))
        self.template = QComboBox()
        self.template.activated.connect(lambda _: self._field("journey_template", self.template.currentData() or ""))
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Exercise &title:"), self.title)
        form.addRow(self.tr("Exercise &duration:"), self.duration)
        form.addRow(self.tr("&Prompt:"), self.prompt)
        form.addRow(self.tr("Journey &template:"), self.template)
        self.phases = QTableWidget(0, 3)
        self.phases.setHorizontalHeaderLabels([self.tr("Phase"), self.tr("Duration"), self.tr("Prompt")])
        self.phases.horizontalHeader().setStretchLastSection(True)
        self.phases.setColumnWidth(0, 200)
        self.phases.itemChanged.connect(self._phase_changed)
        from facilitator.ui.planner.live_delegate import LiveDelegate

        self.phases.setItemDelegate(LiveDelegate(self.phases))
        self.sum = QLabel()
        buttons = QHBoxLayout()
        for name, text, slot in (("add_phase_button", self.tr("Add p&hase"), self.add_phase),
                                 ("remove_phase_button", self.tr("Remove phase"), self.remove_phase),
                                 ("phase_up_button", self.tr("Phase up"), lambda: self.move_phase(-1)),
                                 ("phase_down_button", self.tr("Phase down"), lambda: self.move_phase(1))):
            b = QPushButton(text)
            b.clicked.connect(slot)
            setattr(self, name, b)
            buttons.addWidget(b)
        buttons.addWidget(self.sum, 1)
        from facilitator.ui.runner.exercise_card import ExerciseCard

        self.card = ExerciseCard()
        self.card.setMinimumSize(320, 180)
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.add_button)
        left.addWidget(self.form)
        left.addWidget(self.phases, 1)
        left.addLayout(buttons)
        lay = QHBoxLayout(self)
        lay.addLayout(left, 3)
        lay.addWidget(self.card, 2)
        self.show_block(None)

    # -- showing -----------------------------------------------------------------------------

    def _exercise(self) -> dict | None:
        doc = self.window.doc
        if doc is None or self.block_id is None:
            return None
        try:
            row = doc.rows()[doc.block_index(self.block_id)]
        except Exception:  # noqa: BLE001 -- the block went away in an edit
            return None
        return row.exercises[0] if row.exercises else None

    def show_block(self, block_id: str | None) -> None:
        self.block_id = block_id
        doc = self.window.doc
        ex = self._exercise()
        has_block = block_id is not None and doc is not None
        self.add_button.setVisible(has_block and ex is None)
        for w in (self.form, self.phases, self.add_phase_button, self.remove_phase_button, self.phase_up_button,
                  self.phase_down_button, self.sum, self.card):
            w.setVisible(ex is not None)
        if not has_block:
            self.heading.setText(self.tr("Select a block to see its exercise."))
            return
        row = doc.rows()[doc.block_index(block_id)]
        if ex is None:
            self.heading.setText(self.tr("'{block}' has no exercise.").format(block=row.title))
            return
        self.heading.setText(self.tr("Exercise of '{block}'").format(block=row.title))
        self._filling = True
        for edit, name in ((self.title, "title"), (self.duration, "duration"), (self.prompt, "prompt")):
            value = " ".join(str(ex.get(name) or "").split()) if name == "prompt" else str(ex.get(name) or "")
            if not edit.hasFocus():
                edit.setText(value)
        self.template.clear()
        self.template.addItem(self.tr("(none)"), "")
        for tpl in doc.field("journey_templates") or []:
            if isinstance(tpl, dict) and tpl.get("id"):
                self.template.addItem(str(tpl.get("title") or tpl["id"]), tpl["id"])
        self.template.setCurrentIndex(max(0, self.template.findData(ex.get("journey_template") or "")))
        phases = [p for p in ex.get("phases") or [] if isinstance(p, dict)]
        self.phases.setRowCount(len(phases))
        for i, phase in enumerate(phases):
            for col, name in enumerate(PHASE_FIELDS):
                text = " ".join(str(phase.get(name) or "").split())
                item = self.phases.item(i, col)
                if item is None:  # items are kept: one may be mid-edit when the plan changes
                    self.phases.setItem(i, col, QTableWidgetItem(text))
                elif item.text() != text:
                    item.setText(text)
        self._filling = False
        self._show_sum(ex, phases, row)
        self._preview(ex, phases)

    def _show_sum(self, ex, phases, row) -> None:
        total = sum(_seconds(p.get("duration")) for p in phases)
        exercise = _seconds(ex.get("duration"))
        text = self.tr("Phases {sum} of the exercise's {exercise}; block {block}").format(
            sum=format_minutes(total), exercise=format_minutes(exercise), block=format_minutes(row.duration or 0))
        over = total > exercise or exercise > (row.duration or 0)
        self.sum.setText(text + ("  ⚠" if over else ""))
        self.sum.setStyleSheet("color: #b3261e;" if over else "")

    def _preview(self, ex, phases) -> None:
        first = phases[0] if phases else None
        phase = ""
        if first:
            phase = self.tr("Phase 1 of {n}: {title}").format(n=len(phases), title=first.get("title") or "")
        prompt = (first or {}).get("prompt") or ex.get("prompt") or ""
        seconds = _seconds(first.get("duration")) if first else _seconds(ex.get("duration"))
        self.card.show_planned(str(ex.get("title") or ""), phase, " ".join(str(prompt).split()), seconds)

    # -- editing -----------------------------------------------------------------------------

    def _field(self, name: str, value: str) -> None:
        if self._filling or self.block_id is None:
            return
        block = self.block_id
        self.window.edit(self.tr("Change the exercise's {field}").format(field=name),
                         lambda d: d.set_exercise_field(block, name, value), merge=(block, "exercise", name))

    def add_exercise(self) -> None:
        block = self.block_id
        if block:
            self.window.edit(self.tr("Add an exercise"), lambda d: d.add_exercise(block))

    def _phase_changed(self, item) -> None:
        if self._filling or self.block_id is None:
            return
        block, row, name = self.block_id, item.row(), PHASE_FIELDS[item.column()]
        value = item.text().strip() if name == "duration" else item.text()
        self.window.edit(self.tr("Change a phase"), lambda d: d.set_phase_field(block, row, name, value))

    def add_phase(self) -> None:
        block = self.block_id
        if block:
            self.window.edit(self.tr("Add a phase"), lambda d: d.add_phase(block, title=self.tr("New phase"),
                                                                          duration="5m"))
            self.phases.setCurrentCell(self.phases.rowCount() - 1, 0)

    def remove_phase(self) -> None:
        row, block = self.phases.currentRow(), self.block_id
        if block and row >= 0:
            self.window.edit(self.tr("Remove a phase"), lambda d: d.remove_phase(block, row))

    def move_phase(self, step: int) -> None:
        row, block = self.phases.currentRow(), self.block_id
        if block and 0 <= row + step < self.phases.rowCount():
            self.window.edit(self.tr("Move a phase"), lambda d: d.move_phase(block, row, row + step))
            self.phases.setCurrentCell(row + step, 0)


def _seconds(value) -> int:
    try:
        return parse_duration(value) if isinstance(value, str) else 0
    except ValueError:
        return 0
