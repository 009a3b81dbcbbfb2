"""ProgressRing: how much of a timer is left, as a ring that empties.

Its shape carries the state as well as its colour: a thin ring while all is
well, a thick one in the warning, and a full dashed ring in overtime.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QRect, QRectF, QSize, Qt
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
            changed = self._arc_change(self._fraction, fraction_left) if level == self._level else None
            self._fraction, self._level = fraction_left, level
            if changed is None:
                self.update()
            else:
                self.update(changed)

    def _geometry(self) -> tuple[float, QRectF]:
        """The pen's thickness and the rectangle of the ring's centre line."""
        side = min(self.width(), self.height())
        thick = side * (0.12 if self._level != "normal" else 0.06)
        rect = QRectF((self.width() - side) / 2 + thick, (self.height() - side) / 2 + thick,
                      side - 2 * thick, side - 2 * thick)
        return thick, rect

    def _arc_change(self, old: float, new: float) -> QRect | None:
        """The box around the part of the ring a step from `old` to `new` redraws (None: the
        whole ring). A step is a degree: on the wall the whole 460 px ring took 1 ms to paint,
        its antialiased circle drawn again every 1.7 s of a 10-minute phase for a sliver;
        now a tenth of it on average (the quadrant the arc ends in, at most)."""
        if self._level == "overtime" or abs(new - old) * 360 > 10:
            return None
        thick, rect = self._geometry()
        centre, radius = rect.center(), rect.width() / 2
        reach = (radius - thick / 2 - 3, radius + thick / 2 + 3)  # the pen's band, antialiasing
        # Qt draws an arc as one curve per quadrant of the circle: the full quadrants stay the
        # same to the pixel, the one the arc ends in is flattened anew; so from its start.
        first, last = sorted((90 + old * 360, 90 + new * 360))
        first = math.floor(first / 90) * 90
        # points at most 7 degrees apart: the arc bulges past their box by under a pixel (margin 2)
        angles = [first + (last - first) * i / 16 for i in range(17)]
        xs, ys = [], []
        for degrees in angles:
            a = math.radians(degrees)
            for r in reach:
                xs.append(centre.x() + r * math.cos(a))
                ys.append(centre.y() - r * math.sin(a))
        left, top = math.floor(min(xs)) - 2, math.floor(min(ys)) - 2
        return QRect(left, top, math.ceil(max(xs)) + 3 - left, math.ceil(max(ys)) + 3 - top)

    def sizeHint(self) -> QSize:
        return QSize(200, 200)

    def paintEvent(self, event) -> None:
        thick, rect = self._geometry()
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
