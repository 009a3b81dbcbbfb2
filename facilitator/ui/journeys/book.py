"""The groups' journeys of one workshop while the editor is open: what is on screen, what is
unsaved, and the autosave that writes it within two seconds of an edit.

A group's journey of a few dozen touchpoints is written at once (a few ms). A big one (a file
near the store's 2 MB cap: PyYAML takes 5-10 s to write it, libyaml's emitter would be faster
but does not write the same text) is written away from the GUI thread, so the countdown on the
wall runs on: it is packed into parcels one per event-loop turn (parcel.py), and a worker
process writes them with store.save_journey, atomically. One such save runs at a time; what
is edited meanwhile (or deleted) waits and is saved right after it, so the latest edit is the
one on disk. When the app quits, a save still running is waited for and the rest is written
at once.

A save that fails during the day is said in the editor's status bar and tried again. At quit
the windows ask first (quit_check.py: save elsewhere, quit without saving, or stay); when
even that could not be asked (the event loop has ended), the unsaved groups are copied to
the user's data folder and stderr says where (core/journeys/rescue.py).
"""
from __future__ import annotations

import copy
import sys

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from facilitator.core.file_errors import os_error_text
from facilitator.core.journeys import parcel, rescue
from facilitator.core.journeys import store as journey_store
from facilitator.core.journeys.model import Journey

