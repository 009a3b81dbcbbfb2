"""Plain painted shapes for slides: cards and accent rules.

Painted with QPainter rather than style sheets: a style-sheeted widget costs a
style polish and a slow paint path, and a slide change must land within a frame.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from facilitator.ui.slides.theme import PALETTE


class Card(QWidget):
    """A white rounded box with a hairline border and an optional coloured edge."""

    def __init__(self, edge: str = "", edge_colour: str = PALETTE.accent, parent=None):
        super().__init__(parent)
        self.edge = edge  # "", "top" or "left"
        self.edge_colour = QColor(edge_colour)
        self.edge_px = 6

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = min(8.0, r.height() / 10)
        p.setPen(QPen(QColor(PALETTE.rule), 1))
        p.setBrush(QColor(PALETTE.card))
        p.drawRoundedRect(r, radius, radius)
        if self.edge:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(self.edge_colour)
            p.setClipRect(QRectF(0, 0, self.edge_px, r.height() + 1) if self.edge == "left"
                          else QRectF(0, 0, r.width() + 1, self.edge_px))
            p.drawRoundedRect(r, radius, radius)


class Rule(QWidget):
    """The short accent line under a title."""

    def __init__(self, colour: str = PALETTE.accent, parent=None):
        super().__init__(parent)
        self.colour = QColor(colour)

    def paintEvent(self, event) -> None:
        QPainter(self).fillRect(self.rect(), self.colour)
