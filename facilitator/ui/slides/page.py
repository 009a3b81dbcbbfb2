"""The base of every slide renderer: text roles, spacing from the height, and fit-to-size.

A renderer builds its widgets once with `label()` and layouts. On every resize the
page sets fonts and spacing for its height at scale 1.0 and then shrinks the scale
step by step until every piece of text fits its box, so long Danish titles wrap
first and only shrink when wrapping is not enough. Nothing is ever clipped.
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QLayout, QSizePolicy, QVBoxLayout, QWidget

from facilitator.ui.slides.shapes import Card, Rule
from facilitator.ui.slides.theme import (
    GAP, MARGIN, PALETTE, TEXT_SIZES, figure_where, qcolor, slide_font, text_px, value_with_unit,
)
from facilitator.ui.slides.words import word

MIN_SCALE = 0.35
SCALE_STEP = 0.92


def _scale_steps() -> tuple[float, ...]:
    """1, STEP, STEP*STEP ... as the step-by-step search multiplied them, down to MIN_SCALE."""
    out, scale = [1.0], 1.0
    while scale > MIN_SCALE:
        scale *= SCALE_STEP
        out.append(scale)
    return tuple(out)


_SCALES = _scale_steps()


class SlideLabel(QLabel):
    """Plain, word-wrapped slide text with a type role from the theme."""

    def __init__(self, text: str, role: str, colour: str = PALETTE.text, parent=None):
        super().__init__(text, parent)
        self.role = role
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        if colour != PALETTE.text:  # the page's own text colour (SlidePage) is inherited
            self.setPalette(_text_palette(colour))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._flags = None  # text_fits' layout flags, from the alignment

    def setAlignment(self, alignment) -> None:
        super().setAlignment(alignment)
        self._flags = None

    def text_fits(self) -> bool:
        """Does the laid-out text fit inside this label's box (no clipped line or word)?"""
        text = self.text()
        if not text:
            return True
        box = self.contentsRect()
        if self._flags is None:  # once: each enum operation is a Python call, and a fit asks often
            # Top-aligned in a tall box, as QLabel measures it (a centred box rounds differently).
            self._flags = int(self.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask) | Qt.TextFlag.TextWordWrap
        width = box.width()
        need = self.fontMetrics().boundingRect(QRect(0, 0, width, 100000), self._flags, text)
        return need.width() <= width and need.height() <= box.height()


