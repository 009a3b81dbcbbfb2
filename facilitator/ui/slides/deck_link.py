"""Slides in the running day: the presenter's slide panel, the wall's SlideView, and
what a clicker press does (decided by core.slides.clicker, carried out here).

The deck follows the agenda: when a block starts, its first slide is shown. Moving
past a block's last slide offers the next block in the status bar and the panel's
"Next block" caption; the second press starts it.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence

from facilitator.core import workshop
from facilitator.core.slides.clicker import Clicker, Step, shows_slide
from facilitator.core.day.wall import WallMode
from facilitator.core.file_errors import os_error_text
from facilitator.core.session.model import MEDIA_KINDS

from facilitator.ui import after_paint
from facilitator.ui.slides.deck_position import DeckPositionKeeper
from facilitator.ui.slides.presenter_panel import PresenterSlidesPanel
from facilitator.ui.slides.view import SlideView
from facilitator.ui.slides.warmer import SlideWarmer

BLANK_MODES = (WallMode.BLACK, WallMode.WHITE)


class DeckLink(QObject):
    def __init__(self, session, controller, presenter, wall, folder=None, parent=None):
        super().__init__(parent or controller)
        self.session, self.controller, self.presenter = session, controller, presenter
        self.folder = folder
        self.panel = PresenterSlidesPanel(session)
        self.view = SlideView("wall")
        # The whole block rendered ahead, so a jump through the overview is a page swap too.
        self.warmer = SlideWarmer(session, [self.view, self.panel.current_view], self,
                                  next_views=[self.panel.next_view], clock=controller.clock)
        self.clicker = Clicker()  # the block followed and a pending offer: the rules' memory
        self._position_failed = False  # saving the slide position failed (said once)
        self.positions = None  # writes the slide on the wall to the workshop folder
        if folder is not None:
            self.positions = DeckPositionKeeper(folder, self)
            self.positions.failed.connect(self._position_not_saved)
            self.positions.saved.connect(self._position_saved)
        presenter.set_slides_panel(self.panel)
        wall.set_slide_widget(self.view)
        presenter.set_navigator(self.navigate)
        self._add_actions(presenter, wall)
        self.panel.slide_changed.connect(self._show_on_wall)
        controller.state_changed.connect(self._follow_agenda)
        controller.wall_changed.connect(self._wall_mode_changed)
        controller.second_passed.connect(self.warmer.on_second)
        self._follow_agenda(controller.state)
        self._restore_position()
        self._show_on_wall()
        self.panel.slide_changed.connect(self._remember_position)
        self.panel.slide_changed.connect(self.warmer.follow)
        for view in (self.view, self.panel.current_view):
            view.file_missing.connect(self._say_file_missing)
        gone = sorted({s.file for s in session.slides if s.kind in MEDIA_KINDS and not os.path.isfile(s.file)})
        if gone:  # opened (or resumed) without the USB stick: say so before the slide comes up
            self._say_file_missing(gone[0])

    def _say_file_missing(self, path: str) -> None:
        """A slide's file cannot be read (the USB stick was pulled): the wall shows the
        block's title card; the presenter is told which file, never with a dialog."""
        self.presenter.statusBar().showMessage(
            self.tr("Cannot read {path}: the wall shows the block's title instead").format(path=path))

    # --- after a restart, the slide that was on the wall --------------------------
    def _restore_position(self) -> None:
        saved = workshop.load_deck_position(self.folder) if self.folder is not None else None
        if saved is None or saved[0] != self.clicker.block:
            return  # the day has moved on to another block since: its first slide is right
        try:
            self.panel.deck.goto_position(*saved)
        except IndexError:
            return  # the session's slides changed
        self.panel.refresh()

    def _remember_position(self, block: int, slide: int) -> None:
        if self.folder is None:
            return
        self.positions.keep(block, slide)  # on a pool thread: fsyncs have no place in a redraw

    def _position_not_saved(self, exc: OSError) -> None:
        if not self._position_failed:  # the day goes on; the facilitator hears it once, not every press
            self.presenter.statusBar().showMessage(self.tr(
                "The slide on the wall cannot be remembered for a restart ({reason}).").format(
                reason=os_error_text(exc)), 10000)
        self._position_failed = True

    def _position_saved(self) -> None:
        self._position_failed = False

    def _add_actions(self, presenter, wall) -> None:
        """Home/End within the block and the overview grid, on either window."""
        for name, text, keys, slot in (
            ("act_first_slide", self.tr("First slide of the block"), ["Home"], lambda: self._jump(self.panel.home)),
            ("act_last_slide", self.tr("Last slide of the block"), ["End"], lambda: self._jump(self.panel.end)),
            ("act_overview", self.tr("Slide overview"), ["G", "Tab"], self.open_overview),
        ):
            action = QAction(text, presenter)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            presenter.addAction(action)
            wall.addAction(action)
            setattr(self, name, action)

    def open_overview(self):
        dialog = self.panel.open_overview()
        dialog.slide_chosen.connect(lambda *_: self._slides_on_the_wall())
        return dialog

    def _jump(self, move) -> None:
        state = self.controller.state
        if self.clicker.jump(started=state.started, ended=state.ended):
            move()
            self.panel.show_hint("")
            self._slides_on_the_wall()

    # --- the agenda leads: a new block shows its first slide -------------------
    def _follow_agenda(self, state) -> None:
        if not self.clicker.follow(state.current):
            return
        current = state.current
        self.panel.show_hint("")  # "Press Next again to start: …" no longer holds
        self.warmer.requeue(current)
        self.panel.enter_block(current)
        self._show_on_wall()

    def _show_on_wall(self, *_args) -> None:
        if self.controller.wall_mode_now() != WallMode.SLIDE:
            # The wall shows a card, the agenda or black: building the slide now would add
            # 20-100 ms to the block change for nothing. It is set when the slides come up
            # (_wall_mode_changed); the warmer renders the block's slides ahead meanwhile.
            return
        slide = self.panel.current_slide()
        if slide is not None:
            self.view.set_slide(slide, self.session)
            # the next slide ahead, in a turn of its own (at start-up: after the first paint)
            after_paint.later(self._prepare_next, self.view)

    def _wall_mode_changed(self, mode) -> None:
        if mode == WallMode.SLIDE:
            self._show_on_wall()

    def _prepare_next(self) -> None:
        upcoming = self.panel.deck.upcoming_slide()
        if upcoming is not None:
            self.view.prepare(upcoming, self.session)

    # --- one clicker press ------------------------------------------------------
    def navigate(self, forward: bool) -> bool:
        """The presenter's navigator: True when the press was handled here."""
        state = self.controller.state
        step = self.clicker.press(self.panel.deck, forward=forward, started=state.started,
                                  ended=state.ended, blanked=self.controller.wall_override() in BLANK_MODES)
        if step is Step.NOT_STARTED:
            return False  # the presenter says how to start the day
        self.panel.show_hint("")  # a hint holds until the next press at most
        if step is Step.UNBLANK:
            self.controller.set_wall_mode(None)
        elif shows_slide(step):
            (self.panel.next if forward else self.panel.previous)()
            self._slides_on_the_wall()
        elif step is Step.OFFER_NEXT_BLOCK:
            self._offer_next_block()
        elif step is Step.NEXT_BLOCK:
            self.controller.next_block()
        elif step is Step.FIRST_SLIDE:
            self.panel.show_hint(
                self.tr("First slide of this block. Ctrl+PageUp goes back to the previous block."))
        return True

    def _slides_on_the_wall(self) -> None:
        """The room sees the slide the press moved to (core.slides.clicker.shows_slide)."""
        if self.controller.wall_mode() != WallMode.SLIDE:
            self.controller.set_wall_mode(WallMode.SLIDE)

    def _offer_next_block(self) -> None:
        nxt = self.panel.deck.next_block()
        if nxt is None:
            text = self.tr("Last slide of the day. Press Next again to end the day.")
        else:
            text = self.tr("Last slide of this block. Press Next again to start: {title}").format(
                title=self.session.blocks[nxt].title)
        self.panel.show_hint(text)
