"""BreakCard: 'Pause — vi starter igen kl. 10.45' and a big, calm countdown."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from facilitator.core.day.emphasis import break_level
from facilitator.ui import texts, wall_style
from facilitator.ui.fit_label import FitLabel
from facilitator.ui.wall_style import WRAP_GAIN
from facilitator.ui.runner.wall_card import WallCard


class BreakCard(WallCard):
    """lang: the session's language (the room reads this card), not the UI language."""

    def __init__(self, lang: str = "da", parent=None):
        super().__init__(parent)
        self.lang = lang
        # Wraps for a long break title; "kl. 10.45" is glued, never split from its time.
        self.headline = FitLabel(bold=True, wrap=True, wrap_gain=WRAP_GAIN, max_fraction=0.7)
        self.countdown = FitLabel(bold=True, tabular=True, max_fraction=0.95)
        self.caption = FitLabel(bold=True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.headline, 16)
        lay.addWidget(self.countdown, 56)
        lay.addWidget(self.caption, 12)

    def show_state(self, state, block) -> None:
        self.headline.setText(texts.back_at_text(state.back_at, self.lang, block.title if block is not None else "",
                                                glued=True))
        self.countdown.setText(texts.countdown_text(state.remaining))
        level = break_level(state.remaining)  # calm: never the warning colours
        self.countdown.setColor(wall_style.level_color(level) if level != "normal" else wall_style.TEXT)
        self.caption.setText(texts.level_caption(level, state.remaining, self.lang))
        self.caption.setColor(wall_style.level_color(level))
        self.set_level(level)
