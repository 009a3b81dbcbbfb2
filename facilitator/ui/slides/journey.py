"""Journey slide: the template's touchpoints in order, under their phases.

Each touchpoint names its owner in words (ours, partner, the customer's medium)
as well as by the colour of its edge, since colour alone never carries meaning.
"""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from facilitator.ui.slides.page import SlidePage
from facilitator.ui.slides.theme import OWNER_COLOURS, PALETTE
from facilitator.ui.slides.words import word


def distinct(*parts: str) -> list[str]:
    """The non-empty parts, each once: a channel and an owner both called Instagram show once."""
    out: list[str] = []
    for part in parts:
        if part and part.casefold() not in (o.casefold() for o in out):
            out.append(part)
    return out


class JourneySlide(SlidePage):
    def build(self) -> None:
        template = self.session.journey_template(self.slide.journey_template)
        self.title_block(self.slide.title or template.title)
        who = " · ".join(x for x in (template.persona, template.scenario) if x)
        if who:
            self.root.addWidget(self.label(who, "small", PALETTE.muted))
        row = self.box(QHBoxLayout(), spacing=0.025)
        for phase in template.phases:
            points = [t for t in template.touchpoints if t.phase == phase.id]
            row.addLayout(self._phase(phase.title, points), 1)
        self.root.addLayout(row, 1)

    def _phase(self, title: str, points) -> QVBoxLayout:
        col = self.box(QVBoxLayout(), spacing=0.014)
        col.addWidget(self.label(title, "heading", PALETTE.accent))
        for tp in points:
            colour = OWNER_COLOURS.get(tp.owner, OWNER_COLOURS[""])
            frame, box = self.card("left", colour)
            box.addWidget(self.label(tp.title, "small"))
            owner = word(tp.owner, self.language) if tp.owner in ("us", "partner", "customer") else ""
            meta = " · ".join(distinct(tp.channel, tp.owner_name, owner))
            if meta:
                box.addWidget(self.label(meta, "source", colour))
            col.addWidget(frame)
        col.addStretch(1)
        return col
