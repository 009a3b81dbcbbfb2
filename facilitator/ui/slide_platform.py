"""Platform slide: the summary card of one platform.

Left: what it is, synergies, tools. Right: its key figures, each with its source.
"""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from .slide_bullets import add_bullets
from .slide_page import SlidePage
from .slide_theme import PALETTE, value_with_unit
from .slide_words import word


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
            if items:
                col.addSpacing(self.px(0.02))
            self._section(col, key, items)
        col.addStretch(1)
        return col

    def _figures_column(self, platform) -> QVBoxLayout:
        col = self.box(QVBoxLayout(), spacing=0.018)
        col.addWidget(self.label(word("figures", self.language), "heading", PALETTE.accent))
        for fig in platform.figures:
            frame, box = self.card()
            box.addWidget(self.label(value_with_unit(fig.value, fig.unit, self.language),
                                     "heading", PALETTE.text))
            box.addWidget(self.label(fig.label, "small"))
            where = ", ".join(x for x in (fig.source, fig.when) if x)
            if where:
                box.addWidget(self.source_line(where))
            col.addWidget(frame)
        col.addStretch(1)
        return col
