"""Quote slide: the words large and italic, the person quoted under them."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from facilitator.ui.slides.page import SlidePage
from facilitator.ui.slides.theme import PALETTE


class QuoteSlide(SlidePage):
    def build(self) -> None:
        if self.slide.title:
            self.title_block(self.slide.title)
        self.root.addStretch(1)
        row = self.box(QHBoxLayout(), spacing=0.03)
        mark = self.label("“", "number", PALETTE.accent, Qt.AlignmentFlag.AlignTop)
        row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        words = self.box(QVBoxLayout(), spacing=0.03)
        words.addWidget(self.label(self.slide.text.strip(), "quote"))
        if self.slide.author:
            words.addWidget(self.label(f"— {self.slide.author}", "subtitle", PALETTE.muted))
        row.addLayout(words, 1)
        self.root.addLayout(row)
        self.root.addStretch(2)
        src = self.source_line(self.slide.source)
        if src:
            self.root.addWidget(src)
