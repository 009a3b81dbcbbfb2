"""ProgressRing: how much of a timer is left, as a ring that empties.

Its shape carries the state as well as its colour: a thin ring while all is
well, a thick one in the warning, and a full dashed ring in overtime.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from facilitator.ui import wall_style


_STEPS = 360


class ProgressRing(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._fraction, self._level = 1.0, "normal"
        self.setMinimumSize(40, 40)
        # Opaque: a repaint of the ring does not make its parent repaint underneath.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_progress(self, fraction_left: float, level: str) -> None:
        # Whole degrees: a 20-minute ring moves a degree every 3.3 s, and repainting
        # it for a change no one can see would cost CPU every second.
        fraction_left = round(max(0.0, min(1.0, fraction_left)) * _STEPS) / _STEPS
        if (fraction_left, level) != (self._fraction, self._level):
            self._fraction, self._level = fraction_left, level
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, 200)

    def paintEvent(self, event) -> None:
        side = min(self.width(), self.height())
        thick = side * (0.12 if self._level != "normal" else 0.06)
        rect = QRectF((self.width() - side) / 2 + thick, (self.height() - side) / 2 + thick,
                      side - 2 * thick, side - 2 * thick)
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().window())
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor(wall_style.TRACK), thick))
        p.drawEllipse(rect)
        pen = QPen(QColor(wall_style.level_color(self._level)), thick)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if self._level == "overtime":
            pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawEllipse(rect)
            return
        p.setPen(pen)
        p.drawArc(rect, 90 * 16, int(self._fraction * 360 * 16))
