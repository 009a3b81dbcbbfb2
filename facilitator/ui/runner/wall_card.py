"""WallCard: the dark full-screen card the exercise and break views are drawn on.

It paints a frame whose width carries the timer's level (none / thin / thick), so
the warning and overtime states change shape as well as colour.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from facilitator.ui import wall_style


class WallCard(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._level = "normal"
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(self.backgroundRole(), QColor(wall_style.BACKGROUND))
        self.setPalette(pal)

    def level(self) -> str:
        return self._level

    def set_level(self, level: str) -> None:
        if level != self._level:
            self._level = level
            self.update()

    def frame_width(self) -> int:
        return wall_style.frame_width(self._level, self.height())

    def paintEvent(self, event) -> None:
        width = self.frame_width()
        if not width:
            return
        p = QPainter(self)
        p.setPen(QPen(QColor(wall_style.level_color(self._level)), width))
        half = width / 2
        p.drawRect(QRectF(half, half, self.width() - width, self.height() - width))

    @staticmethod
    def margins_for(height: int) -> int:
        return max(12, height // 25)

    def resizeEvent(self, event) -> None:
        # Margins grow with the screen, so text keeps clear of the frame at any size.
        if self.layout() is not None:
            m = self.margins_for(self.height())
            self.layout().setContentsMargins(m, m, m, m)
        super().resizeEvent(event)
