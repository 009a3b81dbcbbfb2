"""FitLabel: text drawn as large as its box allows, never clipped.

Wall text must be readable from the back of the room at any projector size, so
the font follows the widget's size instead of a fixed point size: the largest
pixel size (up to ``max_fraction`` of the height) at which the text, wrapped if
allowed, fits inside the box.
"""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

_FLAGS = Qt.AlignmentFlag.AlignCenter
_REFERENCE_PX = 100  # one font engine shared by every label's first measurement


class FitLabel(QWidget):
    def __init__(self, text: str = "", *, bold: bool = False, wrap: bool = False,
                 max_fraction: float = 0.8, tabular: bool = False, wrap_gain: float = 1.0, parent=None):
        """wrap_gain: with wrap, the text wraps only when that makes it at least this many
        times larger than on one line (a headline reads best on one line until a long title
        would make it small)."""
        super().__init__(parent)
        self._text, self._bold, self._wrap = text, bold, wrap
        self._wrap_gain, self._wraps_now = wrap_gain, wrap
        self._max_fraction, self._tabular = max_fraction, tabular
        self._color = QColor("white")
        self._align = _FLAGS
        self._font: QFont | None = None  # cached for the current text and size
        self._cap: int | None = None  # a ceiling, to give a group of labels one size
        self._uncapped: tuple | None = None  # (text, bold, box size, pixel size) last measured
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(10, 10)
        # Opaque: a ticking countdown repaints itself only, not the card underneath.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # --- content -------------------------------------------------------------
    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            # A countdown keeps its size while only digits change (no jumping font).
            same_shape = _shape(text) == _shape(self._text)
            old, self._text = self._text, text
            if not same_shape:
                self._font = None
            if same_shape and not self._wrap and self._font is not None:
                self._update_changed_cells(old, text)  # a tick repaints a digit or two, not the box
            else:
                self.update()

    def _update_changed_cells(self, old: str, new: str) -> None:
        if self._tabular:
            fm = QFontMetrics(self._font)
            advance = fm.horizontalAdvance("0")
            left, top, _w, height = self._text_box(fm)
            for i, (a, b) in enumerate(zip(old, new)):
                if a != b:
                    self.update(QRect(left + i * advance - 2, top, advance + 4, height))
            return
        self._update_changed_glyphs(old, new)

    def _update_changed_glyphs(self, old: str, new: str) -> None:
        """A line with a countdown in it ('Fase 1 af 2: … · hele øvelsen 29:35'): only the
        digits that changed are repainted, where drawText puts them. Text above Qt's glyph
        cache (about 64 px) is drawn from outlines, 5 ms a line on the wall every second;
        clipped to a digit it is a tenth of that. Digits of unequal width move what follows:
        then the whole line."""
        fm = QFontMetricsF(self._font)
        changed = [i for i, (a, b) in enumerate(zip(old, new)) if a != b]
        if _right_to_left(new) or any(fm.horizontalAdvance(old[i]) != fm.horizontalAdvance(new[i]) for i in changed):
            self.update()  # positions by the prefix's width hold for left-to-right text only
            return
        rect = self.contentsRect()
        width = fm.horizontalAdvance(new)
        if self._align & Qt.AlignmentFlag.AlignLeft:
            left = rect.left()
        elif self._align & Qt.AlignmentFlag.AlignRight:
            left = rect.right() + 1 - width
        else:
            left = rect.left() + (rect.width() - width) / 2
        pad = 2 + self._font.pixelSize() // 8  # anti-aliasing and a glyph's overhang
        for i in changed:
            x = left + fm.horizontalAdvance(new[:i])
            self.update(QRect(int(x) - pad, rect.top(), int(fm.horizontalAdvance(new[i])) + 2 * pad, rect.height()))

    def setColor(self, color) -> None:
        color = QColor(color)
        if color != self._color:  # called every second: repaint only for a real change
            self._color = color
            self.update()

    def setAlignment(self, align) -> None:
        self._align = align
        self.update()

    def setBold(self, bold: bool) -> None:
        if bold != self._bold:
            self._bold, self._font = bold, None
            self.update()

    def set_pixel_cap(self, px: int | None) -> None:
        if px != self._cap:
            self._cap, self._font = px, None
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, 40)

    # --- layout --------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        self._font = None
        super().resizeEvent(event)

    def _base_font(self, px: int) -> QFont:
        f = QFont(self.font())
        f.setPixelSize(max(1, px))
        f.setBold(self._bold)
        if self._tabular:
            f.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
            f.setStyleHint(QFont.StyleHint.Monospace)
        return f

    def _fits(self, font: QFont, rect: QRect) -> bool:
        fm = QFontMetrics(font)
        if self._wraps_now:
            r = fm.boundingRect(QRect(0, 0, rect.width(), 100000),
                                int(Qt.TextFlag.TextWordWrap | _FLAGS), self._text)
            return r.width() <= rect.width() and r.height() <= rect.height()
        return fm.horizontalAdvance(self._text) <= rect.width() and fm.height() <= rect.height()

    def fitted_font(self) -> QFont:
        if self._font is None:
            rect = self.contentsRect()
            hi = max(1, int(rect.height() * self._max_fraction / 0.75))
            if self._cap:
                hi = min(hi, self._cap)
            self._font = self._base_font(self._largest_fitting(rect, hi))
        return self._font

    def uncapped_pixel_size(self) -> int:
        """The pixel size fitted_font would have without the cap (for a group to agree on one
        cap), measured again only when the text, the weight or the box changed: a row of the
        wall's agenda asks every second."""
        rect = self.contentsRect()
        key = (self._text, self._bold, rect.width(), rect.height(), self.font().key())
        if self._uncapped is None or self._uncapped[:-1] != key:
            hi = max(1, int(rect.height() * self._max_fraction / 0.75))
            wraps_now = self._wraps_now  # belongs to the cached font
            self._uncapped = (*key, self._largest_fitting(rect, hi))
            if self._font is not None:
                self._wraps_now = wraps_now
        return self._uncapped[-1]

    def _largest_fitting(self, rect: QRect, hi: int) -> int:
        """The largest pixel size in 1..hi at which the text fits, wrapped only when that gains
        wrap_gain (see __init__); sets _wraps_now for painting."""
        self._wraps_now = self._wrap
        if not self._wrap or self._wrap_gain <= 1.0:
            return self._largest(rect, hi)
        wrapped = self._largest(rect, hi)
        self._wraps_now = False
        one_line = self._largest(rect, hi)
        self._wraps_now = wrapped >= one_line * self._wrap_gain
        return wrapped if self._wraps_now else one_line

    def _largest(self, rect: QRect, hi: int) -> int:
        """The largest pixel size in 1..hi at which the text fits. A line's width and height
        grow in proportion to the size, so one measurement at a reference size lands within a
        pixel or two, and a step or two settles it (each new size is a new font engine: a
        binary search's dozen of them were much of the first paint). Wrapped text is guessed
        from its lines as written (the round's order on the wall: 33 lines, ~1 ms a measure);
        when it must wrap further the guess is too large, and the sizes below it are searched."""
        if not self._text:
            return self._bisect(rect, 1, hi)
        fm = QFontMetrics(self._base_font(_REFERENCE_PX))
        if self._wraps_now:
            lines = fm.boundingRect(QRect(0, 0, 1 << 24, 1 << 24), int(_FLAGS), self._text)
            width, height = max(1, lines.width()), max(1, lines.height())
        else:
            width, height = max(1, fm.horizontalAdvance(self._text)), max(1, fm.height())
        guess = max(1, min(hi, int(_REFERENCE_PX * min(rect.width() / width, rect.height() / height))))
        fits = self._fits(self._base_font(guess), rect)
        if self._wraps_now and not fits:
            return self._bisect(rect, 1, guess - 1) if guess > 1 else 1
        if fits:
            for _ in range(3):  # usually the answer, or a pixel below it
                if guess >= hi or not self._fits(self._base_font(guess + 1), rect):
                    return guess
                guess += 1
            return self._bisect(rect, guess, hi)
        for _ in range(3):
            guess -= 1
            if guess <= 1 or self._fits(self._base_font(guess), rect):
                return max(1, guess)
        return self._bisect(rect, 1, guess - 1)

    def _bisect(self, rect: QRect, lo: int, hi: int) -> int:
        """The largest size in lo..hi that fits (lo when none does: lo fits or is 1)."""
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._fits(self._base_font(mid), rect):
                lo = mid
            else:
                hi = mid - 1
        return lo

    def digit_height(self) -> int:
        """Height in pixels of a drawn digit: what the back row sees."""
        return QFontMetrics(self.fitted_font()).tightBoundingRect("0").height()

    def is_clipped(self) -> bool:
        return bool(self._text) and not self._fits(self.fitted_font(), self.contentsRect())

    def _text_box(self, fm: QFontMetrics) -> tuple[int, int, int, int]:
        """Where one line of text is drawn (left, top, width, height), as drawText places it."""
        rect = self.contentsRect()
        width = fm.horizontalAdvance(self._text)
        if self._align & Qt.AlignmentFlag.AlignLeft:
            x = rect.left()
        elif self._align & Qt.AlignmentFlag.AlignRight:
            x = rect.right() + 1 - width
        else:
            x = rect.left() + (rect.width() - width) // 2
        return x, rect.top() + (rect.height() - fm.height()) // 2, width, fm.height()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(event.rect(), self.palette().window())
        if not self._text:
            return
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.setFont(self.fitted_font())
        p.setPen(self._color)
        if self._tabular and not self._wrap:  # the same place _update_changed_cells repaints
            fm = QFontMetrics(self.fitted_font())
            x, y, _w, _h = self._text_box(fm)
            p.drawText(QPoint(x, y + fm.ascent()), self._text)
            return
        flags = int(self._align | (Qt.TextFlag.TextWordWrap if self._wraps_now else 0))
        p.drawText(self.contentsRect(), flags, self._text)


def _right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL", "RLE", "RLO", "RLI") for c in text)


def _shape(text: str) -> str:
    return "".join("0" if c.isdigit() else c for c in text)
