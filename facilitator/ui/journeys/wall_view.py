"""One group's journey for the participant view, a phase per page (its lanes over two pages
when they do not fit) at the slides' body size; the clicker steps through the pages (`step`).
The words on it (lane names, owners, the page count) are in the session's language.
Read-only; repaints when the journey changes."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from facilitator.core.journeys.wall_pages import WallPage, page_journey, wall_pages
from facilitator.core.room_words import room_word
from facilitator.ui.journeys.paint import (
    WALL_LANES, WRAP, cell_font, cell_text, lane_label, make_layout, paint_journey, text_font,
)
from facilitator.ui.slides.theme import text_px

# At scale 1 the cell text is 12 px. The wall's lanes are as tall as the page's text needs (the
# board's are fixed), so the text can be big.
WALL_SIZES = {"col_w": 140, "label_w": 116}  # col_w: the narrowest column; a page fills the width
FEELING_H = 50  # the feeling lane at scale 1: room for −2, 0 and +2
CELL_PX = 12  # the cell text's size at scale 1 (paint._paint_cell)
CELL_PAD = 6 * 0.7 + 6 * 0.5  # a cell's padding above and below its text at scale 1 (paint_journey)
LABEL_PAD = 5 + 4  # a lane label's padding above and below its text at scale 1 (paint._paint_labels)
PHASE_H = 32  # the phase heading's height at scale 1 (paint.make_layout)
MEASURED = 1000  # characters of a cell measured for its lane's height
BODY_ROLE = "body"  # the slides' text role the wall's cell text is drawn at, never smaller


def min_text_px(height: int) -> int:
    """The smallest text the journey wall draws: the slides' body text at this height."""
    return text_px(BODY_ROLE, height)


