"""Platform slide: the summary card of one platform.

Left: what it is, synergies, tools. Right: its key figures, each with its source.
"""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from facilitator.ui.slides.bullets import add_bullets
from facilitator.ui.slides.page import SlidePage
from facilitator.ui.slides.theme import PALETTE, figure_where
from facilitator.ui.slides.words import word


class PlatformSlide(SlidePage):
    def build(self) -> None:
        platform = self.session.platform(self.slide.platform)
        self.title_block(self.slide.title or platform.name)
        if platform.url:
            self.root.addWidget(self.label(platform.url, "small", PALETTE.muted))
        row = self.box(QHBoxLayout(), spacing=0.06)
        row.addLayout(self._text_column(platform), 11)
        if platform.figures:
            row.addLayout(self._figures_column(platform), 9)
        self.root.addLayout(row, 1)

    def _section(self, layout: QVBoxLayout, key: str, items: list[str]) -> None:
        if not items:
            return
        layout.addWidget(self.label(word(key, self.language), "heading", PALETTE.accent))
        add_bullets(self, layout, items, "small" if key != "about" else "body")

    def _text_column(self, platform) -> QVBoxLayout:
        col = self.box(QVBoxLayout(), spacing=0.014)
        self._section(col, "about", platform.about)
        if platform.source:
            col.addWidget(self.source_line(platform.source))
        for key, items in (("synergies", platform.synergies), ("tools", platform.tools)):
            self._section(col, key, items)
        col.addStretch(1)
        return col

    def _figures_column(self, platform) -> QVBoxLayout:
        """Key figure cards; two to a row when there are many, one source line when shared."""
        col = self.box(QVBoxLayout(), spacing=0.018)
        col.addWidget(self.label(word("figures", self.language), "heading", PALETTE.accent))
        figures = platform.figures
        wheres = [figure_where(f) for f in figures]
        common = max(wheres, key=wheres.count)  # said once under the cards
        per_row = 2 if len(figures) > 3 else 1
        grid, _cards = self.figure_cards(figures, per_row, common, "heading", PALETTE.text, "small", 0.016)
        col.addLayout(grid)
        if common:
            col.addWidget(self.source_line(common))
        col.addStretch(1)
        return col
