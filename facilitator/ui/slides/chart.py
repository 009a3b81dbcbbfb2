"""A horizontal bar chart for slides, drawn with pyqtgraph's BarGraphItem.

One chart holds figures of one measure and unit (the caller groups them), so the
bars are comparable. Each row: the label (wrapped in a left column), the bar, and
the value printed on the bar (or just after it when the bar is too short).

The view's coordinates are its pixels (y down), so text sizes come from the slide
theme and the layout is computed, not guessed; `fits()` tells the slide whether
everything is inside the chart at the current text size.
"""
from __future__ import annotations

from facilitator.core.record import record

import pyqtgraph as pg
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGraphicsTextItem, QSizePolicy

from facilitator.ui.slides.theme import FAMILIES, PALETTE, qcolor


@record(frozen=True)
class Bar:
    label: str
    value: float
    value_text: str
    colour: str = PALETTE.accent


class ChartText(QGraphicsTextItem):
    """A label or value on the chart, in the view's pixels. Not pg.TextItem: that one undoes
    the view's scaling, which is 1:1 here, at the price of a Python hook on every change
    (about a third of a cold chart slide's layout time)."""

    def __init__(self, text: str, colour: str):
        super().__init__()
        self.document().setDocumentMargin(0)
        self.setPlainText(text)
        self._colour = ""
        self.set_colour(colour)

    def set_colour(self, colour: str) -> None:
        if colour != self._colour:
            self._colour = colour
            self.setDefaultTextColor(qcolor(colour))

    def set_font(self, font: QFont) -> None:
        if font != self.font():
            self.setFont(font)


