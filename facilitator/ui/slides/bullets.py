"""Bullets slide: title, a list with hanging bullets, optional source line."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from facilitator.ui.slides.page import SlidePage
from facilitator.ui.slides.theme import PALETTE


def add_bullets(page: SlidePage, layout: QVBoxLayout, items: list[str], role: str = "body") -> None:
    """Bullets with a hanging indent, so wrapped lines align with the text, not the dot."""
    for text in items:
        row = page.box(QHBoxLayout(), spacing=0.018)
        dot = page.label("•", role, PALETTE.accent, Qt.AlignmentFlag.AlignTop)
        row.addWidget(dot, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(page.label(text, role), 1)
        layout.addLayout(row)


class BulletsSlide(SlidePage):
    def build(self) -> None:
        self.title_block(self.slide.title)
        body = self.box(QVBoxLayout(), spacing=0.018)
        add_bullets(self, body, self.slide.bullets)
        self.root.addLayout(body)
        self.root.addStretch(1)
        src = self.source_line(self.slide.source)
        if src:
            self.root.addWidget(src)
