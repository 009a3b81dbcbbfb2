"""The groups' journeys of one workshop while the editor is open: what is on screen, what is
unsaved, and the autosave that writes it within two seconds of an edit."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from facilitator.core.file_errors import os_error_text
from facilitator.core.journeys import store as journey_store
from facilitator.core.journeys.model import Journey

AUTOSAVE_MS = 1500  # an edit reaches the disk within 2 s, however fast the typing goes on


class JourneyBook(QObject):
    changed = Signal(str, object)  # journey id, touchpoint index to select (or None)
    groups_changed = Signal(str)  # id of the group to show ("" = any)
    saved = Signal()
    save_failed = Signal(str)

    def __init__(self, journeys: list[Journey], workshop_dir, parent=None):
        super().__init__(parent)
        self.journeys = list(journeys)
        self.workshop_dir = workshop_dir
        self.language = "da"  # the session's language: what a new phase is called
        self._dirty: set[str] = set()
        self._deleted: set[str] = set()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)

    def journey(self, journey_id: str) -> Journey:
        return next(j for j in self.journeys if j.id == journey_id)

    def ids(self) -> list[str]:
        return [j.id for j in self.journeys]

    def touch(self, journey_id: str, select=None) -> None:
        """Something in this journey changed: repaint it and save it soon."""
        self._dirty.add(journey_id)
        self._schedule()
        self.changed.emit(journey_id, select)

    def insert_group(self, index: int, journey: Journey) -> None:
        self.journeys.insert(index, journey)
        self._deleted.discard(journey.id)
        self._dirty.add(journey.id)
        self._schedule()
        self.groups_changed.emit(journey.id)

    def remove_group(self, journey_id: str) -> tuple[int, Journey]:
        index = self.ids().index(journey_id)
        journey = self.journeys.pop(index)
        self._dirty.discard(journey_id)
        self._deleted.add(journey_id)
        self._schedule()
        neighbour = self.journeys[min(index, len(self.journeys) - 1)].id if self.journeys else ""
        self.groups_changed.emit(neighbour)
        return index, journey

    def _schedule(self) -> None:
        if not self.timer.isActive():  # not restarted: continuous edits must not postpone the save
            self.timer.start()

    @property
    def unsaved(self) -> bool:
        return bool(self._dirty or self._deleted)

    def save_now(self) -> None:
        self.timer.stop()
        try:
            for jid in sorted(self._deleted):
                journey_store.delete_journey_file(self.workshop_dir, jid)
            self._deleted.clear()
            for jid in sorted(self._dirty):
                journey = self.journey(jid)
                journey.language = self.language  # so `journeys export` prints it in the session's language
                journey_store.save_journey(self.workshop_dir, journey)
            self._dirty.clear()
        except OSError as e:
            self.save_failed.emit(os_error_text(e))
            self.timer.start()  # try again; the edits stay in memory meanwhile
            return
        self.saved.emit()
