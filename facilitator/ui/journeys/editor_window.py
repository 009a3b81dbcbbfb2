"""The journey editor: one tab per breakout group, a board per tab, one undo stack for all,
autosave to the workshop folder, and the way to the wall, the comparison and the printer."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog, QInputDialog, QLabel, QMainWindow, QMenu, QMessageBox, QTabWidget, QToolBar, QToolButton,
    QVBoxLayout, QWidget,
)

from facilitator.core.journeys import store as journey_store
from facilitator.core.journeys.model import blank_journey, duplicate_journey, journey_from_template, unique_id
from facilitator.core.journeys.words import default_phases, next_group_name
from facilitator.core.session.model import Session
from facilitator.core.file_errors import os_error_text

from facilitator.ui.journeys.background_job import BackgroundJob, busy_indicator, call_with_notices
from facilitator.ui.journeys.book import JourneyBook
from facilitator.ui.journeys.compare_view import JourneyCompareView
from facilitator.ui.journeys.slices import Slices, between_seconds, show_progress
from facilitator.ui.journeys.tab import JourneyTab
from facilitator.ui.journeys.undo import AddGroup, DeleteGroup, EditJourney
from facilitator.ui.journeys.wall_view import JourneyWallView


BANNER_LINES = 5  # broken files named in the banner; the rest in its tooltip


class JourneyEditorWindow(QMainWindow):
    export_in_process = True  # reportlab's pure-Python layout would hold the GIL (background_job.py)

    def __init__(self, session: Session, workshop_dir, show_on_wall: Callable[[QWidget], None] | None = None,
                 parent=None, loaded: tuple[list, list[str]] | None = None, countdowns=None):
        """loaded: (journeys, problems) as journey_store.load_all returns them, when the
        caller read the folder already (in a worker process: JourneysLink). countdowns: the
        day's controller, whose redraws the tabs built one by one keep clear of (slices.py)."""
        super().__init__(parent)
        self.session, self.workshop_dir, self._show_on_wall = session, Path(workshop_dir), show_on_wall
        self._countdowns = countdowns
        self.setWindowTitle(self.tr("Customer journeys – %1").replace("%1", session.title))
        journeys, self.problems = loaded if loaded is not None else journey_store.load_all(self.workshop_dir)
        self.export_job: BackgroundJob | None = None
        self.book = JourneyBook(journeys, self.workshop_dir, self)
        self.book.language = session.language  # new phases are named in the session's language
        self.book.countdowns = countdowns  # a big journey is packed for its save between two seconds
        self.undo_stack = QUndoStack(self)
        self.wall_view: QWidget | None = None
        self.export_message: QMessageBox | None = None  # the last export's message, if it needed one
        self.compare_view: JourneyCompareView | None = None
        self.quit_check: Callable[[QWidget], bool] | None = None  # the app's: may this close end it?
        self._own_windows: list[QWidget] = []
        self.tabs = QTabWidget()
        self.tabs.setMovable(False)
        self.tabs.setDocumentMode(True)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#fff3cd; padding:6px;")
        self.banner.setVisible(bool(self.problems))
        if self.problems:
            head = self.tr("These journey files could not be read and were kept aside:")
            shown = self.problems[:BANNER_LINES]  # a line each for forty files hid the journeys
            more = len(self.problems) - len(shown)
            self.banner.setText("\n".join([head, *shown, *([self.tr("… and {n} more").format(n=more)] if more else [])]))
            self.banner.setToolTip("\n".join([head, *self.problems]))
        central = QWidget()
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.banner)
        box.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._build_actions()
        self.book.groups_changed.connect(self._rebuild_tabs)
        self.book.changed.connect(self._on_changed)
        self.book.saved.connect(self._on_saved)
        self.book.save_failed.connect(self._on_save_failed)
        self.tabs.currentChanged.connect(lambda _i: self._build_tab(self.current_tab()))
        self.building: Slices | None = None  # the other groups' tabs, filled one per event-loop turn
        self._rebuild_tabs("")
        self._build_the_others()
        self.resize(1280, 800)

    def _notice(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _fill_phase_menu(self) -> None:
        board = self.current_board()
        if board is not None:
            board.commit_editor()
            board.fill_phase_menu(self.phase_menu)
        else:
            self.phase_menu.clear()

    def _on_saved(self) -> None:
        self.statusBar().showMessage(self.tr("Saved"), 2000)

    def _on_save_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Could not save: ") + message)

    # ------------------------------------------------------------ actions
    def _action(self, text, slot, shortcut=None) -> QAction:
        a = QAction(text, self)
        a.triggered.connect(slot)
        if shortcut is not None:
            a.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        self.addAction(a)
        return a

    def _build_actions(self) -> None:
        tb = QToolBar(self.tr("Journeys"))
        tb.setObjectName("journeys")
        self.addToolBar(tb)
        self.new_menu = QMenu(self)
        for t in self.session.journey_templates:
            self.new_menu.addAction(self.tr("From template: %1").replace("%1", t.title),
                                    lambda tid=t.id: self.new_group(tid))
        self.new_menu.addAction(self.tr("Blank"), lambda: self.new_group(None))
        new_btn = QToolButton()
        new_btn.setText(self.tr("New group"))
        new_btn.setMenu(self.new_menu)
        new_btn.setPopupMode(QToolButton.InstantPopup)
        tb.addWidget(new_btn)
        self.act_rename = tb.addAction(self.tr("Rename"), self._ask_rename)
        self.act_duplicate_group = tb.addAction(self.tr("Duplicate group"), self.duplicate_group)
        self.act_delete_group = tb.addAction(self.tr("Delete group"), self.delete_group)
        tb.addSeparator()
        self.act_add = self._action(self.tr("Add touchpoint"), lambda: self._board_do("add"))
        self.act_delete = self._action(self.tr("Delete touchpoint"), lambda: self._board_do("delete"))
        self.act_dup = self._action(self.tr("Duplicate touchpoint"), lambda: self._board_do("duplicate"))
        for a in (self.act_add, self.act_delete, self.act_dup):
            tb.addAction(a)
        # one button with the heading's context menu: six more buttons would push Export PDF off a laptop
        self.phase_menu = QMenu(self)
        self.phase_menu.aboutToShow.connect(self._fill_phase_menu)
        self.phase_button = QToolButton()
        self.phase_button.setText(self.tr("Phase"))
        self.phase_button.setToolTip(self.tr("Add, rename, move or delete the selected phase"))
        self.phase_button.setMenu(self.phase_menu)
        self.phase_button.setPopupMode(QToolButton.InstantPopup)
        self.act_phase = tb.addWidget(self.phase_button)
        tb.addSeparator()
        # fixed labels (the command's name goes in the tooltip): QUndoStack's own actions grow to
        # "Annuller fortryd Slet gruppe" and push "Export PDF" off a 1366-pixel toolbar
        self.act_undo = self._undo_action(self.tr("Undo"), self.undo_stack.undo, self.undo_stack.canUndoChanged,
                                          self.undo_stack.undoTextChanged)
        self.act_undo.setShortcuts(QKeySequence.Undo)
        self.act_redo = self._undo_action(self.tr("Redo"), self.undo_stack.redo, self.undo_stack.canRedoChanged,
                                          self.undo_stack.redoTextChanged)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.Redo)])
        for a in (self.act_undo, self.act_redo):
            self.addAction(a)
            tb.addAction(a)
        tb.addSeparator()
        self.act_wall = tb.addAction(self.tr("Show on wall"), self.show_current_on_wall)
        self.act_compare = tb.addAction(self.tr("Compare groups"), self.compare_groups)
        self.act_export = tb.addAction(self.tr("Export PDF"), lambda: self.export_pdf())

    def _undo_action(self, text: str, slot, can_changed, text_changed) -> QAction:
        a = QAction(text, self)
        a.setEnabled(False)
        a.triggered.connect(slot)
        can_changed.connect(a.setEnabled)
        text_changed.connect(lambda what: a.setToolTip(f"{text} {what}".strip()))
        return a

    # ------------------------------------------------------------ tabs
    def _rebuild_tabs(self, show_id: str) -> None:
        keep = {self.tabs.widget(i).jid: self.tabs.widget(i) for i in range(self.tabs.count())}
        current = self.current_id()
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for j in self.book.journeys:
            tab = keep.pop(j.id, None)
            if tab is None:  # filled when shown, or in its turn (_build_the_others)
                tab = JourneyTab(self.book, j.id, self.undo_stack, build=False)
            self.tabs.addTab(tab, j.group)
        for orphan in keep.values():
            orphan.deleteLater()
        self.tabs.blockSignals(False)
        target = show_id or current
        if target in self.book.ids():
            self.tabs.setCurrentIndex(self.book.ids().index(target))
        self._build_tab(self.current_tab())  # the tab on screen is usable at once
        has = bool(self.book.journeys)
        for a in (self.act_rename, self.act_duplicate_group, self.act_delete_group, self.act_add, self.act_delete,
                  self.act_dup, self.act_phase, self.act_wall, self.act_export):
            a.setEnabled(has)
        if self.export_job is not None and not self.export_job.done:
            self.act_export.setEnabled(False)  # one PDF at a time

    def _build_tab(self, tab: JourneyTab | None) -> None:
        if tab is not None and not tab.built:
            tab.build()
            if tab.board is not None:
                tab.board.notice.connect(self._notice)

    def unbuilt_tabs(self) -> list[JourneyTab]:
        return [t for t in (self.tabs.widget(i) for i in range(self.tabs.count())) if not t.built]

    def _build_the_others(self) -> None:
        """Fill the tabs not on screen one per event-loop turn (thirty boards at once, or one of
        a 2 MB journey, would hold the countdown on the wall), the status bar showing how far."""
        waiting = len(self.unbuilt_tabs())
        if not waiting:
            return
        text = self.tr("Laying out the groups' boards…")
        bar = busy_indicator(self.statusBar(), text)

        def steps():
            tried = set()
            while True:
                tab = next((t for t in self.unbuilt_tabs() if id(t) not in tried), None)
                if tab is None:
                    return
                tried.add(id(tab))
                self._build_tab(tab)
                yield

        def done(message: str = "") -> None:
            self.statusBar().removeWidget(bar)
            bar.deleteLater()
            if message:
                self.statusBar().showMessage(message)
            elif self.statusBar().currentMessage() == text:  # a notice shown meanwhile stays
                self.statusBar().clearMessage()

        self.building = Slices(steps(), waiting, parent=self, countdowns=self._countdowns)
        self.building.progress.connect(lambda n, total: show_progress(bar, n, total))
        self.building.finished.connect(done)
        self.building.failed.connect(lambda exc: done(f"{type(exc).__name__}: {exc}"))
        self.building.start()

    def _on_changed(self, journey_id: str, _select) -> None:
        # an undo in another group's journey brings that group forward
        if journey_id in self.book.ids() and journey_id != self.current_id():
            self.tabs.setCurrentIndex(self.book.ids().index(journey_id))

    def current_id(self) -> str | None:
        tab = self.tabs.currentWidget()
        return tab.jid if tab is not None else None

    def current_tab(self) -> JourneyTab | None:
        return self.tabs.currentWidget()

    def current_board(self):
        tab = self.current_tab()
        return tab.board if tab is not None else None

    def _board_do(self, what: str) -> None:
        board = self.current_board()
        if board is None:
            return
        if what == "add":
            board.add_touchpoint()
            board.edit_in_place(board.current, "touchpoint")
        elif what == "delete":
            board.delete_selected()
        else:
            board.duplicate_selected()

    # ------------------------------------------------------------ groups
    def _next_group_name(self) -> str:
        return next_group_name({j.group for j in self.book.journeys}, self.session.language)

    def new_group(self, template_id: str | None, name: str | None = None) -> str:
        name = name or self._next_group_name()
        jid = unique_id(name, self.book.taken_ids())
        if template_id:
            journey = journey_from_template(self.session.journey_template(template_id), name, jid)
        else:
            journey = blank_journey(name, default_phases(self.session.language), jid)
        self.undo_stack.push(AddGroup(self.book, journey))
        return jid

    def _ask_rename(self) -> None:
        jid = self.current_id()
        if jid is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename group"), self.tr("Group name:"),
                                        text=self.book.journey(jid).group)
        if ok and name.strip():
            self.rename_group(name.strip())

    def rename_group(self, name: str) -> None:
        jid = self.current_id()
        if jid is not None and self.book.journey(jid).group != name:
            self.undo_stack.push(EditJourney(self.book, jid, "group", name))

    def duplicate_group(self) -> str | None:
        jid = self.current_id()
        if jid is None:
            return None
        src = self.book.journey(jid)
        name = self._next_group_name()
        dup = duplicate_journey(src, name, unique_id(name, self.book.taken_ids()))
        self.undo_stack.push(AddGroup(self.book, dup, self.book.ids().index(jid) + 1))
        return dup.id

    def delete_group(self) -> None:
        jid = self.current_id()
        if jid is not None:
            self.undo_stack.push(DeleteGroup(self.book, jid))

    # ------------------------------------------------------------ wall, compare, print
    def _present(self, widget: QWidget, title: str) -> None:
        board = self.current_board()
        if board is not None:
            board.commit_editor()  # the wall shows what was just typed
        if self._show_on_wall is not None:
            self._show_on_wall(widget)
        else:  # no participant window: a window of our own
            widget.setWindowTitle(title)
            widget.resize(1200, 700)
            widget.show()
            self._own_windows.append(widget)

    def show_current_on_wall(self) -> JourneyWallView | None:
        jid = self.current_id()
        if jid is None:
            return None
        self.wall_view = JourneyWallView(self.book, jid)
        self._present(self.wall_view, self.book.journey(jid).group)
        return self.wall_view

    def compare_groups(self) -> JourneyCompareView:
        self.compare_view = JourneyCompareView(self.book)
        self.compare_view.on_wall = self._show_on_wall is not None
        self._present(self.compare_view, self.tr("Compare groups"))
        if self.compare_view.on_wall and self.compare_view.hint_text():
            # instructions are for the facilitator: here, not on the wall
            self.statusBar().showMessage(self.compare_view.hint_text(), 15000)
        return self.compare_view

    def export_pdf(self, path: str | None = None, paper: str = "a4") -> BackgroundJob | None:
        """Write every journey to one PDF in a worker process (sixty pages take seconds; the
        countdown must not wait). Returns the job (None when the dialog was cancelled); the
        status bar says when it is done. The PDF shows the journeys as they were when asked
        (the worker gets a pickled copy)."""
        from facilitator.export.labels import human_date

        board = self.current_board()
        if board is not None:
            board.commit_editor()
        if path is None:
            default = str(self.workshop_dir / "journeys.pdf")
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Export journeys as PDF"), default, "PDF (*.pdf)")
            if not path:
                return None
        session = self.session
        job = BackgroundJob(call_with_notices, "facilitator.export.journey_pdf:write_journeys_pdf",
                            list(self.book.journeys), path, parent=self, process=self.export_in_process, paper=paper, workshop_title=session.title,
                            date=human_date(session.date, session.language), language=session.language)
        job.finished.connect(self._exported)
        job.failed.connect(lambda exc: self._export_failed(exc, path))
        self.export_job = job
        self.act_export.setEnabled(False)
        self._busy = busy_indicator(self.statusBar(), self.tr("Exporting PDF…"))
        if self._countdowns is None:
            return job.start()
        # a new process competes for the CPU as it starts: let it start just after a redraw
        between_seconds(self._countdowns, job.start, needs_ms=250)
        return job

    def _export_done(self) -> None:
        self.act_export.setEnabled(True)
        self.statusBar().removeWidget(self._busy)
        self._busy.deleteLater()

    def _exported(self, outcome) -> None:
        out, notices = outcome
        self._export_done()
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(out)), 5000)
        if notices:
            self._tell(QMessageBox.Information, self.tr("Exported to %1, but some text cannot be printed "
                                                        "with the bundled font:").replace("%1", str(out))
                       + "\n\n" + "\n".join(notices), status=False)

    def _export_failed(self, exc, path) -> None:
        self._export_done()
        if isinstance(exc, OSError):  # read-only folder, or the old PDF still open in a viewer (Windows)
            self._tell(QMessageBox.Warning, self.tr("Could not export: ") + os_error_text(exc, path))
        else:  # whatever the layout meets, the click gets an answer
            self._tell(QMessageBox.Warning, self.tr("Could not export the journeys as PDF: %1")
                       .replace("%1", f"{type(exc).__name__}: {exc}"))

    def _tell(self, icon, text: str, status: bool = True) -> None:
        """A message that does not block (the day's countdowns keep running): status bar and box."""
        if status:
            self.statusBar().showMessage(text)
        self.export_message = QMessageBox(icon, self.tr("Export PDF"), text, QMessageBox.Ok, self)
        self.export_message.open()

    def commit_edits(self) -> None:
        """What is being typed in a cell goes into the journey."""
        board = self.current_board()
        if board is not None:
            board.commit_editor()

    def closeEvent(self, e):
        if self.quit_check is not None and not self.quit_check(self):
            e.ignore()  # the journeys could not be saved and the facilitator stays
            return
        self.commit_edits()
        self.book.save_now()
        super().closeEvent(e)
