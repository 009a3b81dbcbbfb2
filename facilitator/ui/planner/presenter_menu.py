"""The presenter's File menu: New…, Open…, Open recent, Plan this session, Save as…

New and Open open the planner (the day on the wall goes on); Save as… writes a copy of the
session file through the document, comments kept."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from facilitator.ui import after_paint
from facilitator.ui.planner import recent



PLANNER_OPEN_MS = 400  # the seed's planner reads and lays out in about 200 ms; a slow laptop, twice


class PresenterFileMenu(QObject):
    """A child of the presenter that holds no reference back to it (the window is its parent),
    so a closed presenter, its controller and their timers are freed as before."""

    planner_opened = Signal(object)  # the PlannerWindow, once it is on screen

    def __init__(self, presenter, session_path, workshop_dir=None):
        super().__init__(presenter)
        self.session_path = Path(session_path) if session_path else None
        self.workshop_dir = workshop_dir
        self.planners = []
        bar = presenter.menuBar()
        first = bar.actions()[0] if bar.actions() else None
        menu = bar.addMenu(QCoreApplication.translate("PresenterFile", "&File"))
        if first is not None:
            bar.insertMenu(first, menu)
        self.menu = menu
        self.act_new = self._action(QCoreApplication.translate("PresenterFile", "New…"), self.new, "Ctrl+N")
        self.act_open = self._action(QCoreApplication.translate("PresenterFile", "Open…"), self.open, "Ctrl+O")
        self.recent_menu = menu.addMenu(QCoreApplication.translate("PresenterFile", "Open recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.act_plan = self._action(QCoreApplication.translate("PresenterFile", "Plan this session"), self.plan_this, "Ctrl+Shift+L")
        self.act_save_as = self._action(QCoreApplication.translate("PresenterFile", "Save as…"), self.save_as, "")  # Ctrl+Shift+S swaps screens
        if session_path:
            # a settings write (a file on disk): after the first paint at start-up
            after_paint.later(lambda: recent.remember(session_path), self)

    @property
    def presenter(self):
        return self.parent()

    def _action(self, text, slot, key) -> QAction:
        a = QAction(text, self.presenter)
        if key:
            a.setShortcut(QKeySequence(key))
        a.triggered.connect(slot)
        self.menu.addAction(a)
        self.presenter.addAction(a)
        return a

    def _planner(self, path=None):
        """The planner on `path` (None: a new session). Reading and laying out a session takes a
        few hundred milliseconds on the GUI thread: while the day runs, that waits until just
        after the countdowns' redraw, so no second on the wall is late. Returns the window, or
        None when it opens a moment later (`planner_opened` says when)."""
        from facilitator.ui.journeys.slices import between_seconds

        opened = []
        controller = getattr(self.presenter, "controller", None)
        if controller is None:
            return self._open_planner(path)
        between_seconds(controller, lambda: opened.append(self._open_planner(path)), needs_ms=PLANNER_OPEN_MS)
        return opened[0] if opened else None

    def _open_planner(self, path):
        from facilitator.ui.planner.planner_window import PlannerWindow

        window = PlannerWindow(path, workshop_dir=self.workshop_dir if path == self.session_path else None,
                               lang=getattr(self.presenter, "lang", None))
        self.planners.append(window)
        window.show()
        self.planner_opened.emit(window)
        return window

    def new(self):
        return self._planner(None)

    def open(self):
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self.presenter, QCoreApplication.translate("PresenterFile", "Open a session"), "",
                                              QCoreApplication.translate("PresenterFile", "Session files (*.yaml *.yml)"))
        return self._planner(Path(name)) if name else None

    def plan_this(self):
        return self._planner(self.session_path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in recent.recent_sessions():
            self.recent_menu.addAction(path.name, lambda p=path: self._planner(p))

    def save_as(self, target: Path | None = None) -> Path | None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from facilitator.core.session.document import SessionDocument
        from facilitator.core.session.problems import SessionError

        if self.session_path is None:
            return None
        if target is None:
            name, _ = QFileDialog.getSaveFileName(self.presenter, QCoreApplication.translate("PresenterFile", "Save the session as"),
                                                  str(self.session_path.with_name(self.session_path.stem + "-copy.yaml")),
                                                  QCoreApplication.translate("PresenterFile", "Session files (*.yaml *.yml)"))
            if not name:
                return None
            target = Path(name)
        try:
            SessionDocument.open(self.session_path).save(target)
        except (SessionError, OSError) as e:
            QMessageBox.warning(self.presenter, QCoreApplication.translate("PresenterFile", "The file cannot be saved"), str(e))
            return None
        recent.remember(target)
        return target