class SlidePage(QWidget):
    """A rendered slide. Subclasses build content in `build()` into `self.root`."""

    background = PALETTE.background

    def __init__(self, slide, session, role: str = "wall", parent=None):
        super().__init__(parent)
        self.slide, self.session, self.role = slide, session, role
        self.language = getattr(session, "language", "da")
        self.scale = 1.0
        self._fitted_size = None
        self._charts: list = []  # BarChart widgets; their text follows the body size
        self._labels: list[SlideLabel] = []
        self._boxes: list[tuple[QLayout, float, float]] = []  # layout, margin, spacing fractions
        self._found: tuple[list, list, list] | None = None  # see _parts()
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, qcolor(self.background))
        # the slide's text colour, inherited by its labels: a palette of their own for each of
        # them (a page has a dozen or more) was a tenth of building it
        pal.setColor(QPalette.ColorRole.WindowText, qcolor(PALETTE.text))
        self.setPalette(pal)
        self.root = self.box(QVBoxLayout(self), margin=MARGIN, spacing=GAP)
        self.build()

    # --- for renderers -------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError

    def label(self, text: str, role: str, colour: str = PALETTE.text, align=None) -> SlideLabel:
        lab = SlideLabel(text, role, colour)
        if align is not None:
            lab.setAlignment(align)
        self._labels.append(lab)
        return lab

    def box(self, layout: QLayout, margin: float = 0.0, spacing: float = GAP) -> QLayout:
        """Register a layout whose margins and spacing follow the slide height."""
        self._boxes.append((layout, margin, spacing))
        return layout

    def card(self, edge: str = "", edge_colour: str = PALETTE.accent) -> tuple[Card, QVBoxLayout]:
        frame = Card(edge, edge_colour)
        return frame, self.box(QVBoxLayout(frame), margin=0.022, spacing=0.012)

    def figure_cards(self, figures, per_row: int, known_source: str, value_role: str,
                     value_colour: str, label_role: str, spacing: float) -> tuple[QGridLayout, list[Card]]:
        """Key-figure cards in a grid: the number, what it counts, and its source unless
        `known_source` (said once elsewhere on the slide) already covers it."""
        grid = self.box(QGridLayout(), spacing=spacing)
        cards = []
        for i, fig in enumerate(figures):
            frame, box = self.card()
            box.addWidget(self.label(value_with_unit(fig.value, fig.unit, self.language), value_role, value_colour))
            box.addWidget(self.label(fig.label, label_role))
            where = figure_where(fig)
            if where and where != known_source:
                box.addWidget(self.source_line(where))
            box.addStretch(1)
            grid.addWidget(frame, i // per_row, i % per_row)
            cards.append(frame)
        return grid, cards

    def title_block(self, text: str) -> None:
        """The slide title with a short accent rule under it."""
        self.root.addWidget(self.label(text, "title"))
        self.root.addWidget(Rule())

    def source_line(self, text: str, prefix: bool = True) -> SlideLabel | None:
        if not text:
            return None
        lead = word("source", self.language)
        lab = self.label(f"{lead}: {text}" if prefix else text, "source", PALETTE.muted)
        lab.setProperty("source", True)
        return lab

    def chart_widgets(self) -> list:
        """Charts that take part in fitting (see BarChart.set_text_px / fits)."""
        return self._charts

    # --- sizing --------------------------------------------------------------
    def px(self, fraction: float) -> int:
        return max(1, round(fraction * self.height() * self.scale))

    def labels(self) -> list[SlideLabel]:
        return list(self._labels)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        if self.height() <= 0 or self.size() == self._fitted_size:
            return
        self._fitted_size = self.size()
        self.scale = 1.0
        self._apply_scale()
        if self.fits():
            return
        # The first scale of 1, STEP, STEP^2 ... (down to MIN_SCALE) at which it fits (a smaller
        # scale never fits worse). Each try is a layout pass, the cost of a cold slide: start
        # from a guess measured at 1.0 and walk to the answer, two or three passes in the usual case.
        self._settle(self._guess())

    def _guess(self) -> int:
        """A scale step at or just above the one that fits, from how much taller than the page
        the content laid out at scale 1.0 is (text and spacing shrink with the scale). One step
        too large costs one more pass; one too small two (a pass above it, then back)."""
        layout = self.layout()
        w, h = self.width(), self.height()
        need = layout.totalHeightForWidth(w) if layout.hasHeightForWidth() else layout.totalMinimumSize().height()
        room = h / max(need, 1)
        below = next((i for i, s in enumerate(_SCALES) if s <= room), len(_SCALES) - 1)
        return max(1, below - 1)

    def _try(self, index: int) -> bool:
        self.scale = _SCALES[index]
        self._apply_scale()
        return self.fits()

    def _settle(self, index: int) -> None:
        """The first step that fits (scale 1.0 did not), the last one even if none fits: the
        answer a search over every step would give, found from `index` (the guess).

        On the wall the guess is at the answer or a step or two from it: probing the guess,
        then one and two steps away, settles it with the passes (and so the fonts) of a
        step-by-step walk. In a small preview the guess can be far off, because text stops
        shrinking at the 7 px floor (theme.text_px): many slides fit at no step, and walking
        to the last one cost up to a dozen layout passes. So the third probe is the far end
        (one pass says "none fits", or "the largest fits"), the first one when body text is
        already at the floor, and the steps left in between are halved."""
        last = len(_SCALES) - 1
        # steps <= low do not fit (scale 1.0, step 0, did not); high fits, or is the last
        if self._try(index):
            low, high, probes = 0, index, (index - 1, index - 2, 1)  # towards the largest
        elif self._text_at_its_smallest(index + 1):  # shrinking more hardly helps: the far end
            low, high, probes = index, last, (last,)
        else:
            low, high, probes = index, last, (index + 1, index + 2, last)
        for probe in probes:
            if not low < probe <= high or (probe == high and probe != last):
                break  # bracketed: nothing left to probe on this side
            if self._try(probe):
                high = probe
            else:
                low = probe
            if probe != (high if probe < index else low):
                break  # the answer is between the guess and this probe
        while high - low > 1:
            mid = (low + high) // 2
            if self._try(mid):
                high = mid
            else:
                low = mid
        if self.scale != _SCALES[high]:
            self.scale = _SCALES[high]
            self._apply_scale()

    def _text_at_its_smallest(self, index: int) -> bool:
        """Body text at step `index` is as small as at the last step (the 7 px floor): only
        margins and titles still shrink, so most such pages fit at no step."""
        last = len(_SCALES) - 1
        h = self.height()
        return text_px("body", h, _SCALES[min(index, last)]) == text_px("body", h, _SCALES[last])

    def is_fitted(self) -> bool:
        """Laid out and fitted at its current size (a page prepared in a view not yet on
        screen is fitted when the view is shown)."""
        return self._fitted_size == self.size()

    def fits(self) -> bool:
        page = self.rect()
        for lab in self._labels:
            if lab.isHidden():
                continue
            geo = QRect(lab.mapTo(self, lab.rect().topLeft()), lab.size())
            if not lab.text_fits() or not page.contains(geo):
                return False
        return all(chart.fits() for chart in self.chart_widgets())

    def _apply_scale(self) -> None:
        h = self.height()
        for lab in self._labels:
            lab.setFont(_font(lab.role, h, self.scale))
        for layout, margin, spacing in self._boxes:
            m = self.px(margin)
            layout.setContentsMargins(m, m, m, m)
            layout.setSpacing(self.px(spacing))
        rules, cards, _layouts = self._parts()
        for rule in rules:
            rule.setFixedSize(self.px(0.09), max(2, self.px(0.006)))
        for card in cards:
            card.edge_px = max(3, self.px(0.007))
        self._activate(self.layout())
        # Chart text is as large as body text (the issue: axis labels >= body text on the wall).
        for chart in self.chart_widgets():
            chart.set_text_px(text_px("body", h, self.scale))

    def _parts(self) -> tuple[list, list, list]:
        """The page's rules, cards and its child widgets' layouts: built once in build(),
        looked up once (a fit lays the page out several times)."""
        if self._found is None:
            layouts = [w.layout() for w in self.findChildren(QWidget) if w.layout() is not None]
            self._found = (self.findChildren(Rule), self.findChildren(Card), layouts)
        return self._found

    def _activate(self, layout: QLayout) -> None:
        # Lay out now, not at the next event-loop turn, so fitting can measure the result;
        # a hidden page (prepared ahead) gets no resize events, so walk its children too.
        layout.invalidate()
        layout.activate()
        for child in self._parts()[2]:
            child.invalidate()
            child.activate()


@lru_cache(maxsize=None)
def _text_palette(colour: str) -> QPalette:
    """A palette that sets only the text colour (the rest is the parent's), made once a colour."""
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.WindowText, qcolor(colour))
    return pal


@lru_cache(maxsize=1024)
def _font(role: str, height: int, scale: float) -> QFont:
    """slide_font, made once per role, height and scale step (fitting tries several)."""
    return slide_font(role, height, scale)


# Scale steps whose fonts prepare_fonts loads: 1.0 down to 0.72. Every slide of the seed and
# of the sample deck fits a wall (768 or 1080 px) within them; the steps below are a crowded
# slide's, which loads its own few fonts (4-5 roles a step) when it is first drawn.
FONT_STEPS = 5


def prepare_fonts(height: int) -> None:
    """Load the fonts a page `height` px high tries while fitting: each role at each of the
    first FONT_STEPS scale steps. The first use of a font size costs about 0.3 ms (Qt makes
    its font engine), and a cold slide's fit tries 4-5 roles at 2-4 scales: a third of its
    time. Qt keeps the engines. All 14 steps were 100 engines at 1080 px (20-30 ms of the
    warmer's first second), of which the whole seed deck uses 32, all in the first 5 steps."""
    for scale in _SCALES[:FONT_STEPS]:
        for role in TEXT_SIZES:
            QFontMetrics(_font(role, height, scale)).height()
