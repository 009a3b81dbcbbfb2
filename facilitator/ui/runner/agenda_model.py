"""AgendaModel: DayState.blocks as a list model for the presenter's agenda view.

Each row: planned start (a fixed start marked 16.50*, as on the handout), projected
start, state word, title. The current block is bold and highlighted; done and skipped
blocks are dimmed. A fixed start the blocks before it overrun is marked with a warning
sign and the minutes, in words as well as colour; its tooltip names the block that
has to give.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from facilitator.core.day.emphasis import agenda_status
from facilitator.ui import texts

STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
PLANNED_ROLE = Qt.ItemDataRole.UserRole + 2
PROJECTED_ROLE = Qt.ItemDataRole.UserRole + 3
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 4  # the conflict's words, or ""
_CONFLICT = "#b35c00"


def _status_word(status: str) -> str:
    return {
        "done": QCoreApplication.translate("Runner", "done"),
        "now": QCoreApplication.translate("Runner", "now"),
        "next": QCoreApplication.translate("Runner", "next"),
        "skipped": QCoreApplication.translate("Runner", "skipped"),
        "later": "",
    }.get(status, status)


class AgendaModel(QAbstractListModel):
    def __init__(self, lang: str = "da", parent=None):
        super().__init__(parent)
        self.lang = lang
        self._rows: list[tuple] = []  # (status, planned, projected, title, late minutes, conflict)
        self._shown = None  # (blocks, started, conflicts) the rows were made from
        self._planned_text: dict[float, str] = {}  # planned start -> its clock time

    def set_state(self, state) -> None:
        """Rows are made again only when what they show may have changed: the engine hands
        over the same blocks while a block counts down within its time, so a second does
        not cost a pass over a long day's agenda."""
        shown = (state.blocks, state.started, state.conflicts)
        if self._shown is not None and shown[0] is self._shown[0] and shown[1:] == self._shown[1:]:
            return
        self._shown = shown
        conflicts = {c.fixed: c for c in state.conflicts}
        rows = [self._row(b, state, conflicts.get(b.index)) for b in state.blocks]
        if len(rows) != len(self._rows):
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        changed = [i for i, (a, b) in enumerate(zip(self._rows, rows)) if a != b]
        self._rows = rows
        if changed:  # the projected times move by the minute, not every second
            self.dataChanged.emit(self.index(changed[0]), self.index(changed[-1]))

    def _row(self, b, state, conflict) -> tuple:
        status = agenda_status(b, started=state.started)
        start = b.actual_start if b.actual_start is not None else b.projected_start
        mark = "*" if b.block.fixed_start is not None else ""
        words = "" if conflict is None else texts.conflict_text(conflict, state.blocks, self.lang)
        late = 0 if conflict is None else round(conflict.late_by / 60)
        planned = self._planned_text.get(b.planned_start)
        if planned is None:  # the planned times stay put all day; the moving ones are written anew
            planned = self._planned_text[b.planned_start] = texts.clock_text(b.planned_start, self.lang)
        return (status, planned + mark,
                texts.clock_text(start, self.lang) + mark, b.block.title, late, words)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        status, planned, projected, title, late, conflict = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            moved = f" → {projected}" if projected != planned else ""
            word = _status_word(status)
            warn = f"   ⚠ +{late} min" if late else ""
            return f"{planned}{moved}   {title}" + (f"   · {word}" if word else "") + warn
        if role == CONFLICT_ROLE:
            return conflict
        if role == Qt.ItemDataRole.ToolTipRole:
            return conflict or None
        if role == STATUS_ROLE:
            return status
        if role == PLANNED_ROLE:
            return planned
        if role == PROJECTED_ROLE:
            return projected
        if role == Qt.ItemDataRole.FontRole and status == "now":
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.BackgroundRole and status == "now":
            return QBrush(QColor("#d8f3e4"))
        if role == Qt.ItemDataRole.ForegroundRole:
            if conflict:
                return QBrush(QColor(_CONFLICT))
            if status == "now":
                return QBrush(QColor("#0b3d24"))
            if status in ("done", "skipped"):
                return QBrush(QColor("#808080"))
        return None
