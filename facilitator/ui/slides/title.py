"""Title slide: a big title and a subtitle on the dark accent background."""
from __future__ import annotations

from facilitator.ui.slides.page import SlidePage
from facilitator.ui.slides.shapes import Rule
from facilitator.ui.slides.theme import PALETTE


class TitleSlide(SlidePage):
    background = PALETTE.dark_background

    def build(self) -> None:
        self.root.addStretch(3)
        self.root.addWidget(self.label(self.slide.title, "hero", PALETTE.on_accent))
        self.root.addWidget(Rule("#8FB3D1"))
        if self.slide.subtitle:
            self.root.addWidget(self.label(self.slide.subtitle, "subtitle", "#D5E1EC"))
        self.root.addStretch(4)
