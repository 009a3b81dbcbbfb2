"""PlannerWindow: plan a session in a window -- the start page, then the plan in tabs.

Every edit goes through ``edit``: it runs a named SessionDocument edit, refuses one that
would remove or move a block today's run has already run (core rule), and pushes the
text before and after onto the undo stack. While the plan is unsaved a recovery copy
is kept beside the file (``.NAME.recovery``), never over it; saving removes it.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QStackedWidget, QTabWidget

from facilitator.core.session.blank import blank_session_text
from facilitator.core.session.document import EditError, SessionDocument
from facilitator.core.session.plan_rules import run_conflicts
from facilitator.core.session.problems import SessionError

from facilitator.ui.i18n import requested_language
from facilitator.ui.planner import recent
from facilitator.ui.planner.undo import TextEdit

RECOVERY_DELAY_MS = 1500


def recovery_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.recovery")


class PlannerWindow(QMainWindow):
    changed = Signal()  # the document's text changed (an edit, undo or redo)
    opened = Signal()  # another document was opened

    def __init__(self, path=None, settings: QSettings | None = None, workshop_dir=None, lang: str | None = None,
                 parent=None):
        super().__init__(parent)
        self.settings = settings or QSettings()
        self.workshop_dir = workshop_dir
        self.ui_lang = lang or requested_language(settings=settings)  # for clock times: 10.45 or 10:45
        self.doc: SessionDocument | None = None
        self.today = None  # TodayRun of the open file, when it runs today
        self.quit_checks: list = []  # the running day's (journeys saved?), when the planner is the last window
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._recovery_timer = QTimer(self, singleShot=True, interval=RECOVERY_DELAY_MS)
        self._recovery_timer.timeout.connect(self.write_recovery)
        self._make_actions()
        self._make_menus()
        self.stack = QStackedWidget()
        from facilitator.ui.planner.start_page import StartPage

        self.start_page = StartPage(self)
        self.stack.addWidget(self.start_page)
        self.tabs = QTabWidget()
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self.resize(1280, 800)
        self._show_title()
        self._enable()
        if path is not None:
            self.open_path(Path(path))

    # -- actions ----------------------------------------------------------------------------

    def _action(self, name: str, text: str, slot, keys=()) -> QAction:
        a = QAction(text, self)
        a.setObjectName(name)
        a.setShortcuts([QKeySequence(k) for k in keys])
        a.triggered.connect(slot)
        self.addAction(a)
        setattr(self, name, a)
        return a

    def _make_actions(self) -> None:
        A = self._action
        A("act_new", self.tr("New session…"), self.show_start_page, ["Ctrl+N"])
        A("act_open", self.tr("Open…"), self.open_dialog, ["Ctrl+O"])
        A("act_save", self.tr("Save"), self.save, ["Ctrl+S"])
        A("act_save_as", self.tr("Save as…"), self.save_as, ["Ctrl+Shift+S"])
        A("act_close", self.tr("Close"), self.close, ["Ctrl+W"])
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.act_undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([self.act_undo, self.act_redo])
        A("act_rehearse", self.tr("Rehearse"), lambda: self.outputs().rehearse(), ["Ctrl+Shift+R"])
        A("act_run", self.tr("Run the day"), lambda: self.outputs().run(), ["Ctrl+R"])
        A("act_print_agenda", self.tr("Print agenda…"), lambda: self.outputs().print_agenda(), ["Ctrl+P"])
        A("act_print_worksheets", self.tr("Print worksheets…"), lambda: self.outputs().print_worksheets(),
          ["Ctrl+Shift+P"])
        for n in range(1, 6):
            A(f"act_tab_{n}", self.tr("Tab {n}").format(n=n), lambda _=False, i=n - 1: self.tabs.setCurrentIndex(i),
              [f"Alt+{n}"])

    def _make_menus(self) -> None:
        mb = self.menuBar()
        file = mb.addMenu(self.tr("&File"))
        for a in (self.act_new, self.act_open, self.act_save, self.act_save_as):
            file.addAction(a)
        file.addSeparator()
        for a in (self.act_print_agenda, self.act_print_worksheets):
            file.addAction(a)
        file.addSeparator()
        file.addAction(self.act_close)
        edit = mb.addMenu(self.tr("&Edit"))
        edit.addAction(self.act_undo)
        edit.addAction(self.act_redo)
        self.edit_menu = edit
        day = mb.addMenu(self.tr("&Day"))
        day.addAction(self.act_rehearse)
        day.addAction(self.act_run)

    def _enable(self) -> None:
        has = self.doc is not None
        for a in (self.act_save, self.act_save_as, self.act_rehearse, self.act_run, self.act_print_agenda,
                  self.act_print_worksheets):
            a.setEnabled(has)

    def outputs(self):
        from facilitator.ui.planner.outputs import Outputs

        return Outputs(self)

    # -- opening ------------------------------------------------------------------------------

    def show_start_page(self) -> None:
        if not self.maybe_keep_changes():
            return
        self.start_page.refresh()
        self.stack.setCurrentWidget(self.start_page)

    def open_dialog(self) -> None:
        if not self.maybe_keep_changes():
            return
        start = str(self.doc.path.parent) if self.doc and self.doc.path else ""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a session"), start,
                                              self.tr("Session files (*.yaml *.yml)"))
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        try:
            doc = SessionDocument.open(path)
        except SessionError as e:
            QMessageBox.warning(self, self.tr("The file cannot be opened"), str(e))
            return False
        doc = self._offer_recovery(doc)
        recent.remember(path, self.settings)
        self._use(doc)
        return True

    def open_text(self, text: str, language: str | None = None) -> None:
        """A new, unsaved session (saved with Save as…)."""
        self._use(SessionDocument.from_text(text))

    def new_blank(self, language: str = "en") -> None:
        self.open_text(blank_session_text(language=language, start="09:00"))

    def _offer_recovery(self, doc: SessionDocument) -> SessionDocument:
        copy = recovery_path(doc.path)
        try:
            text = copy.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return doc
        if text == doc.text:
            copy.unlink(missing_ok=True)
            return doc
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes were found"),
            self.tr("The planner closed without saving {name}. Restore the unsaved changes?").format(
                name=doc.path.name))
        if answer == QMessageBox.StandardButton.Yes:
            doc.set_text(text)
        else:
            copy.unlink(missing_ok=True)
        return doc

    def _use(self, doc: SessionDocument) -> None:
        self.doc = doc
        self.undo_stack.clear()
        if doc.modified:  # restored from a recovery copy
            self.undo_stack.resetClean()
        self.undo_stack.setClean()
        self._find_today()
        if self.tabs.count() == 0:
            self._make_tabs()
        self.stack.setCurrentWidget(self.tabs)
        self._enable()
        self._show_title()
        self.opened.emit()
        self.changed.emit()

    def _make_tabs(self) -> None:
        from facilitator.ui.planner.agenda_tab import AgendaTab
        from facilitator.ui.planner.platforms_tab import PlatformsTab
        from facilitator.ui.planner.slides_tab import SlidesTab
        from facilitator.ui.planner.templates_tab import TemplatesTab

        self.agenda_tab = AgendaTab(self)
        self.slides_tab = SlidesTab(self)
        self.platforms_tab = PlatformsTab(self)
        self.templates_tab = TemplatesTab(self)
        self.tabs.addTab(self.agenda_tab, self.tr("&Agenda"))
        self.tabs.addTab(self.slides_tab, self.tr("S&lides"))
        self.tabs.addTab(self.platforms_tab, self.tr("&Platforms"))
        self.tabs.addTab(self.templates_tab, self.tr("&Journey templates"))

    def _find_today(self) -> None:
        self.today = None
        if self.doc is None or self.doc.path is None:
            return
        from facilitator.core.day.today_run import today_run

        try:
            self.today = today_run(self.doc.path, self.workshop_dir)
        except OSError:
            self.today = None

    # -- editing ------------------------------------------------------------------------------

    def edit(self, label: str, change, merge=None):
        """Run ``change(doc)`` as one undo step; returns what it returns (None if refused)."""
        doc = self.doc
        before = doc.text
        locked = self.today.locked if self.today else []
        try:
            result = change(doc)
        except EditError as e:
            doc.set_text(before)
            self.statusBar().showMessage(self.tr("That edit cannot be made: {why}").format(why=e), 8000)
            return None
        if locked and run_conflicts(locked, doc.block_ids()) and not run_conflicts(locked, self._ids_of(before)):
            doc.set_text(before)
            self.refuse_for_today()
            return None
        after = doc.text
        if after != before:
            doc.set_text(before)
            self.undo_stack.push(TextEdit(self._apply_text, label, before, after, merge))
        return result

    @staticmethod
    def _ids_of(text: str) -> list[str]:
        return SessionDocument.from_text(text).block_ids()

    def refuse_for_today(self) -> None:
        current = self.today.current_id or self.today.locked[-1]
        QMessageBox.information(
            self, self.tr("Today's run keeps its blocks"),
            self.tr("This session is running today (now in '{block}'). Blocks that have run cannot be removed, "
                    "and no block can move in front of them.").format(block=current))

    def _apply_text(self, text: str) -> None:
        self.doc.set_text(text)
        self._show_title()
        if self.doc.path is not None and self.doc.modified:
            self._recovery_timer.start()
        self.changed.emit()

    def move_block(self, row: int, to: int) -> None:
        block_id = self.doc.rows()[row].id
        self.edit(self.tr("Move {block}").format(block=block_id), lambda d: d.move_block(block_id, to))

    # -- saving ---------------------------------------------------------------------------------

    def save(self) -> bool:
        if self.doc is None:
            return False
        if self.doc.path is None:
            return self.save_as()
        return self._save_to(self.doc.path)

    def save_as(self) -> bool:
        if self.doc is None:
            return False
        start = str(self.doc.path) if self.doc.path else str(Path.home() / "workshop.yaml")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the session as"), start,
                                              self.tr("Session files (*.yaml *.yml)"))
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() not in (".yaml", ".yml"):
            path = path.with_suffix(".yaml")
        old = self.doc.path
        if not self._save_to(path):
            return False
        if old is not None and old != path:
            recovery_path(old).unlink(missing_ok=True)
        self._find_today()
        return True

    def _save_to(self, path: Path) -> bool:
        from facilitator.ui.planner.run_guard import confirm_for_today

        problems = self.doc.problems()
        if problems:
            answer = QMessageBox.question(
                self, self.tr("The plan has problems"),
                self.tr("{n} problems: the day cannot run until they are fixed. Save all the same?").format(
                    n=len(problems)))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if path == self.doc.path and not (self._keep_theirs_asked(path) and confirm_for_today(self)):
            return False
        try:
            self.doc.save(path)
        except OSError as e:
            QMessageBox.warning(self, self.tr("The file cannot be saved"), f"{path}: {e.strerror or e}")
            return False
        if self.today is not None:
            from facilitator.core.workshop import record_agenda

            record_agenda(self.today.folder, self.doc.block_ids())  # the run goes on with the new plan
        self._recovery_timer.stop()
        recovery_path(path).unlink(missing_ok=True)
        recent.remember(path, self.settings)
        self.undo_stack.setClean()
        self._show_title()
        self.statusBar().showMessage(self.tr("Saved {file}").format(file=path), 5000)
        return True

    def _keep_theirs_asked(self, path: Path) -> bool:
        """True to save over `path`: it is as it was opened or last saved here, or the user says so
        after being told that another program changed it meanwhile (its edits would be lost)."""
        try:
            on_disk = SessionDocument.open(path).text
        except SessionError:
            on_disk = None if not path.exists() else ""  # gone: nothing of theirs to lose
        if on_disk is None or self.doc.saved_text is None or on_disk == self.doc.saved_text:
            return True
        answer = QMessageBox.question(
            self, self.tr("The file was changed by another program"),
            self.tr("{file} was changed by another program since the planner opened it. Save over it? "
                    "Its changes are lost (No keeps them; Save as… writes the plan to another file).").format(
                file=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def write_recovery(self) -> None:
        if self.doc is None or self.doc.path is None or not self.doc.modified:
            return
        from facilitator.core.workshop import atomic_write_text

        try:
            atomic_write_text(recovery_path(self.doc.path), self.doc.text)
        except OSError:
            pass  # a recovery copy is a courtesy; the plan is still in the window

    # -- closing ----------------------------------------------------------------------------------

    def maybe_keep_changes(self) -> bool:
        """True when it is fine to leave the open document (saved, discarded, or nothing to do)."""
        if self.doc is None or not self.doc.modified:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("Save the changes to {name}?").format(name=self._name()), parent=self)
        save = box.addButton(QMessageBox.StandardButton.Save)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return self.save()
        if clicked is discard:
            if self.doc.path is not None:
                recovery_path(self.doc.path).unlink(missing_ok=True)
            self.doc.set_text(self.doc.saved_text or self.doc.text)
            return True
        return False

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        # back from the file manager: a slide's PDF or image renamed, moved or written over
        # meanwhile is checked again now, not at the next edit
        changed = self.doc.changed_files() if event.type() == QEvent.Type.ActivationChange and self.doc else []
        if changed:
            from facilitator.ui.slides.media_cache import CACHE

            for path in changed:
                CACHE.forget_file(path)
            self.changed.emit()

    def closeEvent(self, event) -> None:
        if self.maybe_keep_changes() and all(check(self) for check in self.quit_checks):
            self._recovery_timer.stop()
            event.accept()
        else:
            event.ignore()

    def _clean_changed(self, _clean: bool) -> None:
        self._show_title()

    def _name(self) -> str:
        return self.doc.path.name if self.doc and self.doc.path else self.tr("the new session")

    def _show_title(self) -> None:
        if self.doc is None:
            self.setWindowTitle(self.tr("Facilitator planner"))
            return
        star = "*" if self.doc.modified else ""
        self.setWindowTitle(self.tr("{name}{star} — Facilitator planner").format(name=self._name(), star=star))
