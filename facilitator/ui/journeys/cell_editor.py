"""The in-place editor laid over one board cell. Enter commits (Shift+Enter: new line), Esc cancels,
Tab / clicking elsewhere commits. The owner cell edits kind and name; the social-media cell edits
the idea and its platforms."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtWidgets import QApplication, QComboBox, QFrame, QLineEdit, QPlainTextEdit, QVBoxLayout

from facilitator.core.journeys.model import OWNER_KINDS

from facilitator.ui.journeys.paint import owner_label

MULTILINE = {"title", "social", "pain", "opportunity", "notes"}
FIELDS = {  # lane -> the touchpoint fields its editor shows
    "touchpoint": ("title",), "channel": ("channel",), "owner": ("owner", "owner_name"),
    "social": ("social", "platforms"), "pain": ("pain",), "opportunity": ("opportunity",), "notes": ("notes",),
}


class _Text(QPlainTextEdit):
    def __init__(self, editor, text):
        super().__init__(text)
        self._editor = editor
        self.setTabChangesFocus(True)

    def keyPressEvent(self, e):
        if e.key() in (Qt.Key_Return, Qt.Key_Enter) and not e.modifiers() & Qt.ShiftModifier:
            self._editor.commit()
        elif e.key() == Qt.Key_Escape:
            self._editor.cancel()
        else:
            super().keyPressEvent(e)


class _Line(QLineEdit):
    def __init__(self, editor, text):
        super().__init__(text)
        self._editor = editor
        self.returnPressed.connect(editor.commit)

    def keyPressEvent(self, e):
        if e.key() == Qt.Key_Escape:
            self._editor.cancel()
        else:
            super().keyPressEvent(e)


class CellEditor(QFrame):
    committed = Signal(dict)  # field -> new value
    finished = Signal()

    def __init__(self, touchpoint, lane: str, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Box)
        self.setAutoFillBackground(True)
        self.lane = lane
        self.widgets: dict = {}
        self._done = False
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.setSpacing(2)
        for name in FIELDS[lane]:
            box.addWidget(self._make(name, getattr(touchpoint, name)))

    def _make(self, name, value):
        if name == "owner":
            w = QComboBox()
            w.addItem("–", "")
            for kind in OWNER_KINDS:
                w.addItem(owner_label(kind), kind)
            w.setCurrentIndex(max(0, w.findData(value)))
        elif name == "platforms":
            w = _Line(self, ", ".join(value))
            w.setPlaceholderText(self.tr("Platforms, e.g. Facebook, Twitter"))
        elif name in MULTILINE:
            w = _Text(self, value)
        else:
            w = _Line(self, value)
            if name == "owner_name":
                w.setPlaceholderText(self.tr("Who, e.g. SAS"))
        self.widgets[name] = w
        return w

    def _focus_moved(self, _old, new) -> None:
        # clicking anywhere else keeps what was typed, as in a spreadsheet; a combo box's popup
        # is a window of its own and does not count as leaving
        if new is None or self.isAncestorOf(new) or new.window().windowType() == Qt.Popup:
            return
        self.commit()

    def _stop_watching(self) -> None:
        try:
            QApplication.instance().focusChanged.disconnect(self._focus_moved)
        except (RuntimeError, TypeError):
            pass

    def place(self, rect: QRect) -> None:
        extra = 30 * (len(self.widgets) - 1)  # two fields need a little more room than the cell
        self.setGeometry(rect.x(), rect.y(), max(rect.width(), 180), max(rect.height() + extra, 34))
        self.show()
        first = next(iter(self.widgets.values()))
        first.setFocus()
        if isinstance(first, QPlainTextEdit):
            first.selectAll()
        QApplication.instance().focusChanged.connect(self._focus_moved)

    def values(self) -> dict:
        out = {}
        for name, w in self.widgets.items():
            if isinstance(w, QComboBox):
                out[name] = w.currentData()
            elif isinstance(w, QPlainTextEdit):
                out[name] = w.toPlainText()
            elif name == "platforms":
                out[name] = [p.strip() for p in w.text().split(",") if p.strip()]
            else:
                out[name] = w.text()
        return out

    def commit(self) -> None:
        if self._done:
            return
        self._done = True
        self._stop_watching()
        self.committed.emit(self.values())
        self.hide()
        self.finished.emit()

    def cancel(self) -> None:
        if self._done:
            return
        self._done = True
        self._stop_watching()
        self.hide()
        self.finished.emit()
