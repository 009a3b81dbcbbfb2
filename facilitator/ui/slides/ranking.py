"""Ranking slide: two ordered lists side by side, each position with its rank in brackets."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout

from facilitator.ui.slides.page import SlidePage
from facilitator.ui.slides.theme import PALETTE


class RankingSlide(SlidePage):
    def build(self) -> None:
        self.title_block(self.slide.title)
        columns = self.box(QHBoxLayout(), spacing=0.07)
        for ranking in self.slide.rankings:
            columns.addLayout(self._column(ranking), 1)
        self.root.addLayout(columns)
        self.root.addStretch(1)
        src = self.source_line(self.slide.source)
        if src:
            self.root.addWidget(src)

    def _column(self, ranking) -> QVBoxLayout:
        col = self.box(QVBoxLayout(), spacing=0.02)
        col.addWidget(self.label(ranking.title, "heading", PALETTE.accent))
        grid = self.box(QGridLayout(), spacing=0.008)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        for row, item in enumerate(ranking.items):
            grid.addWidget(self.label(f"{row + 1}.", "body", PALETTE.muted, right), row, 0)
            grid.addWidget(self.label(item.name, "body"), row, 1)
            grid.addWidget(self.label(f"({item.rank})", "body", PALETTE.muted), row, 2)
        grid.setColumnStretch(1, 1)
        col.addLayout(grid)
        if ranking.source:
            col.addWidget(self.source_line(ranking.source))
        col.addStretch(1)
        return col
