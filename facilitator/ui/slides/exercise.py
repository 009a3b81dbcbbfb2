"""Exercise slide: generated from the exercise — its title, prompt and timed phases."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout

from facilitator.ui.slides.page import SlidePage
from facilitator.ui.slides.theme import PALETTE
from facilitator.ui.slides.words import word


class ExerciseSlide(SlidePage):
    def build(self) -> None:
        exercise = self.session.exercise(self.slide.exercise)
        lead = word("exercise", self.language).upper()
        self.root.addWidget(self.label(lead, "small", PALETTE.accent))
        self.title_block(self.slide.title or exercise.title)
        self.root.addWidget(self.label(exercise.prompt.strip(), "body"))
        self.root.addStretch(1)
        if exercise.phases:
            self.root.addLayout(self._phases(exercise.phases))

    def _phases(self, phases) -> QHBoxLayout:
        row = self.box(QHBoxLayout(), spacing=0.02)
        minutes = word("minutes", self.language)
        for n, phase in enumerate(phases, 1):
            frame, box = self.card()
            box.addWidget(self.label(f"{n} · {phase.duration // 60} {minutes}", "small",
                                     PALETTE.accent))
            box.addWidget(self.label(phase.title, "small"))
            if phase.prompt:
                box.addWidget(self.label(phase.prompt, "source", PALETTE.muted))
            box.addStretch(1)
            row.addWidget(frame, 1)
        return row
