"""The report-back round in the running app: its card on the wall, its commands in the
presenter (menu "Round", keys on either window), the clicker moving to the next group
while the round runs, and the groups taken from the workshop's journeys.

The rules are the engine's (round_commands, round_state.clicker_moves_round); this only
carries them out. A round of the journeys gets its groups when its block begins and
again before each next group (a group added in the editor joins the end of the round);
the engine journals them, so a replay needs no journey files to know the groups.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from facilitator.core.day.round_state import clicker_moves_round, rounds_to_regroup
from facilitator.core.day.wall import WallMode
from facilitator.core.day.round_words import round_line

from facilitator.ui.fit_label import FitLabel
from facilitator.ui.runner.round_card import RoundCard
from facilitator.ui import texts, wall_style


class RoundLink(QObject):
    def __init__(self, session, folder, controller, presenter, wall, parent=None):
        super().__init__(parent or controller)
        self.session, self.folder = session, folder
        self.controller, self.presenter, self.wall = controller, presenter, wall
        self.card = RoundCard(session.language)
        wall.set_round_widget(self.card)
        self._synced_block: int | None = None
        self._watched = None  # the journey editor whose saves are followed
        # a day without a report-back round never needs the journeys: reading them (a 2 MB file
        # takes seconds) on the GUI thread at each new block would stop the countdown
        self._has_rounds = any(b.report_back is not None for b in session.blocks)
        # and a day with one reads them without stopping the countdown when they are big
        self.folder_journeys = None
        if self._has_rounds and folder is not None:
            from facilitator.ui.runner.folder_journeys import FolderJourneys

            self.folder_journeys = FolderJourneys(folder, controller, self)
            # read when the day's first block begins (sync_groups), in the background when big: known
            # before the round's block, and nothing started beside the app's own start-up
            self.folder_journeys.read.connect(self.sync_groups)
        self._make_actions()
        self._add_presenter_line()
        deck_navigator = getattr(presenter, "_navigator", None)
        presenter.set_navigator(lambda forward: self.navigate(forward)
                                or bool(deck_navigator and deck_navigator(forward)))
        controller.state_changed.connect(self.follow)
        self.follow(controller.state)

    # --- commands --------------------------------------------------------------
    def _make_actions(self) -> None:
        c = self.controller
        menu = self.presenter.round_menu  # after Time, Exercise and Wall, before Windows and Help
        self.actions = []
        for name, text, keys, slot in (
            ("act_next_group", self.tr("Next group"), [], self.next_group),  # the clicker does it
            ("act_group_plus", self.tr("+1 min for the group"), ["Ctrl+Alt++", "Ctrl+Alt+="],
             lambda: c.adjust_group(60)),
            ("act_group_minus", self.tr("−1 min for the group"), ["Ctrl+Alt+-"], lambda: c.adjust_group(-60)),
            ("act_skip_group", self.tr("Skip group"), ["Ctrl+Alt+K"], c.skip_group),
            ("act_shuffle_groups", self.tr("Shuffle the order"), ["Ctrl+Alt+S"], self.shuffle),
            ("act_next_page", self.tr("Next page of the journey"), ["Ctrl+Alt+Right"], lambda: self.turn(1)),
            ("act_previous_page", self.tr("Previous page of the journey"), ["Ctrl+Alt+Left"],
             lambda: self.turn(-1)),
        ):
            action = QAction(text, self.presenter)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.presenter.addAction(action)
            self.wall.addAction(action)
            menu.addAction(action)
            setattr(self, name, action)
            self.actions.append(action)

    def _add_presenter_line(self) -> None:
        """'Gruppe 2 af 6 — næste: Gruppe 3' under the block's countdown on the laptop too."""
        self.presenter_line = FitLabel()
        self.presenter_line.setColor(wall_style.ACCENT)
        layout = self.presenter.block_caption.parentWidget().layout()
        layout.insertWidget(layout.indexOf(self.presenter.block_caption) + 1, self.presenter_line, 4)
        self.presenter_line.hide()

    def navigate(self, forward: bool) -> bool:
        """The clicker's forward press moves the round while it runs and is on the wall (a
        journey or a black wall put up by hand keeps the press for itself). True = handled."""
        if (forward and self.controller.wall_mode() == WallMode.ROUND
                and clicker_moves_round(self.controller.state)):
            self.next_group()
            return True
        return False

    def next_group(self) -> None:
        self.sync_groups()
        self.controller.next_group()

    def turn(self, step: int) -> None:
        self.card.turn_page(step)
        self.card.show_state(self.controller.state, self.controller.current_session_block())

    def shuffle(self) -> None:
        state = self.controller.state
        if state.round is not None and not state.round.started:
            self.controller.shuffle_round(state.round.block)
        else:
            self.presenter.statusBar().showMessage(
                self.tr("The order can be shuffled before the first group presents"), 5000)

    # --- following the day ----------------------------------------------------------
    def follow(self, state) -> None:
        self.watch_editor()  # the editor opens when its journeys are read (in the background)
        block = None if state.current is None or state.ended else self.session.blocks[state.current]
        on = block is not None and block.report_back is not None
        for action in self.actions:
            action.setEnabled(on)
        if state.started and self._synced_block != state.current:  # a new block: the journeys may have grown
            self._synced_block = state.current
            self.sync_groups()
            if self.controller.state is not state:
                return  # sync_groups' command brought a newer state, shown already
        self.presenter_line.setVisible(on and state.round is not None)
        if on and state.round is not None:
            r = state.round
            left = "" if r.remaining is None else " · " + texts.countdown_text(r.remaining)
            self.presenter_line.setText(round_line(r, self.session.language) + left)

    def journeys(self) -> list | None:
        """The groups' journeys: the open editor's (with edits not yet saved), else the folder's
        (None while a big folder is read the first time, in the background)."""
        if self._watched is not None:
            return list(self._watched.book.journeys)
        return self.folder_journeys.journeys() if self.folder_journeys is not None else []

    def sync_groups(self) -> None:
        """Rounds of the journeys: their groups are the workshop's journeys (the editor's tabs).
        Every such round still to come takes them, so the plan follows a tab added in the
        morning; the running one takes only new ones (they join its end)."""
        state = self.controller.state
        if self.folder is None or not self._has_rounds or not state.started or state.ended:
            return
        journeys = self.journeys()
        if journeys is None:
            return  # a big folder still being read the first time: done when it is (folder_journeys.read)
        self.card.set_journeys(journeys)
        wanted = [(j.id, j.group) for j in journeys]
        for index in rounds_to_regroup(self.session, self.controller.runner.round_of, wanted):
            self.controller.set_round_groups(index, wanted)

    def watch_editor(self) -> None:
        """A group added or removed in the journey editor moves the plan at once."""
        editor = getattr(self.presenter.journeys_link, "editor", None)
        if editor is not None and editor is not self._watched:
            self._watched = editor
            editor.book.groups_changed.connect(lambda _id: self.sync_groups())
            editor.book.changed.connect(self._journey_edited)
            self.sync_groups()  # whatever changed before it was watched

    def _journey_edited(self, journey_id, _select) -> None:
        """An edit of a journey shows on the wall at once; a renamed group is renamed in the
        round too (sync_groups logs only when a group's name or the list changed)."""
        self.sync_groups()
        self.card.set_journeys(self._watched.book.journeys)
        self.card.refresh_page()
