"""ShortcutSheet: every key the presenter window understands, on one page (F1 or ?)."""
from __future__ import annotations

from html import escape  # not xml.sax.saxutils: it pulls in urllib, http and email at start-up

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout


class ShortcutSheet(QDialog):
    def __init__(self, rows: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        body = "".join(f"<tr><td style='padding-right:24px'>{escape(text)}</td>"
                       f"<td><b>{escape(keys)}</b></td></tr>" for text, keys in rows)
        self.table = QLabel(f"<table>{body}</table>")
        scroll = QScrollArea()
        scroll.setWidget(self.table)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(scroll)
        lay.addWidget(buttons)
        self.resize(520, 600)