AUTOSAVE_MS = 1500  # an edit reaches the disk within 2 s, however fast the typing goes on
AT_ONCE_MAX = 150  # touchpoints a journey may have to be written on the GUI thread (~0.6 ms each)
QUIT_WAIT_S = 120  # at quit, how long a running save is waited for before the rest is written


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
        self._retired: set[str] = set()  # ids of groups deleted since the book was opened
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)
        # big journeys: True = written by a worker process, False = by a thread (tests), None = at once
        self.in_process: bool | None = True
        self.countdowns = None  # the day's controller: packing keeps clear of its redraws
        self.saving: set[str] = set()  # ids a background save is writing now
        self._packing = None  # the Slices packing them
        self._job = None  # the BackgroundJob writing them
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_at_quit)

    def journey(self, journey_id: str) -> Journey:
        return next(j for j in self.journeys if j.id == journey_id)

    def ids(self) -> list[str]:
        return [j.id for j in self.journeys]

    def taken_ids(self) -> set[str]:
        """Ids a new group must not get: the groups', those deleted today (a round remembers a
        deleted group as presented: a new one with its id would never present) and every
        journey file in the folder (one not read must not be written over)."""
        return set(self.ids()) | self._retired | journey_store.ids_on_disk(self.workshop_dir)

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
        self._retired.add(journey_id)
        self._schedule()
        neighbour = self.journeys[min(index, len(self.journeys) - 1)].id if self.journeys else ""
        self.groups_changed.emit(neighbour)
        return index, journey

    def _schedule(self) -> None:
        if not self.timer.isActive():  # not restarted: continuous edits must not postpone the save
            self.timer.start()

    @property
    def unsaved(self) -> bool:
        return bool(self._dirty or self._deleted or self.saving)

    def save_now(self) -> None:
        """Write what changed: small journeys and deletions at once, big journeys in the
        background. What a running background save holds waits for it (then save_now again)."""
        self.timer.stop()
        self._dirty &= set(self.ids())  # a group deleted while its save ran
        waiting = self.saving
        big = [jid for jid in sorted(self._dirty - waiting)
               if self.in_process is not None and len(self.journey(jid).touchpoints) > AT_ONCE_MAX]
        try:
            self._write_at_once(self._deleted - waiting, self._dirty - waiting - set(big))
        except OSError as e:
            self._failed(e)
            return
        if big and not waiting:
            self._save_in_background(big)
        elif not self.saving:
            self.saved.emit()

    def _write_at_once(self, deleted: set[str], dirty: set[str]) -> None:
        for jid in sorted(deleted):
            journey_store.delete_journey_file(self.workshop_dir, jid)
            self._deleted.discard(jid)
        for jid in sorted(dirty):
            journey = self.journey(jid)
            journey.language = self.language  # so `journeys export` prints it in the session's language
            journey_store.save_journey(self.workshop_dir, journey)
            self._dirty.discard(jid)

    def _failed(self, exc: OSError) -> str:
        """The status bar's 'PATH: reason'; the system's reason alone is returned (a quit's
        dialog names the folder itself)."""
        self.save_failed.emit(os_error_text(exc))
        self.timer.start()  # try again; the edits stay in memory meanwhile
        return exc.strerror or str(exc)

    def _save_in_background(self, ids: list[str]) -> None:
        from facilitator.ui.journeys.slices import Slices

        snapshot = []
        for jid in ids:  # the journeys as they are now: touchpoints added later wait for the next save
            self.journey(jid).language = self.language  # as a save at once does
            journey = copy.copy(self.journey(jid))
            journey.touchpoints, journey.phases = list(journey.touchpoints), list(journey.phases)
            snapshot.append(journey)
        self.saving = set(ids)
        self._dirty -= self.saving  # an edit from now on marks it again, for the save after this one
        parcels: list[bytes] = []
        packing = Slices((parcels.append(p) for p in parcel.parcels_of(snapshot)), 0, parent=self,
                         countdowns=self.countdowns)
        packing.finished.connect(lambda: self._write_parcels(packing, parcels))
        packing.failed.connect(lambda exc: self._packing is packing and self._background_failed(exc))
        self._packing = packing.start()

    def _write_parcels(self, packing, parcels: list[bytes]) -> None:
        from facilitator.ui.journeys.background_job import BackgroundJob

        if packing is not self._packing:
            return  # flush() wrote them meanwhile
        self._packing = None
        job = BackgroundJob(parcel.save_packed, str(self.workshop_dir), parcels, parent=self,
                            process=bool(self.in_process))
        job.finished.connect(lambda _ids: self._background_done(job))
        job.failed.connect(lambda exc: self._background_failed(exc, job))
        self._job = job
        if self.countdowns is None:
            job.start()
        else:  # starting a process costs the GUI a little: not just before a second is drawn
            from facilitator.ui.journeys.slices import between_seconds

            between_seconds(self.countdowns, lambda: job is self._job and job.start(), needs_ms=250)

    def _background_done(self, job) -> None:
        if job is not self._job:
            return  # flush() dealt with it already
        self._job, self.saving = None, set()
        if self._dirty or self._deleted:
            self.save_now()  # what was edited meanwhile: saved right after, the newest version
        else:
            self.saved.emit()

    def _background_failed(self, exc, job=None) -> None:
        if job is not self._job:
            return  # flush() dealt with it already
        self._job, self._packing = None, None
        self._dirty |= self.saving  # still unsaved: tried again
        self.saving = set()
        if isinstance(exc, OSError):
            self.save_failed.emit(os_error_text(exc))
        else:  # no worker (a frozen app without freeze_support, out of memory): write at once from now on
            self.in_process = None
            self.save_failed.emit(f"{type(exc).__name__}: {exc}")
        self.timer.start()

    def flush(self) -> str | None:
        """Everything on disk before returning (the app is quitting): a background save still
        being written is waited for, the rest is written at once, on this thread. None when it
        is all on disk, else the system's reason (the edits stay in memory, unsaved_journeys
        lists them)."""
        if self._packing is not None:
            self._packing.stop()
            self._packing = None
        job, self._job = self._job, None
        if job is not None and job.started and job.wait(QUIT_WAIT_S) is not None and job.outcome[0]:
            self.saving = set()  # written; edits made since are in _dirty
        self._dirty |= self.saving
        self.saving = set()
        self._dirty &= set(self.ids())  # a group deleted while its save ran
        if not (self._dirty or self._deleted):
            return None
        self.timer.stop()
        try:
            self._write_at_once(set(self._deleted), set(self._dirty))
        except OSError as e:
            return self._failed(e)
        self.saved.emit()
        return None

    def unsaved_journeys(self) -> list[Journey]:
        """The groups whose edits are not on disk, in the editor's order."""
        return rescue.unsaved_groups(self.journeys, self._dirty | self.saving)

    def save_copies(self, folder) -> list:
        """The unsaved groups' files written to another folder (the facilitator chose it at quit);
        OSError when that folder refuses them too."""
        journeys = self.unsaved_journeys()
        for journey in journeys:
            journey.language = self.language  # as a save in the workshop folder does
        return rescue.write_copies(folder, journeys)

    def settle_unsaved(self) -> None:
        """The facilitator dealt with what could not be saved (copied it elsewhere, or let it
        go): the quit writes nothing more, and keeps no copy of its own."""
        self.timer.stop()
        self._dirty, self._deleted, self.saving = set(), set(), set()

    def save_at_quit(self) -> None:
        """aboutToQuit: the last save. The event loop has ended and no dialog can be shown, so
        what cannot be written to the workshop folder is copied to the user's data folder
        (AppDataLocation/recovered-journeys/<time>/) and stderr says where."""
        reason = self.flush()
        journeys = self.unsaved_journeys()
        if reason is None or not journeys:
            return
        from PySide6.QtCore import QStandardPaths

        groups = ", ".join(j.group for j in journeys)
        where = journey_store.journeys_dir(self.workshop_dir)
        data_dir = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        try:
            kept = rescue.recovery_folder(data_dir)
            self.save_copies(kept)
        except OSError as e:
            print(QCoreApplication.translate(
                "Journeys", "facilitator: the journeys of {groups} could not be saved in {folder} ({reason}) nor "
                            "copied to {copy} ({why}): their changes are lost.").format(
                groups=groups, folder=where, reason=reason, copy=data_dir, why=os_error_text(e)),
                file=sys.stderr, flush=True)
            return
        print(QCoreApplication.translate(
            "Journeys", "facilitator: the journeys of {groups} could not be saved in {folder} ({reason}); "
                        "they were copied to {copy}").format(groups=groups, folder=where, reason=reason, copy=kept),
            file=sys.stderr, flush=True)