class JourneyWallView(QWidget):
    def __init__(self, book, journey_id: str, parent=None):
        super().__init__(parent)
        self.book, self.jid = book, journey_id
        self.page = 0
        self.setAutoFillBackground(True)
        self.setMinimumSize(320, 200)
        self.setAccessibleName(self.tr("Journey on the wall"))
        book.changed.connect(self._on_changed)
        book.groups_changed.connect(self._on_groups_changed)  # bound: dropped when the view is deleted

    @property
    def room(self) -> str:
        return getattr(self.book, "language", "da")

    def _on_groups_changed(self, _jid) -> None:
        self.update()

    def _on_changed(self, journey_id, _select):
        if journey_id == self.jid:
            self.update()

    # --- pages ------------------------------------------------------------------
    def _frame(self) -> tuple[float, float, float, float]:
        """(title height, margin, room width, room height) for the board."""
        title_h = max(24.0, self.height() * 0.08)
        margin = title_h * 0.4
        return title_h, margin, self.width() - 2 * margin, self.height() - title_h - margin

    def _scale(self) -> float:
        """The wall's one scale: cell text at the slides' body size, never smaller."""
        return text_px(BODY_ROLE, max(1, self.height())) / CELL_PX

    def _col_w(self, n: int) -> float:
        """A column's width when ``n`` touchpoints share the page's width."""
        _t, _m, room_w, _h = self._frame()
        scale = self._scale()
        return max(WALL_SIZES["col_w"] * scale, (room_w - WALL_SIZES["label_w"] * scale - 1) / max(1, n))

    def _lanes_room(self) -> float:
        """Pixels under the phase heading for the lanes."""
        return self._frame()[3] - PHASE_H * self._scale()

    def pages(self) -> list[WallPage]:
        if self.jid not in self.book.ids():
            return []
        scale = self._scale()
        _t, _m, room_w, _h = self._frame()
        per_page = int((room_w / scale - WALL_SIZES["label_w"]) // WALL_SIZES["col_w"])
        journey = self.book.journey(self.jid)

        def measure(indexes: tuple[int, ...]) -> dict[str, float]:
            tps = [journey.touchpoints[i] for i in indexes]
            return self._lane_heights(tps, scale, self._col_w(len(indexes)))
        return wall_pages(journey, per_page, measure, self._lanes_room(), head="touchpoint")

    def page_count(self) -> int:
        return len(self.pages())

    def step(self, forward: bool) -> bool:
        """A clicker press: the next or previous page; False at either end (the press goes on)."""
        target = self.page + (1 if forward else -1)
        if not 0 <= target < self.page_count():
            return False
        self.page = target
        self.update()
        return True

    def title_text(self) -> str:
        j = self.book.journey(self.jid)
        return f"{j.group} – {j.title}" if j.title else j.group

    def page_text(self) -> str:
        n = self.page_count()
        return room_word("journey_page", self.room).format(n=self.page + 1, total=n) if n > 1 else ""

    def layout_for(self, page: WallPage):
        """The page's board layout at the slides' body size. Each lane is as tall as its longest
        cell on the page needs; the pages already hold only the lanes that fit, so only a cell too
        long for a page of its own is cut with '…'."""
        scale = self._scale()
        part = page_journey(self.book.journey(self.jid), page)
        lanes = page.lanes or WALL_LANES
        col_w = self._col_w(len(page.indexes))
        need = self._lane_heights(part.touchpoints, scale, col_w)
        heights = {lane: need[lane] for lane in lanes}
        room = self._lanes_room()
        total = sum(heights.values())
        if total > room:  # a lane too tall even alone on a page: the low lanes whole, the tall share the rest
            left, count = room, len(heights)
            for lane in sorted(heights, key=heights.get):
                heights[lane] = min(heights[lane], left / count)
                left, count = left - heights[lane], count - 1
        else:  # room to spare: taller lanes, up to half as tall again
            grow = min(1.5, room / total)
            heights = {lane: h * grow for lane, h in heights.items()}
        lay = make_layout(part, scale, lanes, with_add_slots=False, label_w=WALL_SIZES["label_w"],
                          col_w=col_w / scale, heights={lane: h / scale for lane, h in heights.items()},
                          room=self.room)
        return part, lay

    def _lane_heights(self, touchpoints, scale: float, col_w: float) -> dict[str, float]:
        """Pixels each lane needs at this scale, lanes in drawing order: its longest cell wrapped
        in the column, at least one line and its label; the feeling lane a fixed height."""
        heights = {}
        label_font = text_font(CELL_PX * scale, True)
        for lane in WALL_LANES:
            if lane == "feeling":
                heights[lane] = FEELING_H * scale
                continue
            size, bold = cell_font(lane)
            metrics = QFontMetricsF(text_font(size * scale, bold))
            inner = QRectF(0, 0, col_w - (15 if lane == "owner" else 12) * scale, 100_000)
            # a start of the text is enough to know it needs more room than the wall has
            need = max([metrics.boundingRect(inner, WRAP, text[:MEASURED]).height()
                        for text in (cell_text(tp, lane, self.room) for tp in touchpoints) if text],
                       default=metrics.lineSpacing())
            label = QFontMetricsF(label_font).boundingRect(
                QRectF(0, 0, (WALL_SIZES["label_w"] - 10) * scale, 100_000), WRAP,
                lane_label(lane, self.room)).height()
            heights[lane] = max(max(need, metrics.lineSpacing()) + CELL_PAD * scale, label + LABEL_PAD * scale) + 2
        return heights

    # --- painting ----------------------------------------------------------------
    def paintEvent(self, e):
        p = QPainter(self)
        p.fillRect(self.rect(), Qt.white)
        pages = self.pages()
        if not pages:
            p.end()
            return
        self.page = min(self.page, len(pages) - 1)  # the journey lost a phase meanwhile
        title_h, margin, room_w, _room_h = self._frame()
        font = QFont()
        font.setPixelSize(int(title_h * 0.6))
        font.setBold(True)
        p.setFont(font)
        title = QRectF(margin, 0, self.width() - 2 * margin, title_h)
        page_text = self.page_text()
        plain = QFont(font)
        plain.setBold(False)
        # a long group name stops with '…' before the page count instead of running under it
        room = title.width() - (QFontMetricsF(plain).horizontalAdvance(page_text + "   ") if page_text else 0)
        p.drawText(title, Qt.AlignLeft | Qt.AlignVCenter,
                   QFontMetricsF(font).elidedText(self.title_text(), Qt.ElideRight, max(0.0, room)))
        p.setFont(plain)
        p.drawText(title, Qt.AlignRight | Qt.AlignVCenter, page_text)
        part, lay = self.layout_for(pages[self.page])
        p.translate(margin + max(0.0, (room_w - lay.width) / 2), title_h)
        paint_journey(p, part, lay)
        p.end()
