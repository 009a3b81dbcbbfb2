"""RoundCard: the wall during a report-back round.

Above: the presenting group, its countdown (the level shows as colour, caption and frame
as on the other cards) and 'Gruppe 2 af 6 — næste: Gruppe 3'. Below: the group's journey,
one page at a time so it is drawn at a size the back row can read (pages follow the
group's time: with three pages each has a third of it; Ctrl+Alt+Right/Left turn them by hand). Before the round the order is
shown; a group without a journey gets its name in large letters. Words follow the
session's language (round_words).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QStackedLayout, QVBoxLayout, QWidget

from facilitator.core.day.round_words import group_name, round_line, words
from facilitator.core.journeys.pages import page_journey, phase_pages

from facilitator.ui import texts, wall_style
from facilitator.ui.fit_label import FitLabel
from facilitator.ui.journeys.wall_view import columns_per_page, paint_fitted
from facilitator.ui.runner.wall_card import WallCard

LEVEL_AT = 60  # seconds left when a group's countdown turns to its warning colour


class JourneyPage(QWidget):
    """One page of a journey, painted as the journey wall view paints a whole one."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.journey, self.title = None, ""
        self.setMinimumSize(200, 120)

    def show_page(self, journey, title: str) -> None:
        self.journey, self.title = journey, title
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), Qt.white)
        if self.journey is not None:
            paint_fitted(p, self.journey, self.width(), self.height(), self.title)
        p.end()


class RoundCard(WallCard):
    def __init__(self, language: str = "da", parent=None):
        super().__init__(parent)
        self.language = language
        self.journeys: dict = {}  # journey id -> Journey, kept fresh by the RoundLink
        self.group = FitLabel(bold=True)
        self.countdown = FitLabel(bold=True, tabular=True, max_fraction=0.95)
        self.line = FitLabel()
        self.line.setColor(wall_style.MUTED)
        self.caption = FitLabel(bold=True)
        self.page = JourneyPage()
        self.big = FitLabel(bold=True, wrap=True, max_fraction=0.3)  # the order, or a group's name
        self.pages_shown: tuple[int, int] = (0, 0)  # (page, of pages) of the journey on the wall
        self._page_key = None
        self._turned = (None, 0)  # (journey shown, pages turned by hand from its time's page)
        head = QHBoxLayout()
        head.addWidget(self.group, 3)
        head.addWidget(self.countdown, 2)
        self._body = QStackedLayout()
        self._body.addWidget(self.big)
        self._body.addWidget(self.page)
        lay = QVBoxLayout(self)
        lay.addLayout(head, 16)
        lay.addWidget(self.line, 6)
        lay.addWidget(self.caption, 5)
        lay.addLayout(self._body, 73)

    def show_state(self, state, block) -> None:
        r = state.round
        if r is None:  # a round of the journeys before there is any journey: its title only
            title = block.title if block is not None else ""
            for label, text in ((self.group, ""), (self.countdown, ""), (self.line, ""), (self.caption, ""),
                                (self.big, title)):
                label.setText(text)
            self._body.setCurrentWidget(self.big)
            self.set_level("normal")
            return
        lang, w = self.language, words(self.language)
        self.line.setText(round_line(r, lang))
        current = r.current
        if current is None:  # before the round (the order) or after it
            self.group.setText(block.title if block is not None else "")
            self.countdown.setText("")
            self.caption.setText("")
            order = "" if r.finished else w["order"] + ":\n" + "\n".join(
                f"{k}. {group_name(g, lang)}" + (f" ({w['skipped']})" if g.status == "skipped" else "")
                for k, g in enumerate(r.groups, start=1))
            self.big.setText(order or round_line(r, lang))
            self._body.setCurrentWidget(self.big)
            self.set_level("normal")
            return
        level = "overtime" if r.remaining < 0 else "warning" if r.remaining <= LEVEL_AT else "normal"
        self.countdown.setText(texts.countdown_text(r.remaining))
        self.countdown.setColor(wall_style.level_color(level) if level != "normal" else wall_style.TEXT)
        self.caption.setText(texts.level_caption(level, r.remaining))
        self.caption.setColor(wall_style.level_color(level))
        self.set_level(level)
        journey = self.journeys.get(current.journey_id)
        name = group_name(current, lang)
        if journey is None:
            self.group.setText(name)
            self.big.setText(name)
            self._body.setCurrentWidget(self.big)
            return
        self.group.setText(f"{name} – {journey.title}" if journey.title and journey.title != name else name)
        self._show_journey(journey, name, current.seconds - r.remaining, current.seconds)

    def refresh_page(self) -> None:
        """The journey was edited: draw its page again at the next second."""
        self._page_key = None

    def turn_page(self, step: int) -> None:
        """The facilitator turns the journey's page (the group talks faster or slower than
        its time's share per page); a view matter like the slide shown, not journalled."""
        self._turned = (self._turned[0], self._turned[1] + step)

    def _show_journey(self, journey, name: str, elapsed: float, seconds: float) -> None:
        size = self.page.size()
        pages = phase_pages(journey, columns_per_page(max(size.width(), 200), max(size.height(), 120)))
        # each page gets an equal share of the group's time; overtime stays on the last
        index = min(len(pages) - 1, int(max(elapsed, 0) * len(pages) // max(seconds, 1)))
        if self._turned[0] != id(journey):  # a new group starts on its own time's page
            self._turned = (id(journey), 0)
        index = min(len(pages) - 1, max(0, index + self._turned[1]))
        part = page_journey(journey, pages[index])
        title = ", ".join(p.title for p in part.phases) or name
        if len(pages) > 1:
            title += f"  ({index + 1}/{len(pages)})"
        key = (id(journey), index, len(pages), size.width(), size.height())
        if key != self._page_key:  # a second's tick repaints the countdown, not the journey
            self._page_key = key
            self.pages_shown = (index, len(pages))
            self.page.show_page(part, title)
        self._body.setCurrentWidget(self.page)
