"""FlashOverlay: a short visual flash around a window when a timer ends.

The flash says what the chime says, for a muted laptop or a machine without
sound: a thick frame blinks three times, leaving the content readable. Its
timers run only during the flash, never while idle.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from facilitator.ui import wall_style

_BLINKS = 3
_STEP_MS = 250


class FlashOverlay(QWidget):
    def __init__(self, target: QWidget):
        super().__init__(target)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._left = 0
        self.hide()

    def flash(self) -> None:
        self._left = _BLINKS * 2
        self._step()

    def _step(self) -> None:
        if self._left <= 0:
            self.hide()
            return
        self._left -= 1
        self.setGeometry(self.parentWidget().rect())
        self.setVisible(self._left % 2 == 1)
        self.raise_()
        QTimer.singleShot(_STEP_MS, self._step)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        width = max(6, self.height() // 60)
        p.setPen(QPen(QColor(wall_style.ACCENT), width))
        half = width / 2
        p.drawRect(QRectF(half, half, self.width() - width, self.height() - width))
