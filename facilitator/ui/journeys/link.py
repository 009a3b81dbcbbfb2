"""The journey editor as part of the running app: opened from the presenter window
(Ctrl+J), writing into the workshop folder, showing journeys on the participant view."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.core.day.wall import WallMode


class JourneysLink:
    read_in_process = True  # PyYAML's pure-Python reader would hold the GIL (background_job.py)

    def __init__(self, session, folder, controller, presenter, wall):
        self.session, self.folder = session, folder
        self.controller, self.presenter, self.wall = controller, presenter, wall
        self.editor = None
        self.loading = None  # the BackgroundJob reading the groups' journeys
        self.message = None  # the box saying the editor cannot open, once it had to
        self.unpacking = None  # the Slices turning the worker's parcels into journeys
        self._busy = None
        presenter.quit_checks.append(self.may_close)  # the journeys saved, or asked about, before the app quits
        file_menu = getattr(presenter, "file_menu", None)
        if file_menu is not None:  # a planner opened from the day may be the last window to close
            file_menu.planner_opened.connect(lambda planner: planner.quit_checks.append(self.may_close))
        presenter.open_journeys.triggered.connect(self.open_editor)
        presenter.open_journeys.setEnabled(folder is not None)
        # the clicker pages through a journey on the wall before it moves the slides on
        self._slides_navigator = getattr(presenter, "_navigator", None)
        presenter.set_navigator(self.navigate)

    def navigate(self, forward: bool) -> bool:
        page = self.wall.current_page() if self.controller.wall_mode() == WallMode.JOURNEY else None
        if page is not None and hasattr(page, "step") and page.step(forward):
            return True
        return self._slides_navigator(forward) if self._slides_navigator is not None else False

    def open_editor(self):
        """Ctrl+J: the editor. The first time, the groups' journey files are read in a worker
        process (a big or broken file must not stop the countdown) while the presenter's status
        bar says so; the editor opens when they are read. Returns it, or None while reading."""
        if self.editor is None:
            self._start_reading()
            return None
        if not self.editor.isVisible() and not self.wall.isFullScreen():
            self._beside_the_timers(self.editor)
        self.editor.show()
        self.editor.raise_()
        self.editor.activateWindow()
        return self.editor

    def _start_reading(self) -> None:
        if self.loading is not None:
            return  # Ctrl+J pressed again while reading: it opens once
        from facilitator.core.journeys import parcel
        from facilitator.ui.journeys.background_job import BackgroundJob, busy_indicator
        from facilitator.ui.journeys.slices import between_seconds

        folder = self.folder
        # the worker sends parcels back, unpacked here one per event-loop turn (core/journeys/parcel.py)
        self.loading = BackgroundJob(parcel.load_all_packed, folder, parent=self.presenter,
                                     process=self.read_in_process)
        self.loading.finished.connect(self._unpack)
        self.loading.failed.connect(lambda exc: self._unpack(([], [f"{folder}: {exc}"])))
        self._busy = busy_indicator(self.presenter.statusBar(), QCoreApplication.translate(
            "Journeys", "Reading the groups' journeys…"))
        # a new process competes for the CPU as it starts: let it start just after a redraw
        between_seconds(self.controller, self.loading.start, needs_ms=250)

    def _unpack(self, packed) -> None:
        from facilitator.core.journeys.parcel import Unpacker
        from facilitator.ui.journeys.slices import Slices, between_seconds, show_progress

        parcels, problems = packed
        unpacker = Unpacker(parcels)
        steps = (unpacker.step() for _ in range(len(parcels)))
        self.unpacking = Slices(steps, len(parcels), parent=self.presenter, countdowns=self.controller)
        self.unpacking.progress.connect(lambda done, total: show_progress(self._busy, done, total))
        # the editor's first layout and paint take tens of ms: between two seconds on the wall
        self.unpacking.finished.connect(lambda: between_seconds(
            self.controller, lambda: self._read((unpacker.journeys, problems))))
        self.unpacking.failed.connect(self._unpack_failed)
        self.unpacking.start()

    def _unpack_failed(self, error: Exception) -> None:
        self._done_reading()
        self._cannot_open(error)

    def _done_reading(self) -> None:
        self.presenter.statusBar().removeWidget(self._busy)
        self._busy.deleteLater()
        self.presenter.statusBar().clearMessage()
        self.loading = None  # a failure after this may be tried again with Ctrl+J

    def _read(self, loaded) -> None:
        from facilitator.ui.journeys.editor_window import JourneyEditorWindow

        self._done_reading()
        try:
            self.editor = JourneyEditorWindow(self.session, self.folder, show_on_wall=self.show_on_wall,
                                              loaded=loaded, countdowns=self.controller)
        except Exception as e:  # noqa: BLE001 -- Ctrl+J must answer, never die on stderr in silence
            self._cannot_open(e)
            return
        self.editor.quit_check = self.may_close  # the editor may be the last window open
        self.open_editor()

    def may_close(self, window) -> bool:
        """Whether `window` may close: yes, unless closing it ends the app while the groups'
        journeys cannot be saved and the facilitator chooses to stay (quit_check.py)."""
        from facilitator.ui.journeys.quit_check import closing_quits, may_quit

        if self.editor is None or not closing_quits(window):
            return True
        self.editor.commit_edits()
        return may_quit(self.editor.book, window)

    def _cannot_open(self, error: Exception) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        text = QCoreApplication.translate("JourneysLink", "The journey editor cannot open: %1")
        self.message = QMessageBox(QMessageBox.Warning, QCoreApplication.translate("JourneysLink", "Customer journeys"),
                                   text.replace("%1", f"{type(error).__name__}: {error}"), QMessageBox.Ok,
                                   self.presenter)
        self.message.open()  # not modal to the day: the countdowns keep running

    def _beside_the_timers(self, window) -> None:
        """One screen (no projector): the editor takes the room right of the presenter's
        countdowns instead of opening over them."""
        timers = self.presenter.timers_rect()
        screen = self.presenter.screen().availableGeometry()
        left = min(timers.right() + 1, screen.right() - 400)
        window.setGeometry(left, screen.top(), screen.right() - left + 1, screen.height())

    def show_on_wall(self, widget) -> None:
        """'Show on wall' / 'Compare groups': the view replaces the wall's journey page."""
        self.wall.show_widget(widget)
        self.controller.set_wall_mode(WallMode.JOURNEY)
