"""The journey board: touchpoints left to right under their phases, lanes top to bottom.

Click selects a cell, double-click / Enter / F2 edits it in place, a click in the feeling lane sets
the feeling. Insert adds, Delete deletes, Ctrl+D duplicates, Alt+Left/Right moves, drag the yellow
card to reorder. Every edit is a command on the shared QUndoStack."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QKeySequence, QPainter, QPen, QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QSizePolicy, QToolTip, QWidget

from facilitator.core.journeys.drop import drop_target
from facilitator.core.journeys.model import FEELING_MAX, FEELING_MIN, Touchpoint
from facilitator.core.journeys.words import new_phase_title

from facilitator.ui.journeys.cell_editor import CellEditor
from facilitator.ui.journeys.paint import SELECT, feeling_at, make_layout, owner_text, paint_journey
from facilitator.ui.journeys.undo import (
    AddPhase, AddTouchpoint, DeletePhase, DeleteTouchpoint, DuplicateTouchpoint, EditTouchpoint, MovePhase,
    MoveTouchpoint, RenamePhase, StepTouchpoint,
)

MIME = "application/x-facilitator-touchpoint"


class _PhaseTitleEdit(QLineEdit):
    """A phase heading being renamed: Enter keeps, Esc puts the old title back. Both keys stop
    here -- a QLineEdit passes Enter on, and the board would take it as "edit the selected card"."""

    def __init__(self, title: str, parent):
        super().__init__(title, parent)
        self.old = title

    def keyPressEvent(self, e):
        if e.key() == Qt.Key_Escape:
            self.setText(self.old)
            self.editingFinished.emit()
        else:
            super().keyPressEvent(e)
        if e.key() in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Escape):
            e.accept()


class JourneyBoard(QWidget):
    selection_changed = Signal(object)  # touchpoint index or None
    notice = Signal(str)  # a line for the status bar (where a deleted phase's touchpoints went)

    def __init__(self, book, journey_id: str, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.book, self.jid, self.stack = book, journey_id, undo_stack
        self.current: int | None = None
        self.phase_focus: str | None = None  # the phase the phase actions work on
        self.lane = "touchpoint"
        self.editor: CellEditor | None = None
        self._press: QPoint | None = None
        self._drop_x: float | None = None
        self.setFocusPolicy(Qt.StrongFocus)
        self.setAcceptDrops(True)
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        self.setAccessibleName(self.tr("Journey board"))
        book.changed.connect(self._on_changed)
        self.relayout()

    # ------------------------------------------------------------ state
    @property
    def journey(self):
        return self.book.journey(self.jid)

    def relayout(self) -> None:
        self.layout_ = make_layout(self.journey)
        self.setFixedSize(int(self.layout_.width) + 2, int(self.layout_.height) + 2)

    def _on_changed(self, journey_id: str, select) -> None:
        if journey_id != self.jid or self.jid not in self.book.ids():
            return
        self.relayout()
        if select is not None:
            self.select(select)
        elif self.current is not None:  # same card again; the phase picked for the Phase menu stays
            self.select(self.current, follow_phase=False)
        self.update()

    def select(self, index: int | None, lane: str | None = None, follow_phase: bool = True) -> None:
        n = len(self.journey.touchpoints)
        self.current = None if index is None or n == 0 else max(0, min(index, n - 1))
        if self.current is not None and follow_phase:
            self.phase_focus = self.journey.touchpoints[self.current].phase
        if lane:
            self.lane = lane
        self.update()
        self.selection_changed.emit(self.current)
        col = self.layout_.col_of(self.current) if self.current is not None else None
        scroll = self._scroll_area()
        if col is not None and scroll is not None:
            y, h = self.layout_.lane_y[self.lane]
            scroll.ensureVisible(int(col.x + self.layout_.col_w / 2), int(y + h / 2),
                                 int(self.layout_.col_w / 2) + 10, int(h / 2) + 10)

    def _scroll_area(self):
        p = self.parent()
        while p is not None and not hasattr(p, "ensureVisible"):
            p = p.parent()
        return p

    # ------------------------------------------------------------ edits (all through the undo stack)
    def add_touchpoint(self, phase_id: str | None = None, index: int | None = None, title: str = "") -> int:
        if phase_id is None:
            cur = self.journey.touchpoints[self.current] if self.current is not None else None
            phase_id = cur.phase if cur else (self.journey.phases[0].id if self.journey.phases else "")
            index = self.current + 1 if cur else None
        self.stack.push(AddTouchpoint(self.book, self.jid, Touchpoint(title=title, phase=phase_id), index))
        return self.current

    def edit(self, index: int, name: str, value) -> None:
        if getattr(self.journey.touchpoints[index], name) != value:
            self.stack.push(EditTouchpoint(self.book, self.jid, index, name, value))

    def delete_selected(self) -> None:
        if self.current is not None:
            self.stack.push(DeleteTouchpoint(self.book, self.jid, self.current))

    def duplicate_selected(self) -> None:
        if self.current is not None:
            self.stack.push(DuplicateTouchpoint(self.book, self.jid, self.current))

    def step_selected(self, step: int) -> None:
        if self.current is not None:
            self.stack.push(StepTouchpoint(self.book, self.jid, self.current, step))

    # ------------------------------------------------------------ phases (all through the undo stack)
    def current_phase(self) -> str | None:
        """The phase last clicked, or the selected touchpoint's, or the first."""
        ids = [p.id for p in self.journey.phases]
        if self.phase_focus in ids:
            return self.phase_focus
        if self.current is not None and self.journey.touchpoints[self.current].phase in ids:
            return self.journey.touchpoints[self.current].phase
        return ids[0] if ids else None

    def add_phase(self, after: bool = True, phase_id: str | None = None) -> str:
        """A new phase next to phase_id (default: the current one), its heading open for typing."""
        ids = [p.id for p in self.journey.phases]
        pid = phase_id or self.current_phase()
        index = ids.index(pid) + (1 if after else 0) if pid in ids else len(ids)
        title = new_phase_title(self.book.language)  # journey content: the session's language
        cmd = AddPhase(self.book, self.jid, title, index)
        self.stack.push(cmd)
        self.phase_focus = cmd.phase.id
        self.edit_phase_title(cmd.phase.id)
        return cmd.phase.id

    def delete_phase(self, phase_id: str | None = None) -> None:
        pid = phase_id or self.current_phase()
        j = self.journey
        if pid is None or len(j.phases) < 2:  # the board needs a heading to add touchpoints under
            self.notice.emit(self.tr("A journey needs at least one phase."))
            return
        title = j.phase_title(pid)
        cmd = DeletePhase(self.book, self.jid, pid)
        self.stack.push(cmd)
        if cmd.removal.moved:
            self.notice.emit(self.tr("Phase “%1” deleted; its touchpoints are now in “%2”.")
                             .replace("%1", title).replace("%2", j.phase_title(cmd.removal.into)))

    def move_phase(self, step: int, phase_id: str | None = None) -> None:
        """Move left (-1) or right (+1); nothing happens at either end."""
        ids = [p.id for p in self.journey.phases]
        pid = phase_id or self.current_phase()
        if pid in ids and 0 <= ids.index(pid) + step < len(ids):
            self.stack.push(MovePhase(self.book, self.jid, pid, ids.index(pid) + step))
            self.phase_focus = pid

    def fill_phase_menu(self, menu: QMenu, phase_id: str | None = None) -> None:
        """The phase actions for phase_id (default: the current phase): the heading's context
        menu and the toolbar's Phase menu are the same list."""
        menu.clear()
        ids = [p.id for p in self.journey.phases]
        pid = phase_id or self.current_phase()
        if pid not in ids:
            return
        k = ids.index(pid)
        menu.addAction(self.tr("Add phase before"), lambda: self.add_phase(False, pid))
        menu.addAction(self.tr("Add phase after"), lambda: self.add_phase(True, pid))
        menu.addAction(self.tr("Rename phase"), lambda: self.edit_phase_title(pid))
        menu.addSeparator()
        menu.addAction(self.tr("Move phase left"), lambda: self.move_phase(-1, pid)).setEnabled(k > 0)
        menu.addAction(self.tr("Move phase right"), lambda: self.move_phase(1, pid)).setEnabled(k < len(ids) - 1)
        menu.addSeparator()
        menu.addAction(self.tr("Delete phase"), lambda: self.delete_phase(pid)).setEnabled(len(ids) > 1)

    def phase_at(self, pos: QPointF) -> str | None:
        """Id of the phase whose heading is under pos (None off the headings)."""
        lay = self._place_labels()
        if not lay.top <= pos.y() < lay.top + lay.phase_h or pos.x() < lay.label_x + lay.label_w:
            return None
        return next((ph[3] for ph in lay.phases if ph[0] <= pos.x() < ph[1] and ph[3]), None)

    def contextMenuEvent(self, e):
        pid = self.phase_at(QPointF(e.pos()))
        if pid is None:
            return super().contextMenuEvent(e)
        self.commit_editor()
        self.phase_focus = pid
        self.update()
        menu = QMenu(self)
        self.fill_phase_menu(menu, pid)
        menu.exec(e.globalPos())
        menu.deleteLater()

    # ------------------------------------------------------------ drag and drop
    def drop_target(self, src: int, x: float) -> tuple[int, str]:
        """Where a touchpoint dragged from src lands when dropped at x (core.journeys.drop decides)."""
        lay = self.layout_
        headings = [(x0, x1, pid) for x0, x1, _title, pid in lay.phases]
        cards = [(c.x + lay.col_w / 2, c.index, c.phase_id) for c in lay.cols if c.index is not None]
        return drop_target(self.journey, src, x, headings, cards)

    def drop_touchpoint(self, src: int, x: float) -> None:
        dst, phase = self.drop_target(src, x)
        tp = self.journey.touchpoints[src]
        if phase == tp.phase and dst == src:
            return
        self.stack.push(MoveTouchpoint(self.book, self.jid, src, dst, phase))

    def dragEnterEvent(self, e):
        if e.mimeData().hasFormat(MIME):
            e.acceptProposedAction()

    def dragMoveEvent(self, e):
        if e.mimeData().hasFormat(MIME):
            self._drop_x = e.position().x()
            self.update()
            e.acceptProposedAction()

    def dragLeaveEvent(self, e):
        self._drop_x = None
        self.update()

    def dropEvent(self, e):
        self._drop_x = None
        if e.mimeData().hasFormat(MIME):
            src = int(bytes(e.mimeData().data(MIME)).decode())
            self.drop_touchpoint(src, e.position().x())
            e.acceptProposedAction()

    # ------------------------------------------------------------ mouse
    def hit(self, pos: QPointF):
        """(column, lane) under pos, or (None, None)."""
        lay = self._place_labels()
        if lay.label_x <= pos.x() < lay.label_x + lay.label_w:
            return None, None  # on the lane labels
        lane = next((ln for ln, (y, h) in lay.lane_y.items() if y <= pos.y() < y + h), None)
        col = next((c for c in lay.cols
                    if c.x <= pos.x() < c.x + lay.col_width(c)), None)
        return col, lane

    def mousePressEvent(self, e):
        self.commit_editor()
        self.setFocus()
        pid = self.phase_at(e.position())
        if pid is not None:  # a heading picks the phase for the Phase menu
            self.phase_focus = pid
            self.update()
            return
        col, lane = self.hit(e.position())
        if col is None:
            return
        if col.index is None:  # a phase's "+" slot
            if e.button() == Qt.LeftButton:
                self.add_touchpoint(col.phase_id, index=None)
                self.edit_in_place(self.current, "touchpoint")
            return
        self.select(col.index, lane or self.lane)
        if lane == "feeling" and e.button() == Qt.LeftButton:
            self.edit(col.index, "feeling", feeling_at(self.layout_, e.position().y()))
        elif lane == "touchpoint":
            self._press = e.position().toPoint()

    def mouseMoveEvent(self, e):
        if self._press is None or self.current is None:
            return
        if (e.position().toPoint() - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        mime = QMimeData()
        mime.setData(MIME, str(self.current).encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.MoveAction)

    def mouseReleaseEvent(self, e):
        self._press = None

    def mouseDoubleClickEvent(self, e):
        lay = self.layout_
        if lay.top <= e.position().y() < lay.top + lay.phase_h:
            pid = self.phase_at(e.position())
            if pid is not None:
                self.edit_phase_title(pid)
            return
        col, lane = self.hit(e.position())
        if col is not None and col.index is not None and lane and lane != "feeling":
            self.edit_in_place(col.index, lane)

    def event(self, e):
        if e.type() == QEvent.ToolTip:  # the whole text of a cell the board had to cut short
            col, lane = self.hit(e.position() if hasattr(e, "position") else QPointF(e.pos()))
            text = self._cell_text(col, lane)
            if text:
                QToolTip.showText(e.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

    def _cell_text(self, col, lane) -> str:
        if col is None or col.index is None or lane in (None, "feeling"):
            return ""
        tp = self.journey.touchpoints[col.index]
        if lane == "owner":
            return owner_text(tp)
        if lane == "social":
            return tp.social + ("\n" + ", ".join(tp.platforms) if tp.platforms else "")
        return getattr(tp, "title" if lane == "touchpoint" else lane)

    # ------------------------------------------------------------ keyboard
    def keyPressEvent(self, e):
        key, mods = e.key(), e.modifiers()
        alt = bool(mods & Qt.AltModifier)
        lanes = list(self.layout_.lanes)
        if alt and key in (Qt.Key_Left, Qt.Key_Right):
            self.step_selected(-1 if key == Qt.Key_Left else 1)
        elif key in (Qt.Key_Left, Qt.Key_Right) and self.current is not None:
            self.select(self.current + (-1 if key == Qt.Key_Left else 1))
        elif key in (Qt.Key_Up, Qt.Key_Down):
            k = lanes.index(self.lane) + (-1 if key == Qt.Key_Up else 1)
            self.select(self.current, lanes[max(0, min(k, len(lanes) - 1))])
        elif key in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_F2) and self.current is not None:
            if self.lane != "feeling":
                self.edit_in_place(self.current, self.lane)
        elif key == Qt.Key_Insert or e.matches(QKeySequence.New):
            self.add_touchpoint()
            self.edit_in_place(self.current, "touchpoint")
        elif key == Qt.Key_Delete:
            self.delete_selected()
        elif key == Qt.Key_D and mods & Qt.ControlModifier:
            self.duplicate_selected()
        elif self.lane == "feeling" and self.current is not None and key in (Qt.Key_Plus, Qt.Key_Minus,
                                                                               Qt.Key_Backspace, Qt.Key_0):
            self._key_feeling(key)
        else:
            super().keyPressEvent(e)

    def _key_feeling(self, key) -> None:
        old = self.journey.touchpoints[self.current].feeling
        if key == Qt.Key_Backspace:
            new = None
        elif key == Qt.Key_0:
            new = 0
        else:
            new = max(FEELING_MIN, min(FEELING_MAX, (old or 0) + (1 if key == Qt.Key_Plus else -1)))
        self.edit(self.current, "feeling", new)

    # ------------------------------------------------------------ in-place editing
    def edit_in_place(self, index: int | None, lane: str) -> CellEditor | None:
        if index is None or lane == "feeling":
            return None
        self.commit_editor()
        self.select(index, lane)
        col = self.layout_.col_of(index)
        rect = self.layout_.lane_rect(lane, col).adjusted(1, 1, 0, 0).toRect()
        self.editor = CellEditor(self.journey.touchpoints[index], lane, self)
        self._edit_index = index
        self.editor.committed.connect(self._apply_edit)
        self.editor.finished.connect(self._editor_closed)
        self.editor.place(rect)
        return self.editor

    def edit_phase_title(self, phase_id: str) -> QLineEdit:
        """Rename a phase in place (double-click its heading): Enter keeps, Esc cancels."""
        self.commit_editor()
        x0, x1, title, _pid = next(ph for ph in self.layout_.phases if ph[3] == phase_id)
        line = _PhaseTitleEdit(title, self)
        line.setGeometry(int(x0) + 2, int(self.layout_.top) + 2, int(max(x1 - x0, 160)) - 4,
                         int(self.layout_.phase_h) - 4)

        def done():  # Enter or leaving the field (editingFinished covers both), once
            if not line.isVisible():
                return
            line.hide()
            text = line.text().strip()
            if text and text != self.journey.phase_title(phase_id):
                self.stack.push(RenamePhase(self.book, self.jid, phase_id, text))
            line.deleteLater()
            self.setFocus()

        line.editingFinished.connect(done)
        line.show()
        line.selectAll()
        line.setFocus()
        return line

    def commit_editor(self) -> None:
        if self.editor is not None:
            self.editor.commit()

    def _apply_edit(self, values: dict) -> None:
        self._apply(self._edit_index, values)

    def _apply(self, index: int, values: dict) -> None:
        changed = {k: v for k, v in values.items() if getattr(self.journey.touchpoints[index], k) != v}
        if not changed:
            return
        self.stack.beginMacro(self.tr("Edit touchpoint"))
        for name, value in changed.items():
            self.stack.push(EditTouchpoint(self.book, self.jid, index, name, value))
        self.stack.endMacro()

    def _editor_closed(self) -> None:
        if self.editor is not None:
            self.editor.deleteLater()
            self.editor = None
            self.setFocus()

    def _place_labels(self):
        """The lane labels stay at the visible left edge while the board scrolls; painting and
        hit-testing both ask where that edge is now (not where the last paint saw it)."""
        self.layout_.label_x = self.visibleRegion().boundingRect().left()
        return self.layout_

    # ------------------------------------------------------------ painting
    def paintEvent(self, e):
        p = QPainter(self)
        # inside a scroll area only a window's width of a long board can be seen: paint just that
        visible = self.visibleRegion().boundingRect()
        exposed = e.rect().intersected(visible)
        lay = self._place_labels()
        paint_journey(p, self.journey, lay, QRectF(exposed))
        p.setClipRect(QRectF(lay.label_x + lay.label_w, 0, lay.width, lay.height))  # not over the labels
        if self.current is not None and (col := lay.col_of(self.current)) is not None:
            p.setPen(QPen(SELECT, 3))
            p.setBrush(Qt.NoBrush)
            p.drawRect(lay.lane_rect(self.lane, col).adjusted(1, 1, -1, -1))
            p.setPen(QPen(QColor(SELECT.red(), SELECT.green(), SELECT.blue(), 90), 1))
            top = lay.top + lay.phase_h
            p.drawRect(QRectF(col.x, top, lay.col_w, lay.height - top).adjusted(2, 2, -2, -2))
        heading = next((ph for ph in lay.phases if ph[3] is not None and ph[3] == self.current_phase()), None)
        if heading is not None:  # which phase the Phase menu works on
            p.setPen(QPen(SELECT, 3))
            y = lay.top + lay.phase_h - 2
            p.drawLine(QPointF(heading[0] + 2, y), QPointF(heading[1] - 2, y))
        if self._drop_x is not None:
            p.setPen(QPen(SELECT, 4))
            p.drawLine(QPointF(self._drop_x, lay.top), QPointF(self._drop_x, lay.height))
        p.end()
