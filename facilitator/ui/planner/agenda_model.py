"""The agenda as a table over the session document: one row per block, times computed.

Columns: start and end (planned, read-only), title, kind, duration, minimum, fixed start,
notes, and what is to be said about the row (a fixed start's gap or conflict, and every
problem `check` finds in the block's lines, in its own words). Edits go through the
planner (``window.edit``) so each is one undo step; the model only re-reads the document.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QByteArray, QCoreApplication, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from facilitator.core.session.plan_rules import fixed_start_notes, plan
from facilitator.core.timefmt import format_clock

START, END, TITLE, KIND, DURATION, MINIMUM, FIXED, NOTES, CHECK = range(9)
FIELDS = {TITLE: "title", KIND: "kind", DURATION: "duration", MINIMUM: "min_duration", FIXED: "start", NOTES: "notes"}
MIME = "application/x-facilitator-block"
KINDS = ("talk", "exercise", "break")
_WARN = QColor("#b3261e")
_GAP = QColor("#1f5fa8")



class AgendaModel(QAbstractTableModel):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        self._rows, self._plan, self._checks, self._ids = [], [], {}, []
        self.refresh()

    @property
    def doc(self):
        return self.window.doc

    # -- re-reading the document ---------------------------------------------------------

    def refresh(self) -> None:
        rows = self.doc.rows() if self.doc else []
        ids = [r.id for r in rows]
        same_shape = ids == self._ids
        if not same_shape:
            self.beginResetModel()
        self._rows, self._ids = rows, ids
        self._plan = plan(self.doc.day_start() if self.doc else None, rows)
        self._checks = self._row_checks()
        if same_shape:
            if rows:  # keep an open editor: only the cells change
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, CHECK))
        else:
            self.endResetModel()

    def _row_checks(self) -> dict[int, list[tuple[str, str]]]:
        out: dict[int, list[tuple[str, str]]] = {}
        if not self.doc:
            return out
        clock = lambda m: format_clock(m, self.window.ui_lang)  # noqa: E731
        for note in fixed_start_notes(self.doc.day_start(), self._rows):
            if note.kind == "gap":
                text = QCoreApplication.translate("Planner", "{n} min free before {title} {time}").format(
                    n=note.minutes, title=note.title, time=clock(note.start))
            else:
                text = QCoreApplication.translate("Planner", "{before} runs {n} min into {title}").format(
                    before=note.before_title, n=note.minutes, title=note.title)
            out.setdefault(note.index, []).append((note.kind, text))
        for problem in self.doc.problems():
            row = self.doc.block_at_line(problem.line)
            if row is not None:
                out.setdefault(row, []).append(("problem", QCoreApplication.translate("Planner", "Line {line}: {message}").format(
                    line=problem.line, message=problem.message)))
        return out

    def check_texts(self, row: int) -> list[str]:
        return [text for _, text in self._checks.get(row, [])]

    # -- the table -----------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else CHECK + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return [QCoreApplication.translate("Planner", "Start"), QCoreApplication.translate("Planner", "End"), QCoreApplication.translate("Planner", "Title"), QCoreApplication.translate("Planner", "Kind"), QCoreApplication.translate("Planner", "Duration"), QCoreApplication.translate("Planner", "Minimum"),
                QCoreApplication.translate("Planner", "Fixed start"), QCoreApplication.translate("Planner", "Notes"), QCoreApplication.translate("Planner", "Check")][section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            planned = self._plan[index.row()]
            lang = self.window.ui_lang
            return {
                START: format_clock(planned.start // 60, lang) + ("*" if row.fixed_start is not None else ""),
                END: format_clock(planned.end // 60, lang),
                TITLE: row.title, KIND: self._kind_text(row.kind) if role == Qt.ItemDataRole.DisplayRole else row.kind,
                DURATION: row.duration_text, MINIMUM: row.min_duration_text, FIXED: row.start_text,
                NOTES: " ".join(row.notes.split()) if role == Qt.ItemDataRole.DisplayRole else row.notes,
                CHECK: "  ".join(self.check_texts(index.row())),
            }[col]
        if role == Qt.ItemDataRole.ToolTipRole and col in (CHECK, START, TITLE):
            return "\n".join(self.check_texts(index.row())) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            kinds = {k for k, _ in self._checks.get(index.row(), [])}
            if col == CHECK or (col in (START, FIXED) and kinds & {"conflict", "problem"}):
                if kinds & {"conflict", "problem"}:
                    return QBrush(_WARN)
                if "gap" in kinds:
                    return QBrush(_GAP)
        return None

    @staticmethod
    def _kind_text(kind: str) -> str:
        return {"talk": QCoreApplication.translate("Planner", "talk"), "exercise": QCoreApplication.translate("Planner", "exercise"), "break": QCoreApplication.translate("Planner", "break")}.get(kind, kind)

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in FIELDS:
            return False
        row = self._rows[index.row()]
        name = FIELDS[index.column()]
        value = "" if value is None else str(value)
        if name in ("duration", "min_duration", "start"):
            value = value.strip()
        old = {"title": row.title, "kind": row.kind, "duration": row.duration_text,
               "min_duration": row.min_duration_text, "start": row.start_text, "notes": row.notes}[name]
        if value == old:
            return False
        self.window.edit(QCoreApplication.translate("Planner", "Change {field} of {block}").format(field=self.headerData(
            index.column(), Qt.Orientation.Horizontal), block=row.title or row.id),
            lambda doc: doc.set_block_field(row.id, name, value), merge=(row.id, name))
        return True

    def block_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, block_id: str) -> int | None:
        return self._ids.index(block_id) if block_id in self._ids else None

    def row_data(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- drag and drop: a row dropped on another moves there --------------------------------

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self):
        return [MIME]

    def mimeData(self, indexes):
        rows = sorted({i.row() for i in indexes})
        data = QMimeData()
        if rows:
            data.setData(MIME, QByteArray(str(rows[0]).encode()))
        return data

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not data.hasFormat(MIME):
            return False
        source = int(bytes(data.data(MIME)).decode())
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        if target > source:
            target -= 1
        self.window.move_block(source, target)
        return False  # the model re-reads the document; Qt must not remove a row itself
