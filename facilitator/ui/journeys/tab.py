"""One group's tab: the journey's title, persona and scenario above its board.

A tab is made empty and filled by build(): the editor fills the tab on screen at once and the
others one per event-loop turn (editor_window.py), so thirty groups and a 2 MB journey never
hold the countdown on the wall."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from facilitator.ui.journeys.board import JourneyBoard
from facilitator.ui.journeys.undo import EditJourney


class JourneyTab(QWidget):
    def __init__(self, book, journey_id: str, undo_stack, parent=None, build: bool = True):
        super().__init__(parent)
        self.book, self.jid, self.stack = book, journey_id, undo_stack
        self.fields: dict[str, QLineEdit] = {}
        self.board: JourneyBoard | None = None  # None until built
        if build:
            self.build()

    @property
    def built(self) -> bool:
        return self.board is not None

    def build(self) -> None:
        """The fields and the board, from the journey as it is now (edits made before are in it)."""
        if self.built or self.jid not in self.book.ids():  # a group deleted before its turn came
            return
        book, journey_id, undo_stack = self.book, self.jid, self.stack
        form = QFormLayout()
        form.setContentsMargins(8, 6, 8, 2)
        for name, label in (("title", self.tr("Journey")), ("persona", self.tr("Persona / stakeholder")),
                            ("scenario", self.tr("Scenario"))):
            edit = QLineEdit()
            edit.editingFinished.connect(lambda n=name: self._field_done(n))
            form.addRow(label, edit)
            self.fields[name] = edit
        self.board = JourneyBoard(book, journey_id, undo_stack)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.board)
        self.scroll.setWidgetResizable(False)
        # the lane labels are painted at the visible left edge, so a scroll must repaint, not blit
        self.scroll.horizontalScrollBar().valueChanged.connect(lambda _v: self.board.update())
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(form)
        box.addWidget(self.scroll, 1)
        book.changed.connect(self._on_changed)
        self._load_fields()

    def _load_fields(self) -> None:
        j = self.book.journey(self.jid)
        for name, edit in self.fields.items():
            if edit.text() != getattr(j, name):
                edit.setText(getattr(j, name))

    def _on_changed(self, journey_id, _select) -> None:
        if journey_id == self.jid and self.jid in self.book.ids():
            self._load_fields()

    def _field_done(self, name: str) -> None:
        value = self.fields[name].text()
        if self.jid in self.book.ids() and getattr(self.book.journey(self.jid), name) != value:
            self.stack.push(EditJourney(self.book, self.jid, name, value))
