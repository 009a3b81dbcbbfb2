"""ExerciseCard: what the room sees while it works on an exercise.

Title, the current phase, the prompt, a big countdown with a progress ring, and a
caption that says in words when time is nearly or completely up.
"""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from facilitator.core.day.cues import exercise_focus
from facilitator.core.room_words import room_word

from facilitator.ui import texts, wall_style
from facilitator.ui.fit_label import FitLabel
from facilitator.ui.wall_style import WRAP_GAIN
from facilitator.ui.runner.progress_ring import ProgressRing
from facilitator.ui.runner.wall_card import WallCard


class ExerciseCard(WallCard):
    """lang: the session's language (the room reads this card), not the UI language."""

    def __init__(self, lang: str = "da", parent=None):
        super().__init__(parent)
        self.lang = lang
        self.title = FitLabel(bold=True, wrap=True, wrap_gain=WRAP_GAIN)  # a long title wraps, not shrinks
        self.phase = FitLabel()
        self.phase.setColor(wall_style.MUTED)
        self.countdown = FitLabel(bold=True, tabular=True, max_fraction=0.95)
        self.ring = ProgressRing()
        self.caption = FitLabel(bold=True)
        self.prompt = FitLabel(wrap=True, max_fraction=0.3)
        self.prompt.setColor(wall_style.MUTED)
        row = QHBoxLayout()
        row.addWidget(self.ring, 1)
        row.addWidget(self.countdown, 3)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title, 10)
        lay.addWidget(self.phase, 7)
        lay.addLayout(row, 42)
        lay.addWidget(self.caption, 9)
        lay.addWidget(self.prompt, 20)

    def show_state(self, state, block) -> None:
        ex = state.exercise
        if ex is None:  # no exercise timer yet: the block's own countdown
            title = block.exercises[0].title if block is not None and block.exercises else (
                block.title if block is not None else "")
            prompt = block.exercises[0].prompt if block is not None and block.exercises else ""
            self._show(title, "", prompt, state.remaining, state.level,
                       self._fraction(state.remaining, state.blocks[state.current].planned_duration)
                       if state.current is not None else 1.0)
            return
        remaining, total, level, on_phase = exercise_focus(ex)
        phase = ""
        if on_phase:
            phase = room_word("phase_whole", self.lang).format(
                n=ex.phase_index + 1, total=len(ex.exercise.phases), title=ex.phase.title,
                left=texts.countdown_text(ex.remaining))
        elif ex.phase is not None:
            phase = room_word("phase_left", self.lang).format(
                n=ex.phase_index + 1, total=len(ex.exercise.phases), title=ex.phase.title,
                left=texts.countdown_text(ex.phase_remaining))
        prompt = (ex.phase.prompt if ex.phase is not None and ex.phase.prompt else ex.exercise.prompt)
        if ex.status == "paused":
            phase = room_word("paused", self.lang) + (f" · {phase}" if phase else "")
        self._show(ex.exercise.title, phase, prompt, remaining, level, self._fraction(remaining, total))

    def show_planned(self, title: str, phase: str, prompt: str, seconds: float) -> None:
        """The card before the exercise starts, as the planner previews it."""
        self._show(title, phase, prompt, seconds, "normal", 1.0)

    @staticmethod
    def _fraction(remaining: float, total: float) -> float:
        return remaining / total if total > 0 else 0.0

    def _show(self, title, phase, prompt, remaining, level, fraction) -> None:
        self.title.setText(title)
        self.phase.setText(phase)
        self.prompt.setText(prompt)
        self.countdown.setText(texts.countdown_text(remaining))
        self.countdown.setColor(wall_style.level_color(level) if level != "normal" else wall_style.TEXT)
        self.caption.setText(texts.level_caption(level, remaining, self.lang))
        self.caption.setColor(wall_style.level_color(level))
        self.ring.set_progress(fraction, level)
        self.set_level(level)
