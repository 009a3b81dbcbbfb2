"""RoundCard: the wall during a report-back round.

Above: the presenting group, its countdown (the level shows as colour, caption and frame
as on the other cards) and 'Gruppe 2 af 6 — næste: Gruppe 3'. Below: the group's journey
in the journey wall view, a phase per page at a size the back row can read; the pages
follow the group's time (with three pages each has a third of it) and Ctrl+Alt+Right/Left
turn them by hand. Before the round the order is shown; a group without a journey gets
its name in large letters. Words follow the session's language (round_words).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedLayout, QVBoxLayout

from facilitator.core.day.round_words import group_name, round_line, words

from facilitator.ui import texts, wall_style
from facilitator.ui.fit_label import FitLabel
from facilitator.ui.journeys.wall_view import JourneyWallView
from facilitator.ui.runner.wall_card import WallCard

LEVEL_AT = 60  # seconds left when a group's countdown turns to its warning colour


class RoundBook(QObject):
    """The round's journeys in the shape the journey wall view reads (like the editor's book)."""

    changed = Signal(str, object)
    groups_changed = Signal(str)

    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self.language = language
        self.journeys: list = []

    def journey(self, journey_id: str):
        return next(j for j in self.journeys if j.id == journey_id)

    def ids(self) -> list[str]:
        return [j.id for j in self.journeys]

    def set_journeys(self, journeys) -> None:
        self.journeys = list(journeys)
        self.groups_changed.emit("")


class RoundCard(WallCard):
    def __init__(self, language: str = "da", parent=None):
        super().__init__(parent)
        self.language = language
        self.book = RoundBook(language, self)
        self.group = FitLabel(bold=True)
        self.countdown = FitLabel(bold=True, tabular=True, max_fraction=0.95)
        self.line = FitLabel()
        self.line.setColor(wall_style.MUTED)
        self.caption = FitLabel(bold=True)
        self.view = JourneyWallView(self.book, "")
        self.big = FitLabel(bold=True, wrap=True, max_fraction=0.3)  # the order, or a group's name
        self.pages_shown: tuple[int, int] = (0, 0)  # (page, of pages) of the journey on the wall
        self._turned = ("", 0)  # (journey shown, pages turned by hand from its time's page)
        head = QHBoxLayout()
        head.addWidget(self.group, 3)
        head.addWidget(self.countdown, 2)
        self._body = QStackedLayout()
        self._body.addWidget(self.big)
        self._body.addWidget(self.view)
        lay = QVBoxLayout(self)
        lay.addLayout(head, 16)
        lay.addWidget(self.line, 6)
        lay.addWidget(self.caption, 5)
        lay.addLayout(self._body, 73)

    def set_journeys(self, journeys) -> None:
        self.book.set_journeys(journeys)

    def refresh_page(self) -> None:
        """The journey was edited: draw its page again."""
        self.view.update()

    def turn_page(self, step: int) -> None:
        """The facilitator turns the journey's page (the group talks faster or slower than
        its time's share per page); a view matter like the slide shown, not journalled."""
        self._turned = (self._turned[0], self._turned[1] + step)

    def show_state(self, state, block) -> None:
        r = state.round
        if r is None:  # a round of the journeys before there is any journey: its title only
            self._big(block.title if block is not None else "")
            self.line.setText("")
            return
        lang, w = self.language, words(self.language)
        self.line.setText(round_line(r, lang))
        current = r.current
        if current is None:  # before the round (the order) or after it
            order = "" if r.finished else w["order"] + ":\n" + "\n".join(
                f"{k}. {group_name(g, lang)}" + (f" ({w['skipped']})" if g.status == "skipped" else "")
                for k, g in enumerate(r.groups, start=1))
            self._big(order or round_line(r, lang), group=block.title if block is not None else "")
            return
        level = "overtime" if r.remaining < 0 else "warning" if r.remaining <= LEVEL_AT else "normal"
        self.countdown.setText(texts.countdown_text(r.remaining))
        self.countdown.setColor(wall_style.level_color(level) if level != "normal" else wall_style.TEXT)
        self.caption.setText(texts.level_caption(level, r.remaining, lang))
        self.caption.setColor(wall_style.level_color(level))
        self.set_level(level)
        name = group_name(current, lang)
        if current.journey_id not in self.book.ids():
            self.group.setText(name)
            self.big.setText(name)
            self._body.setCurrentWidget(self.big)
            return
        self.group.setText(name)  # the journey's own title is on its page
        self._show_journey(current.journey_id, current.seconds - r.remaining, current.seconds)

    def _big(self, text: str, group: str = "") -> None:
        # each label set once: a title emptied and set again every second repainted it every second
        self.group.setText(group)
        for label in (self.countdown, self.caption):
            label.setText("")
        self.big.setText(text)
        self._body.setCurrentWidget(self.big)
        self.set_level("normal")

    def _show_journey(self, journey_id: str, elapsed: float, seconds: float) -> None:
        if self._turned[0] != journey_id:  # a new group starts on its own time's page
            self._turned = (journey_id, 0)
        self.view.jid = journey_id
        self._body.setCurrentWidget(self.view)
        count = max(1, self.view.page_count())
        # each page gets an equal share of the group's time; overtime stays on the last
        by_time = min(count - 1, int(max(elapsed, 0) * count // max(seconds, 1)))
        index = min(count - 1, max(0, by_time + self._turned[1]))
        if (index, count) != self.pages_shown or self.view.page != index:
            self.pages_shown = (index, count)
            self.view.page = index
            self.view.update()
