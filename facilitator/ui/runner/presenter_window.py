"""PresenterWindow: the facilitator's laptop screen.

Left the agenda, in the middle where the day stands (clock, drift, the block and
exercise countdowns, the catch-up proposal, notes), right the slides panel, and
below a button for every command. Every command is a QAction with a shortcut;
the clicker keys (PageDown/PageUp/Right/Left/Space, F5, Shift+F5, Esc, B/., W/,)
are actions too, shared with the participant window so they work whichever
window has focus.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtGui import Qt as GuiQt  # convertFromPlainText lives in QtGui
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QListView, QMainWindow,
    QPushButton, QSplitter, QTextBrowser, QToolButton, QVBoxLayout, QWidget,
)

from facilitator.core.day.emphasis import drift_warns
from facilitator.core.day.wall import WallMode
from facilitator.core.slides.clicker import show_starts_day

from facilitator.ui import texts, wall_style
from facilitator.ui.runner.agenda_model import AgendaModel
from facilitator.ui.fit_label import FitLabel

_K = QKeySequence


class PresenterWindow(QMainWindow):
    show_wall_requested = Signal()    # F5 / Shift+F5: bring the participant view up
    rehearse_requested = Signal(float)  # Day > Rehearse…: the speed chosen
    swap_screens_requested = Signal()

    def __init__(self, controller, parent=None, settings=None):
        super().__init__(parent)
        self.controller = controller
        self._settings = settings  # where the Language menu saves its choice (None: the app's)
        self.lang = controller.lang
        self._navigator = None
        self._jump_block: int | None = None  # the notice of a clock jump stays for that block
        self.quit_checks: list = []  # asked as the window closes (the journeys saved?); one False keeps it open
        self.setWindowTitle(self.tr("Facilitator — {title}").format(title=controller.session.title))
        self._make_actions()
        self._make_menus()
        self.setCentralWidget(self._make_body())
        controller.confirm_early_start = self.confirm_early_start
        self.statusBar()  # there from the start: a first message must not push the buttons up
        controller.state_changed.connect(self.show_state)
        controller.wall_changed.connect(self._show_wall_mode)
        controller.clock_jumped.connect(self._notice_clock_jump)
        self.show_state(controller.state)
        self._show_wall_mode(controller.wall_mode())
        self.resize(1280, 760)

    # ------------------------------------------------------------------ actions
    def _action(self, name: str, text: str, slot, keys=(), checkable=False) -> QAction:
        a = QAction(text, self)
        a.setObjectName(name)
        a.setShortcuts([_K(k) for k in keys])
        a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        a.setCheckable(checkable)
        a.triggered.connect(slot)
        self.addAction(a)
        setattr(self, name, a)
        return a

    def _make_actions(self) -> None:
        c = self.controller
        A = self._action
        A("act_start_day", self.tr("Start day"), c.start_day, ["Ctrl+Return"])
        A("act_end_day", self.tr("End day"), c.end_day, ["Ctrl+Shift+E"])
        A("act_next", self.tr("Next"), lambda: self.navigate(True), ["PgDown", "Right", "Space"])
        A("act_previous", self.tr("Previous"), lambda: self.navigate(False), ["PgUp", "Left"])
        A("act_next_block", self.tr("Next block"), c.next_block, ["Ctrl+PgDown"])
        A("act_previous_block", self.tr("Previous block"), c.previous_block, ["Ctrl+PgUp"])
        A("act_pause", self.tr("Pause / resume day"), c.toggle_pause, ["P"])
        A("act_plus1", self.tr("+1 min"), lambda: c.adjust(60), ["+", "="])
        A("act_minus1", self.tr("−1 min"), lambda: c.adjust(-60), ["-"])
        A("act_plus5", self.tr("+5 min"), lambda: c.adjust(300), ["Ctrl++", "Ctrl+="])
        A("act_minus5", self.tr("−5 min"), lambda: c.adjust(-300), ["Ctrl+-"])
        A("act_adjust", self.tr("Add or remove time…"), self.adjust_by_dialog, ["T"])
        A("act_exercise", self.tr("Start / pause / resume exercise"), c.exercise_start_or_toggle, ["E"])
        A("act_exercise_reset", self.tr("Reset exercise"), c.reset_exercise, ["Ctrl+R"])
        A("act_exercise_skip", self.tr("Skip exercise"), c.skip_exercise, ["Ctrl+K"])
        A("act_next_phase", self.tr("Next phase"), c.next_phase, ["N"])
        A("act_previous_phase", self.tr("Previous phase"), c.previous_phase, ["Shift+N"])
        A("act_accept_catch_up", self.tr("Accept catch-up plan"), c.accept_catch_up, ["Ctrl+Shift+A"])
        A("act_show_wall", self.tr("Start day and show wall"), self.start_show, ["F5"])
        A("act_show_wall_current", self.tr("Show wall at the current block"), self.show_current, ["Shift+F5"])
        A("act_wall_default", self.tr("Wall back to the block"), lambda: c.set_wall_mode(None), ["Esc"])
        # checkable: the buttons stay pressed while the wall is blank (the wall mode sets them)
        A("act_black", self.tr("Black wall"), lambda: self._toggle_blank(WallMode.BLACK), ["B", "."],
          checkable=True)
        A("act_white", self.tr("White wall"), lambda: self._toggle_blank(WallMode.WHITE), ["W", ","],
          checkable=True)
        A("act_swap_screens", self.tr("Swap screens"), self.swap_screens_requested.emit,
          ["F7", "Ctrl+Shift+S"])
        A("act_shortcuts", self.tr("Keyboard shortcuts"), self.show_shortcut_sheet, ["F1", "?"])
        A("act_rehearse", self.tr("Rehearse…"), self.ask_rehearsal)
        A("open_journeys", self.tr("Journeys…"), lambda: None, ["Ctrl+J"])
        A("act_mute", self.tr("Mute chime"), lambda: None, ["M"], checkable=True)
        self.wall_actions = {}
        for mode, text in ((WallMode.AGENDA, self.tr("Agenda")), (WallMode.SLIDE, self.tr("Slide")),
                           (WallMode.EXERCISE, self.tr("Exercise")), (WallMode.BREAK, self.tr("Break")),
                           (WallMode.JOURNEY, self.tr("Journey")), (WallMode.BLACK, self.tr("Black")),
                           (WallMode.WHITE, self.tr("White"))):
            a = QAction(text, self, checkable=True)
            a.triggered.connect(lambda _=False, m=mode: c.set_wall_mode(m))
            self.wall_actions[mode] = a
        self.wall_actions[WallMode.AGENDA].setShortcut(_K("A"))
        self.addAction(self.wall_actions[WallMode.AGENDA])

    def shared_actions(self) -> list[QAction]:
        """Actions the participant window carries too, so keys work when it has focus."""
        return [a for a in self.actions() if a.shortcuts()]

    def _make_menus(self) -> None:
        mb = self.menuBar()
        day = mb.addMenu(self.tr("&Day"))
        for a in (self.act_start_day, self.act_next_block, self.act_previous_block, self.act_pause,
                  self.act_end_day):
            day.addAction(a)
        day.addSeparator()
        day.addAction(self.act_rehearse)
        time = mb.addMenu(self.tr("&Time"))
        for a in (self.act_plus1, self.act_minus1, self.act_plus5, self.act_minus5, self.act_adjust,
                  self.act_accept_catch_up):
            time.addAction(a)
        ex = mb.addMenu(self.tr("&Exercise"))
        for a in (self.act_exercise, self.act_next_phase, self.act_previous_phase,
                  self.act_exercise_reset, self.act_exercise_skip):
            ex.addAction(a)
        wall = mb.addMenu(self.tr("W&all"))
        for a in (self.act_show_wall, self.act_show_wall_current, self.act_wall_default):
            wall.addAction(a)
        wall.addSeparator()
        for a in self.wall_actions.values():
            wall.addAction(a)
        wall.addSeparator()
        wall.addAction(self.act_swap_screens)
        wall.addAction(self.act_mute)
        # filled by the report-back round's link after the first paint; here so the bar never moves
        self.round_menu = mb.addMenu(self.tr("&Round"))
        windows = mb.addMenu(self.tr("&Windows"))
        windows.addAction(self.open_journeys)
        from facilitator.ui.language_menu import LanguageMenu

        self.language_menu = LanguageMenu(self, self._settings)  # the presenter's language; the wall
        self.language_menu.chosen.connect(self._language_chosen)  # follows the session file
        mb.addMenu(self.language_menu)
        help_ = mb.addMenu(self.tr("&Help"))
        help_.addAction(self.act_shortcuts)

    # --------------------------------------------------------------------- body
    def _make_body(self) -> QWidget:
        self.agenda_model = AgendaModel(self.lang, self)
        self.agenda_view = QListView()
        self.agenda_view.setModel(self.agenda_model)
        self.agenda_view.setSpacing(2)
        self.agenda_view.setWordWrap(True)  # long titles wrap instead of hiding behind a scrollbar
        self.agenda_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.agenda_view.setResizeMode(QListView.ResizeMode.Adjust)
        # a long day's rows are measured a batch at a time between events, not all before the first paint
        self.agenda_view.setLayoutMode(QListView.LayoutMode.Batched)
        self.agenda_view.activated.connect(lambda ix: self.controller.goto_block(ix.row()))
        self.agenda_view.doubleClicked.connect(lambda ix: self.controller.goto_block(ix.row()))
        self.agenda_view.setToolTip(self.tr("Double-click or Enter: jump to the block"))

        self.slides_area = QFrame()
        self.slides_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.slides_area.setLayout(QVBoxLayout())
        self._slides_placeholder = QLabel(self.tr("Slides appear here"))
        self._slides_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.slides_area.layout().addWidget(self._slides_placeholder)

        self.split = split = QSplitter()
        split.addWidget(self.agenda_view)
        split.addWidget(self._make_now_panel())
        split.addWidget(self.slides_area)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 5)
        split.setStretchFactor(2, 3)
        split.setSizes([380, 620, 300])

        body = QWidget()
        lay = QVBoxLayout(body)
        lay.addWidget(split, 1)
        lay.addWidget(self._make_buttons())
        return body

    def _dark(self, widget: QWidget) -> QWidget:
        widget.setStyleSheet(f"background:{wall_style.BACKGROUND}; color:{wall_style.TEXT};")
        return widget

    def _make_now_panel(self) -> QWidget:
        panel = self._dark(QWidget())
        panel.setObjectName("nowPanel")
        self.clock_label = FitLabel(bold=True, tabular=True)
        self.drift_label = FitLabel()
        self.jump_label = QLabel()
        self.jump_label.setWordWrap(True)
        self.jump_label.setStyleSheet(f"color:{wall_style.WARNING};")
        self.jump_label.hide()
        self.blank_label = QLabel()  # "The wall is black": the facilitator cannot see the wall
        self.blank_label.setObjectName("blankWall")
        self.blank_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.blank_label.hide()
        self.block_title = FitLabel(bold=True)
        self.block_countdown = FitLabel(bold=True, tabular=True, max_fraction=0.95)
        self.block_caption = FitLabel()
        self.exercise_title = FitLabel()
        self.exercise_countdown = FitLabel(bold=True, tabular=True, max_fraction=0.95)
        self.phase_label = FitLabel()
        self.phase_label.setColor(wall_style.MUTED)
        self.catch_up_label = QLabel()
        self.catch_up_label.setWordWrap(True)
        self.catch_up_label.setTextFormat(Qt.TextFormat.PlainText)  # block titles as typed, not HTML
        self.catch_up_button = QPushButton(self.tr("Accept"))
        self.catch_up_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.catch_up_button.clicked.connect(self.controller.accept_catch_up)
        self.catch_up_box = QFrame()
        self.catch_up_box.setStyleSheet(f"QFrame{{border:2px solid {wall_style.WARNING};}}"
                                        "QLabel,QPushButton{border:none;}")
        cl = QHBoxLayout(self.catch_up_box)
        cl.addWidget(self.catch_up_label, 1)
        cl.addWidget(self.catch_up_button)
        self.catch_up_box.hide()
        self.notes = QTextBrowser()
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the clicker
        self.notes.setStyleSheet(f"background:#1b2127; color:{wall_style.TEXT}; border:none;")

        self.rehearsal_label = QLabel()
        self.rehearsal_label.setObjectName("rehearsalMark")
        self.rehearsal_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rehearsal_label.setStyleSheet(
            f"background:{wall_style.WARNING}; color:{wall_style.BACKGROUND}; font-weight:bold; padding:4px;")
        self.rehearsal_label.hide()
        top = QHBoxLayout()
        top.addWidget(self.clock_label, 2)
        top.addWidget(self.drift_label, 5)
        lay = QVBoxLayout(panel)
        lay.addWidget(self.rehearsal_label)
        lay.addLayout(top, 6)
        lay.addWidget(self.jump_label)
        lay.addWidget(self.blank_label)
        lay.addWidget(self.block_title, 5)
        lay.addWidget(self.block_countdown, 15)
        lay.addWidget(self.block_caption, 4)
        lay.addWidget(self.exercise_title, 4)
        lay.addWidget(self.exercise_countdown, 8)
        lay.addWidget(self.phase_label, 4)
        lay.addWidget(self.catch_up_box)
        lay.addWidget(self.notes, 18)
        return panel

    def _button(self, action: QAction, text: str | None = None) -> QToolButton:
        b = QToolButton()
        b.setDefaultAction(action)
        if text:
            b.setText(text)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space belongs to the clicker, not a button
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        b.setToolTip(f"{action.text()} ({keys})" if keys else action.text())
        b.setMinimumHeight(30)
        return b

    def _make_buttons(self) -> QWidget:
        rows = [
            (self.tr("Day"), [self.act_start_day, self.act_previous_block, self.act_next_block,
                              self.act_pause, self.act_end_day]),
            (self.tr("Time"), [self.act_minus5, self.act_minus1, self.act_plus1, self.act_plus5,
                               self.act_adjust]),
            (self.tr("Exercise"), [self.act_exercise, self.act_previous_phase, self.act_next_phase,
                                   self.act_exercise_reset, self.act_exercise_skip]),
            (self.tr("Wall"), [self.act_show_wall, self.wall_actions[WallMode.AGENDA], self.act_black,
                               self.act_white, self.act_swap_screens, self.act_mute]),
        ]
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        for r, (label, actions) in enumerate(rows):
            grid.addWidget(QLabel(f"<b>{label}</b>"), r, 0)
            line = QHBoxLayout()
            for a in actions:
                line.addWidget(self._button(a))
            line.addStretch(1)
            grid.addLayout(line, r, 1)
        grid.setColumnStretch(1, 1)
        return box

    # ------------------------------------------------------------------- showing
    def show_state(self, state) -> None:
        c = self.controller
        lang = self.lang
        self.agenda_model.set_state(state)
        self.clock_label.setText(texts.clock_text(state.now, lang))
        self.drift_label.setText(texts.drift_text(state.drift, state.projected_end, lang)
                                 if state.started else texts.planned_day_text(state, lang))
        late = drift_warns(state.drift) or (not state.started and state.start_now_end is not None)
        self.drift_label.setColor(wall_style.WARNING if late else wall_style.TEXT)
        block = c.current_session_block()
        self._show_block(state, block)
        self._show_exercise(state.exercise)
        self._show_catch_up(state)
        notes = block.notes if block is not None else ""
        if self.notes.toPlainText() != notes:
            self.notes.setPlainText(notes)
        if state.current is not None:
            self.agenda_view.setCurrentIndex(self.agenda_model.index(state.current))
        if self.jump_label.isVisible() and state.current != self._jump_block:
            self.jump_label.hide()

    def _show_block(self, state, block) -> None:
        if state.ended:  # no current block then either: say the day is over, not that it is to come
            for w in (self.block_countdown, self.block_caption):
                w.setText("")
            self.block_title.setText(self.tr("The day has ended"))
            return
        if block is None or not state.started:
            self.block_title.setText(self.tr("Before the day"))
            self.block_countdown.setText("")
            self.block_caption.setText("")
            return
        self.block_title.setText(block.title + (f" · {self.tr('paused')}" if state.paused else ""))
        self.block_countdown.setText(texts.countdown_text(state.remaining))
        self.block_countdown.setColor(wall_style.level_color(state.level)
                                      if state.level != "normal" else wall_style.TEXT)
        self.block_caption.setText(texts.level_caption(state.level, state.remaining))
        self.block_caption.setColor(wall_style.level_color(state.level))

    def _show_exercise(self, ex) -> None:
        if ex is None:
            for w in (self.exercise_title, self.exercise_countdown, self.phase_label):
                w.setText("")
            return
        status = {"running": "", "paused": self.tr("paused"), "finished": self.tr("finished"),
                  "skipped": self.tr("skipped"), "ready": self.tr("ready")}.get(ex.status, ex.status)
        self.exercise_title.setText(ex.exercise.title + (f" · {status}" if status else ""))
        self.exercise_countdown.setText(texts.countdown_text(ex.remaining))
        self.exercise_countdown.setColor(wall_style.OVERTIME if ex.remaining < 0 else wall_style.ACCENT)
        self.phase_label.setText("" if ex.phase is None else self.tr("Phase {n}: {title} — {left}").format(
            n=ex.phase_index + 1, title=ex.phase.title, left=texts.countdown_text(ex.phase_remaining)))

    def _show_catch_up(self, state) -> None:
        """The fixed starts that cannot all be kept (and who has to give), and the plan;
        Accept only when there is something to cut."""
        plan = state.catch_up
        conflicts = [texts.conflict_text(c, state.blocks, self.lang) for c in state.conflicts]
        lines, whole = texts.first_lines(conflicts), list(conflicts)
        if plan is not None:
            lines.append(texts.catch_up_text(plan, state.blocks))
            whole.append(texts.catch_up_text(plan, state.blocks, shown=None))
        self.catch_up_box.setVisible(bool(lines))
        can_accept = plan is not None and bool(plan.cuts)
        self.act_accept_catch_up.setEnabled(can_accept)
        self.catch_up_button.setVisible(can_accept)
        if lines:
            self.catch_up_label.setText("\n".join(lines))
        # all of it on hovering when the box names only the first (rich text: it wraps)
        self.catch_up_label.setToolTip(
            GuiQt.convertFromPlainText("\n".join(whole), Qt.WhiteSpaceMode.WhiteSpaceNormal)
            if whole != lines else "")

    def closeEvent(self, event) -> None:
        if all(check(self) for check in self.quit_checks):
            event.accept()
        else:
            event.ignore()

    def ask_rehearsal(self) -> None:
        """Day > Rehearse…: the day on a simulated clock in a window of its own."""
        from PySide6.QtWidgets import QInputDialog  # made when first asked: start-up

        speed, ok = QInputDialog.getInt(
            self, self.tr("Rehearse the day"),
            self.tr("Rehearse from the planned start, how many times as fast (1–60)?"), 10, 1, 60)
        if ok:
            self.rehearse_requested.emit(float(speed))

    def set_rehearsal(self, speed: float) -> None:
        """A rehearsal says so on the presenter, in the title and above the clock; the wall
        never shows it."""
        mark = self.tr("Rehearsal") + (f" · {speed:g}×" if speed != 1 else "")
        self.rehearsal_label.setText(mark)
        self.rehearsal_label.show()
        self.setWindowTitle(f"{mark} — {self.windowTitle()}")

    def confirm_early_start(self, title: str, fixed: float) -> bool:
        """'Report back is set for 16:50 — start it now?'"""
        text = self.tr("{title} is set for {time} — start it now?").format(
            title=title, time=texts.clock_text(fixed, self.lang))
        from PySide6.QtGui import Qt as GuiQt
        from PySide6.QtWidgets import QMessageBox

        if GuiQt.mightBeRichText(text):  # the box would read a title like "<title>" as HTML
            import html
            text = f"<p>{html.escape(text)}</p>"

        answer = QMessageBox.question(self, self.tr("Start early?"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _toggle_blank(self, mode) -> None:
        self.controller.toggle_wall_mode(mode)
        self._show_wall_mode(self.controller.wall_mode())  # pressed exactly when the wall is blank

    def _show_wall_mode(self, mode) -> None:
        for m, a in self.wall_actions.items():
            a.setChecked(m == mode)
        self.act_black.setChecked(mode == WallMode.BLACK)
        self.act_white.setChecked(mode == WallMode.WHITE)
        blank = {WallMode.BLACK: self.tr("The wall is black — B or Esc brings the slide back"),
                 WallMode.WHITE: self.tr("The wall is white — W or Esc brings the slide back")}.get(mode)
        if blank:
            fg, bg = ("white", "black") if mode == WallMode.BLACK else ("black", "white")
            self.blank_label.setStyleSheet(f"background:{bg}; color:{fg}; border:2px solid {wall_style.WARNING};"
                                           "font-weight:bold; padding:6px;")
            self.blank_label.setText(blank)
        self.blank_label.setVisible(bool(blank))

    def timers_rect(self):
        """Where the clock and the countdowns are, in screen coordinates: other windows of the
        app keep clear of it when there is one screen."""
        panel = self.findChild(QWidget, "nowPanel")
        return QRect(panel.mapToGlobal(QPoint(0, 0)), panel.size())

    def show_sound_off(self, message: str) -> None:
        """Said once and kept: a sign in the status bar that passing messages do not cover."""
        if getattr(self, "sound_off_label", None) is None:
            self.sound_off_label = QLabel(self.tr("Sound is off"))
            self.sound_off_label.setStyleSheet(f"color:{wall_style.WARNING}; font-weight:bold;")
            self.statusBar().addPermanentWidget(self.sound_off_label)
        self.sound_off_label.setToolTip(message)
        self.statusBar().showMessage(message, 30000)

    def show_session_warnings(self, warnings) -> None:
        """What `facilitator check` warns about in the session file (a night-time start, an
        exercise longer than its block ...): a lasting sign in the status bar with the count,
        each warning in its tooltip. Never a dialog: the day may already be running."""
        if not warnings:
            return
        lines = [self.tr("Line {line}: {message}").format(line=w.line, message=w.message) for w in warnings]
        self.session_warnings_label = QLabel(
            self.tr("⚠ Warnings in the session file: {n}").format(n=len(warnings)))
        self.session_warnings_label.setObjectName("sessionWarnings")
        self.session_warnings_label.setStyleSheet(f"color:{wall_style.WARNING}; font-weight:bold;")
        self.session_warnings_label.setToolTip("\n".join(lines))
        self.statusBar().addPermanentWidget(self.session_warnings_label)

    def _language_chosen(self, _code) -> None:
        # the windows are built in one language: a restart is needed (the wall is unaffected)
        self.statusBar().showMessage(
            self.tr("The language changes the next time Facilitator starts."), 10000)

    def _notice_clock_jump(self, seconds: float) -> None:
        """Shown once per jump; the times on screen already follow the new clock."""
        self.jump_label.setText(self.tr("The computer's clock jumped by {minutes} — times follow the "
                                        "new clock.").format(minutes=texts.format_jump(seconds)))
        self._jump_block = self.controller.state.current
        self.jump_label.show()

    # --------------------------------------------------------------- commands
    def set_navigator(self, navigator) -> None:
        """navigator(forward: bool) -> bool: carries out what core.slides.clicker decides for
        one press, and returns False when the press did nothing because the day is not on."""
        self._navigator = navigator

    def navigate(self, forward: bool) -> None:
        """Every clicker next/previous comes here; the deck's clicker rule decides what it does
        (moving between blocks by accident is never one of them: Ctrl+PageUp/PageDown do)."""
        if self._navigator is not None and not self._navigator(forward):
            self.statusBar().showMessage(self.tr("The day has not started: F5 starts it"), 5000)

    def start_show(self) -> None:
        """F5: like a slideshow from the beginning: starts the day if needed, wall up."""
        if show_starts_day(started=self.controller.state.started):
            self.controller.start_day()
        self.show_current()

    def show_current(self) -> None:
        """Shift+F5: the wall shows what the current block shows."""
        self.controller.set_wall_mode(None)
        self.show_wall_requested.emit()

    def adjust_by_dialog(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        minutes, ok = QInputDialog.getInt(self, self.tr("Add or remove time"),
                                          self.tr("Minutes (negative removes time):"), 5, -180, 180)
        if ok and minutes:
            self.controller.adjust(minutes * 60)

    def set_slides_panel(self, widget: QWidget) -> None:
        """The slides part's presenter panel takes the right-hand area, the widest one
        (as in a presenter view); its notes replace the block notes here."""
        lay = self.slides_area.layout()
        while lay.count():
            old = lay.takeAt(0).widget()
            if old is not None:
                old.setParent(None)
        lay.addWidget(widget)
        self.notes.hide()
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        self.split.setStretchFactor(2, 5)
        total = max(self.split.width(), 1000)
        self.split.setSizes([total * 2 // 10, total * 3 // 10, total * 5 // 10])

    def show_shortcut_sheet(self) -> None:
        from facilitator.ui.runner.shortcut_sheet import ShortcutSheet  # made when first asked for

        ShortcutSheet(self.shortcut_rows(), self).exec()

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(command, keys) for every command with a key: what the F1 sheet lists."""
        rows = []
        for a in self.actions():
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in a.shortcuts())
            if keys:
                rows.append((a.text().replace("&", ""), keys))
        return rows
