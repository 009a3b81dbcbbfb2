"""Figures slide: bar charts of comparable figures, key-figure tiles for the rest.

Only figures of the same measure and unit share an axis; a figure with no partner
becomes a tile (big number, what it counts, its source), never a lonely bar.
"""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout

from facilitator.ui.slides.chart import Bar, BarChart
from facilitator.ui.slides.page import SlidePage
from facilitator.ui.slides.theme import PALETTE, value_with_unit


def group_figures(figures) -> list[list]:
    """Figures grouped by (measure, unit), in first-seen order."""
    groups: dict[tuple[str, str], list] = {}
    for fig in figures:
        groups.setdefault((fig.measure, fig.unit), []).append(fig)
    return list(groups.values())


def chart_heading(measure: str, unit: str) -> str:
    text = measure[:1].upper() + measure[1:] if measure else ""
    return f"{text} ({unit})" if text and unit else text or unit


def figure_sources(figures, slide_source: str = "") -> str:
    """Distinct sources of the figures, or the slide's own when they name none."""
    seen = [f.source for f in figures if f.source]
    distinct = list(dict.fromkeys(seen))
    if not distinct:
        return slide_source
    return "; ".join(distinct)


class FiguresSlide(SlidePage):
    def build(self) -> None:
        self.title_block(self.slide.title)
        if self.slide.subtitle:  # documented for figures slides (sessions/README.md)
            self.root.addWidget(self.label(self.slide.subtitle, "subtitle", PALETTE.muted))
        groups = group_figures(self.slide.figures)
        charted = [g for g in groups if len(g) > 1]
        singles = [g[0] for g in groups if len(g) == 1]
        row = self.box(QHBoxLayout(), spacing=0.05)
        for group in charted:
            row.addLayout(self.chart_column(group, label=lambda f: f.label), 3)
        shown = self.slide.source or figure_sources(self.slide.figures)
        if singles:
            per_row = 1 if charted else min(3, len(singles))
            columns = per_row if charted or len(singles) > 1 else 2  # a lone tile: half width
            row.addLayout(self._tiles(singles, per_row, columns, shown), 2 if charted else 1)
        self.root.addLayout(row, 1)
        src = self.source_line(shown)
        if src:
            self.root.addWidget(src)

    def chart_column(self, figures, label, colours=None, sources=False) -> QVBoxLayout:
        """Heading (measure and unit) over a chart of `figures`; `label` names each bar."""
        col = self.box(QVBoxLayout(), spacing=0.02)
        col.addWidget(self.label(chart_heading(figures[0].measure, figures[0].unit), "heading",
                                 PALETTE.accent))
        bars = [Bar(label(f), f.value, value_with_unit(f.value, "%" if f.unit == "%" else "",
                                                        self.language),
                    colours[i] if colours else PALETTE.accent)
                for i, f in enumerate(figures)]
        chart = BarChart(bars)
        self._charts.append(chart)
        col.addWidget(chart, 1)
        src = self.source_line(figure_sources(figures)) if sources else None
        if src:  # None when no figure names a source (the field is optional)
            col.addWidget(src)
        return col

    def _tiles(self, figures, per_row: int, columns: int, shown_source: str) -> QVBoxLayout:
        """Key-figure tiles: big number, what it counts, and its source unless the slide's
        source line below already says it."""
        col = self.box(QVBoxLayout(), spacing=0.025)
        grid, cards = self.figure_cards(figures, per_row, shown_source, "number", PALETTE.accent, "body", 0.025)
        for frame in cards:  # Expanding like the chart beside it, so the 3:2 stretch holds
            frame.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        for c in range(columns):
            grid.setColumnStretch(c, 1)  # equal columns
        col.addLayout(grid)
        col.addStretch(1)
        return col
