"""Title slide: a big title and a subtitle on the dark accent background."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame

from .slide_page import SlidePage
from .slide_theme import PALETTE


class TitleSlide(SlidePage):
    background = PALETTE.dark_background

    def build(self) -> None:
        self.root.addStretch(3)
        self.root.addWidget(self.label(self.slide.title, "hero", PALETTE.on_accent))
        rule = QFrame()
        rule.setProperty("accent_rule", True)
        rule.setStyleSheet("background: #8FB3D1; border: none;")
        self.root.addWidget(rule)
        if self.slide.subtitle:
            self.root.addWidget(self.label(self.slide.subtitle, "subtitle", "#D5E1EC"))
        self.root.addStretch(4)
