"""ParticipantWindow: the projector. Shows one thing at a time, chosen by wall mode.

Pages: the current slide (the slides part plugs its view in), the exercise card,
the break card, the agenda, a black or a white wall, and any other widget (the
journey view). Presenter notes never come here: nothing on this window reads them.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QSizePolicy, QStackedLayout, QWidget

from facilitator.core.day.wall import WallMode

from facilitator.ui.runner.agenda_wall import AgendaWall
from facilitator.ui.runner.break_card import BreakCard
from facilitator.ui.runner.exercise_card import ExerciseCard


def _plain(color: str) -> QWidget:
    w = QWidget()
    w.setAutoFillBackground(True)
    pal = w.palette()
    pal.setColor(QPalette.ColorRole.Window, QColor(color))
    w.setPalette(pal)
    return w


class ParticipantWindow(QWidget):
    """lang: the session's language -- everything on the wall is in it, whatever the UI speaks."""

    def __init__(self, title: str = "", lang: str = "da", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Facilitator — participant view"))
        self.setCursor(Qt.CursorShape.BlankCursor)  # no mouse pointer on the wall
        # Closing the presenter window ends the app; the wall alone must not keep it open.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.exercise_card = ExerciseCard(lang)
        self.break_card = BreakCard(lang)
        self.agenda = AgendaWall(title, lang)
        self.black, self.white = _plain("black"), _plain("white")
        self.slide_slot: QWidget | None = None
        self.round_slot: QWidget | None = None  # the report-back round's card
        self.custom: QWidget | None = None
        self._stack = QStackedLayout(self)
        for page in (self.exercise_card, self.break_card, self.agenda, self.black, self.white):
            self._stack.addWidget(page)
        self._mode = WallMode.AGENDA
        self._state = self._block = None
        self.resize(1024, 576)

    # --- slots for the other parts --------------------------------------------
    def set_slide_widget(self, widget: QWidget) -> None:
        """The slides part's SlideView; shown in SLIDE mode."""
        self.slide_slot = self._replace(self.slide_slot, widget)
        self.set_mode(self._mode)

    def set_round_widget(self, widget: QWidget) -> None:
        """The report-back round's card; shown in ROUND mode."""
        self.round_slot = self._replace(self.round_slot, widget)
        self.set_mode(self._mode)

    def show_widget(self, widget: QWidget) -> None:
        """Any other view (the journey on the wall); shown in JOURNEY mode."""
        self.custom = self._replace(self.custom, widget)
        self.set_mode(self._mode)

    def _replace(self, old: QWidget | None, new: QWidget) -> QWidget:
        if old is not None and old is not new:
            self._stack.removeWidget(old)
        if self._stack.indexOf(new) < 0:
            # A page plugged in later (the round's card after the first paint, the journey)
            # fills whatever the wall has: it must not make a windowed wall grow under the room.
            new.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            self._stack.addWidget(new)
        return new

    # --- what to show ------------------------------------------------------------
    def mode(self) -> WallMode:
        return self._mode

    def current_page(self) -> QWidget:
        return self._stack.currentWidget()

    def set_mode(self, mode: WallMode) -> None:
        self._mode = mode
        page = {
            WallMode.EXERCISE: self.exercise_card,
            WallMode.BREAK: self.break_card,
            WallMode.AGENDA: self.agenda,
            WallMode.BLACK: self.black,
            WallMode.WHITE: self.white,
            WallMode.SLIDE: self.slide_slot,
            WallMode.JOURNEY: self.custom,
            WallMode.ROUND: self.round_slot,
        }.get(mode) or self.agenda  # nothing plugged in yet: the agenda is always right
        self._stack.setCurrentWidget(page)
        self._redraw()

    def show_state(self, state, block) -> None:
        self._state, self._block = state, block
        self._redraw()

    def _redraw(self) -> None:
        # Only the visible card is updated: one repaint a second, not five.
        page = self._stack.currentWidget()
        if self._state is not None and hasattr(page, "show_state"):
            if page is self.agenda or self._state.current is not None:
                page.show_state(self._state, self._block)