class BarChart(pg.GraphicsView):
    LABEL_SHARE = 0.42  # at most this share of the width for the labels

    def __init__(self, bars: list[Bar], parent=None):
        super().__init__(parent, background=qcolor(PALETTE.background))
        self.bars = bars
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFrameShape(pg.QtWidgets.QFrame.Shape.NoFrame)
        # A flat background: pyqtgraph's cached one is a viewport-sized pixmap made at the first
        # paint (a cold slide's), for nothing, as nothing here scrolls
        self.setCacheMode(pg.QtWidgets.QGraphicsView.CacheModeFlag.CacheNone)
        self.view = pg.ViewBox(invertY=True, enableMouse=False, enableMenu=False, defaultPadding=0)
        self.view.disableAutoRange()  # the range is the chart's pixels (relayout), never the items'
        self.setCentralItem(self.view)
        self.bar_item = pg.BarGraphItem(x0=[0], y0=[0], width=[0], height=[0])
        self.view.addItem(self.bar_item, ignoreBounds=True)
        self.label_items = [self._text(b.label) for b in bars]
        self.value_items = [self._text(b.value_text) for b in bars]
        self._text_px = 20
        self._fits = True
        self._laid_out: tuple[int, int, int] | None = None
        self._ranged: tuple[int, int] | None = None

    def _text(self, text: str) -> ChartText:
        item = ChartText(text, PALETTE.text)
        self.view.addItem(item, ignoreBounds=True)
        return item

    def texts(self) -> list[str]:
        """Every text on the chart: the bars' labels, then their values."""
        return [item.toPlainText() for item in self.label_items + self.value_items]

    # --- sizing --------------------------------------------------------------
    def set_text_px(self, px: int) -> None:
        self._text_px = px
        self.relayout()

    def text_px(self) -> int:
        return self._text_px

    def fits(self) -> bool:
        return self._fits and not self.overflowing_texts()

    def overflowing_texts(self) -> list[str]:
        """Texts whose laid-out box pokes out of the chart (for fitting and for tests)."""
        frame = QRectF(0, 0, self.width(), self.height())
        out = []
        for item in self.label_items + self.value_items:
            rect = item.mapRectToParent(item.boundingRect())  # the parent is the view's pixels
            if item.isVisible() and not frame.contains(rect):
                out.append(item.toPlainText())
        return out

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "bar_item"):  # pyqtgraph resizes once inside its own __init__
            self.relayout()

    def relayout(self) -> None:
        w, h = max(self.width(), 1), max(self.height(), 1)
        if (w, h, self._text_px) == self._laid_out:
            return  # e.g. the pending resize when a prepared page is shown
        self._laid_out = (w, h, self._text_px)
        if (w, h) != self._ranged:
            self._ranged = (w, h)
            self.view.setGeometry(QRectF(0, 0, w, h))
            self.view.setRange(xRange=(0, w), yRange=(0, h), padding=0)
        font = QFont()
        font.setFamilies(FAMILIES)
        font.setPixelSize(self._text_px)
        fm = QFontMetrics(font)
        label_w = self._label_width(fm, w)
        rows = [self._label_height(fm, b.label, label_w) for b in self.bars]
        bar_h, gap = self._bar_and_gap(fm.height(), rows, h)
        row_hs = [max(r, bar_h) for r in rows]
        total = sum(row_hs) + gap * max(len(row_hs) - 1, 0)
        x0 = label_w + round(fm.height() * 0.6)
        full = max(w - x0, 1)
        # One zero line: a fall (a negative value) is a bar to its left, never over the labels
        low = min(min((b.value for b in self.bars), default=0), 0)
        span = (max(max((b.value for b in self.bars), default=1), 0) - low) or 1
        zero = x0 + full * -low / span
        self._fits = total <= h and self._words_fit(fm, label_w)
        y = 0.0
        xs, ys, ws, hs, brushes = [], [], [], [], []
        for i, bar in enumerate(self.bars):
            length = full * abs(bar.value) / span
            left = zero if bar.value >= 0 else zero - length
            xs.append(left); ys.append(y + (row_hs[i] - bar_h) / 2); ws.append(length); hs.append(bar_h)
            brushes.append(qcolor(bar.colour))
            self._place_label(self.label_items[i], font, label_w, y, row_hs[i], rows[i])
            self._place_value(i, bar, font, fm, (x0, zero), left, length, ys[-1], bar_h, w)
            y += row_hs[i] + gap
        self.bar_item.setOpts(x0=xs, y0=ys, width=ws, height=hs, brushes=brushes,
                              pens=[pg.mkPen(None)] * len(xs))

    @staticmethod
    def _bar_and_gap(line: int, label_heights: list[int], h: int) -> tuple[int, int]:
        """Bars 1.45 lines thick with 0.55 lines between; thicker and airier (up to 2 and
        1.2 lines) when the chart has room, so a short chart does not huddle at the top."""
        n = max(len(label_heights), 1)
        for bar_f, gap_f in ((2.0, 1.2), (1.8, 1.0), (1.6, 0.8), (1.45, 0.55)):
            bar, gap = round(line * bar_f), round(line * gap_f)
            if sum(max(r, bar) for r in label_heights) + gap * (n - 1) <= h:
                break
        return bar, gap

    def _label_width(self, fm: QFontMetrics, w: int) -> int:
        natural = max((fm.horizontalAdvance(b.label) for b in self.bars), default=0) + 2
        return min(natural, round(w * self.LABEL_SHARE))

    @staticmethod
    def _label_height(fm: QFontMetrics, text: str, width: int) -> int:
        return fm.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, text).height()

    def _words_fit(self, fm: QFontMetrics, label_w: int) -> bool:
        words = [word for b in self.bars for word in b.label.split()]
        return all(fm.horizontalAdvance(word) <= label_w for word in words)

    @staticmethod
    def _place_label(item, font, width, row_y, row_h, text_h) -> None:
        item.set_font(font)
        if item.textWidth() != width:
            item.setTextWidth(width)
        item.setPos(0, row_y + (row_h - text_h) / 2)

    def _place_value(self, i, bar, font, fm, ends, left, length, bar_y, bar_h, w) -> None:
        """The value inside the bar at its far end, else just beyond it; a negative bar's
        value, when it has no room left of the bar, goes right of the zero line (and a zero's,
        when nothing is above zero, left of it)."""
        x0, zero = ends
        item = self.value_items[i]
        item.set_font(font)
        pad = fm.height() * 0.35
        text_w = fm.horizontalAdvance(bar.value_text)
        inside = length >= text_w + 2 * pad
        item.set_colour(PALETTE.on_accent if inside else PALETTE.text)
        if bar.value >= 0:
            x = left + length - pad - text_w if inside else left + length + pad
            if not inside and x + text_w > w and left - pad - text_w >= x0:
                x = left - pad - text_w  # a zero at the right edge (no value above zero): left of it
        elif inside:
            x = left + pad
        else:
            x = left - pad - text_w if left - pad - text_w >= x0 else zero + pad
        item.setPos(x, bar_y + (bar_h - fm.height()) / 2)
        if not inside and (x + text_w > w or x < x0):
            self._fits = False
