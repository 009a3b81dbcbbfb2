"""The planner's start page: recent sessions, a new blank session, a copy of the default one, open."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from facilitator.ui.planner import recent


class StartPage(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        heading = QLabel(self.tr("Plan a workshop"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        self.language = QComboBox()
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Danish"), "da")
        self.language.setCurrentIndex(1 if window.ui_lang == "da" else 0)
        lang_label = QLabel(self.tr("&Language of a new session:"))
        lang_label.setBuddy(self.language)
        self.new_blank = QPushButton(self.tr("&New blank session"))
        self.new_blank.clicked.connect(lambda: window.new_blank(self.language.currentData()))
        self.new_default = QPushButton(self.tr("New from the &default session"))
        self.new_default.clicked.connect(self._from_default)
        self.open = QPushButton(self.tr("&Open a session file…"))
        self.open.clicked.connect(window.open_dialog)
        self.recent = QListWidget()
        self.recent.itemActivated.connect(lambda item: window.open_path(item.data(Qt.ItemDataRole.UserRole)))
        recent_label = QLabel(self.tr("&Recent sessions (Enter opens):"))
        recent_label.setBuddy(self.recent)

        buttons = QVBoxLayout()
        buttons.addWidget(self.new_blank)
        buttons.addWidget(self.new_default)
        buttons.addWidget(self.open)
        row = QHBoxLayout()
        row.addWidget(lang_label)
        row.addWidget(self.language)
        row.addStretch(1)
        buttons.addLayout(row)
        buttons.addStretch(1)
        lists = QVBoxLayout()
        lists.addWidget(recent_label)
        lists.addWidget(self.recent)
        body = QHBoxLayout()
        body.addLayout(buttons, 1)
        body.addLayout(lists, 2)
        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addLayout(body, 1)
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        for path in recent.recent_sessions(self.window.settings):
            item = QListWidgetItem(f"{path.stem}  —  {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        if self.recent.count():
            self.recent.setCurrentRow(0)

    def _from_default(self) -> None:
        from facilitator.bundled import default_session_path

        text = default_session_path().read_text(encoding="utf-8")
        self.window.open_text(text)
