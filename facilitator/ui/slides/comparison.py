"""Comparison slide: the platforms side by side, and charts of what they share.

A card per platform with its headline figures; under them up to two charts, each
of one measure and unit (users worldwide are not US visitors), bars named by
platform and what the figure counts, sources under each chart.
"""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout

from facilitator.ui.slides.figures import FiguresSlide
from facilitator.ui.slides.theme import PALETTE, SERIES, value_with_unit

HEADLINE_FIGURES = 2
MAX_CHARTS = 2


def shared_measures(platforms, measure: str = "") -> list[list[tuple]]:
    """[(platform, figure), ...] per (measure, unit) that two or more platforms have."""
    groups: dict[tuple[str, str], list[tuple]] = {}
    for p in platforms:
        for f in p.figures:
            if f.measure and (not measure or f.measure == measure):
                groups.setdefault((f.measure, f.unit), []).append((p, f))
    shared = [g for g in groups.values() if len({p.id for p, _ in g}) > 1]
    shared.sort(key=len, reverse=True)  # stable: ties keep first-seen order
    return shared[:MAX_CHARTS]


class ComparisonSlide(FiguresSlide):
    def build(self) -> None:
        ids = self.slide.platforms or [p.id for p in self.session.platforms]
        platforms = [self.session.platform(i) for i in ids]
        colour = {p.id: SERIES[i % len(SERIES)] for i, p in enumerate(platforms)}
        self.title_block(self.slide.title)
        cards = self.box(QHBoxLayout(), spacing=0.02)
        for p in platforms:
            cards.addWidget(self._card(p, colour[p.id]), 1)
        self.root.addLayout(cards)
        charts = self.box(QHBoxLayout(), spacing=0.05)
        for group in shared_measures(platforms, self.slide.measure):
            figures = [f for _, f in group]
            names = {id(f): p.name for p, f in group}
            charts.addLayout(self.chart_column(
                figures, label=lambda f, names=names: self._bar_label(names[id(f)], f),
                colours=[colour[p.id] for p, _ in group], sources=True), 1)
        self.root.addLayout(charts, 1)

    @staticmethod
    def _bar_label(name: str, fig) -> str:
        when = f", {fig.when}" if fig.when else ""
        return f"{name} – {fig.label}{when}"

    def _card(self, platform, colour: str):
        frame, box = self.card("top", colour)
        box.addWidget(self.label(platform.name, "heading", PALETTE.text))
        for fig in platform.figures[:HEADLINE_FIGURES]:
            box.addWidget(self.label(value_with_unit(fig.value, fig.unit, self.language),
                                     "small", colour))
            box.addWidget(self.label(fig.label, "source", PALETTE.muted))
        box.addStretch(1)
        return frame
