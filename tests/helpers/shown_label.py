"""What a QLabel draws: its text as typed, or what Qt's HTML reading leaves of it (a text with a
known tag in it, "<title>", is read as rich text unless the label says plain text)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel


def shown(label: QLabel) -> str:
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text()))
    return as_rich(label.text()) if rich else label.text()


def shown_auto(text: str) -> str:
    """What a message box or any auto-text label draws of ``text``."""
    return as_rich(text) if GuiQt.mightBeRichText(text) else text


def as_rich(text: str) -> str:
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()
