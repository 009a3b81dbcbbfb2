"""One group's journey for the participant view: the whole board scaled to fill the wall,
with the group and journey title above it. Read-only; repaints when the journey changes."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QWidget

from facilitator.ui.journeys.paint import WALL_LANES, make_layout, paint_journey


# narrower columns than the board, so the same text comes out bigger on the wall
WALL_SIZES = {"col_w": 140, "label_w": 100}


class JourneyWallView(QWidget):
    def __init__(self, book, journey_id: str, parent=None):
        super().__init__(parent)
        self.book, self.jid = book, journey_id
        self.setAutoFillBackground(True)
        self.setMinimumSize(320, 200)
        self.setAccessibleName(self.tr("Journey on the wall"))
        book.changed.connect(self._on_changed)
        book.groups_changed.connect(self._on_groups_changed)  # bound: dropped when the view is deleted

    def _on_groups_changed(self, _jid) -> None:
        self.update()

    def _on_changed(self, journey_id, _select):
        if journey_id == self.jid:
            self.update()

    def title_text(self) -> str:
        j = self.book.journey(self.jid)
        return f"{j.group} – {j.title}" if j.title else j.group

    def paintEvent(self, e):
        p = QPainter(self)
        p.fillRect(self.rect(), Qt.white)
        if self.jid not in self.book.ids():
            p.end()
            return
        j = self.book.journey(self.jid)
        title_h = max(24.0, self.height() * 0.08)
        font = QFont()
        font.setPixelSize(int(title_h * 0.6))
        font.setBold(True)
        p.setFont(font)
        margin = title_h * 0.4
        p.drawText(QRectF(margin, 0, self.width() - 2 * margin, title_h), Qt.AlignLeft | Qt.AlignVCenter,
                   self.title_text())
        base = make_layout(j, 1.0, WALL_LANES, with_add_slots=False, **WALL_SIZES)
        room_w, room_h = self.width() - 2 * margin, self.height() - title_h - margin
        scale = min(room_w / base.width, room_h / base.height)
        plain = make_layout(j, scale, WALL_LANES, with_add_slots=False, **WALL_SIZES)
        # fill a tall wall with taller lanes, up to half as tall again
        stretch = min(1.5, max(1.0, (room_h - plain.phase_h) / max(1.0, plain.height - plain.phase_h)))
        lay = make_layout(j, scale, WALL_LANES, with_add_slots=False, stretch=stretch, **WALL_SIZES)
        p.translate(margin + (room_w - lay.width) / 2, title_h)
        paint_journey(p, j, lay)
        p.end()
