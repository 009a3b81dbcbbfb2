"""Undoable edits of the journeys: each command calls a pure edit in facilitator.core.journeys.model
and tells the book what changed (so the board repaints and the autosave runs)."""
from __future__ import annotations

import copy

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from facilitator.core.journeys import model as jm


def _tr(text: str) -> str:
    """Translate a name marked with QT_TRANSLATE_NOOP("JourneyUndo", ...) (so lupdate finds it)."""
    return QCoreApplication.translate("JourneyUndo", text)


class JourneyCommand(QUndoCommand):
    def __init__(self, book, journey_id: str, text: str):
        super().__init__(text)
        self.book, self.jid = book, journey_id

    @property
    def journey(self):
        return self.book.journey(self.jid)


class AddTouchpoint(JourneyCommand):
    def __init__(self, book, journey_id, touchpoint, index=None):
        super().__init__(book, journey_id, _tr(QT_TRANSLATE_NOOP("JourneyUndo", "Add touchpoint")))
        self.touchpoint, self.index, self.at = touchpoint, index, None

    def redo(self):
        self.at = jm.add_touchpoint(self.journey, copy.deepcopy(self.touchpoint), self.index)
        self.index = self.at
        self.book.touch(self.jid, self.at)

    def undo(self):
        jm.delete_touchpoint(self.journey, self.at)
        self.book.touch(self.jid, min(self.at, len(self.journey.touchpoints) - 1))


class DeleteTouchpoint(JourneyCommand):
    def __init__(self, book, journey_id, index):
        super().__init__(book, journey_id, _tr(QT_TRANSLATE_NOOP("JourneyUndo", "Delete touchpoint")))
        self.index, self.removed = index, None

    def redo(self):
        self.removed = jm.delete_touchpoint(self.journey, self.index)
        n = len(self.journey.touchpoints)
        self.book.touch(self.jid, min(self.index, n - 1) if n else None)

    def undo(self):
        jm.add_touchpoint(self.journey, self.removed, self.index)
        self.book.touch(self.jid, self.index)


class DuplicateTouchpoint(JourneyCommand):
    def __init__(self, book, journey_id, index):
        super().__init__(book, journey_id, _tr(QT_TRANSLATE_NOOP("JourneyUndo", "Duplicate touchpoint")))
        self.index, self.at = index, None

    def redo(self):
        self.at = jm.duplicate_touchpoint(self.journey, self.index)
        self.book.touch(self.jid, self.at)

    def undo(self):
        jm.delete_touchpoint(self.journey, self.at)
        self.book.touch(self.jid, self.index)


class EditTouchpoint(JourneyCommand):
    def __init__(self, book, journey_id, index, name, value):
        super().__init__(book, journey_id, _tr(QT_TRANSLATE_NOOP("JourneyUndo", "Edit touchpoint")))
        self.index, self.name, self.value, self.old = index, name, jm.check_value(name, value), None

    def redo(self):
        self.old = jm.edit_touchpoint(self.journey, self.index, self.name, self.value)
        self.book.touch(self.jid, self.index)

    def undo(self):
        jm.edit_touchpoint(self.journey, self.index, self.name, self.old)
        self.book.touch(self.jid, self.index)


class _Relocate(JourneyCommand):
    """A touchpoint taken from src and put elsewhere; undo puts it back at src, in its old phase."""

    def __init__(self, book, journey_id, src):
        super().__init__(book, journey_id, _tr(QT_TRANSLATE_NOOP("JourneyUndo", "Move touchpoint")))
        self.src, self.final, self.old_phase = src, None, None

    def _move(self) -> int:
        raise NotImplementedError

    def redo(self):
        self.old_phase = self.journey.touchpoints[self.src].phase
        self.final = self._move()
        self.book.touch(self.jid, self.final)

    def undo(self):
        jm.move_touchpoint(self.journey, self.final, self.src, self.old_phase)
        self.book.touch(self.jid, self.src)


class MoveTouchpoint(_Relocate):
    """Drag and drop: to dst (an index in the list without the moved one), into phase."""

    def __init__(self, book, journey_id, src, dst, phase=None):
        super().__init__(book, journey_id, src)
        self.dst, self.phase = dst, phase

    def _move(self) -> int:
        return jm.move_touchpoint(self.journey, self.src, self.dst, self.phase)


class StepTouchpoint(_Relocate):
    """Alt+Left / Alt+Right."""

    def __init__(self, book, journey_id, index, step):
        super().__init__(book, journey_id, index)
        self.step = step

    def _move(self) -> int:
        return jm.step_touchpoint(self.journey, self.src, self.step)[0]


class EditJourney(JourneyCommand):
    """Group name (rename), title, persona, scenario."""

    def __init__(self, book, journey_id, name, value):
        super().__init__(book, journey_id, _tr(QT_TRANSLATE_NOOP("JourneyUndo", "Rename group")) if name == "group" else _tr(QT_TRANSLATE_NOOP("JourneyUndo", "Edit journey")))
        self.name, self.value, self.old = name, value, None

    def redo(self):
        self.old = jm.edit_journey(self.journey, self.name, self.value)
        self.book.touch(self.jid)
        if self.name == "group":
            self.book.groups_changed.emit(self.jid)

    def undo(self):
        jm.edit_journey(self.journey, self.name, self.old)
        self.book.touch(self.jid)
        if self.name == "group":
            self.book.groups_changed.emit(self.jid)


class RenamePhase(JourneyCommand):
    def __init__(self, book, journey_id, phase_id, title):
        super().__init__(book, journey_id, _tr(QT_TRANSLATE_NOOP("JourneyUndo", "Rename phase")))
        self.phase_id, self.title, self.old = phase_id, title, None

    def redo(self):
        self.old = jm.rename_phase(self.journey, self.phase_id, self.title)
        self.book.touch(self.jid)

    def undo(self):
        jm.rename_phase(self.journey, self.phase_id, self.old)
        self.book.touch(self.jid)


class AddPhase(JourneyCommand):
    """An empty phase at index. A redo runs on the journey exactly as the first run found it,
    so the phase gets the same id again and later commands naming it still find it."""

    def __init__(self, book, journey_id, title, index):
        super().__init__(book, journey_id, _tr(QT_TRANSLATE_NOOP("JourneyUndo", "Add phase")))
        self.title, self.index, self.phase = title, index, None

    def redo(self):
        self.phase = jm.add_phase(self.journey, self.title, self.index)
        self.book.touch(self.jid)

    def undo(self):
        jm.delete_phase(self.journey, self.phase.id)  # still empty: every later edit was undone first
        self.book.touch(self.jid)


class DeletePhase(JourneyCommand):
    """Its touchpoints join the neighbouring phase (see jm.delete_phase); undo gives them back."""

    def __init__(self, book, journey_id, phase_id):
        super().__init__(book, journey_id, _tr(QT_TRANSLATE_NOOP("JourneyUndo", "Delete phase")))
        self.phase_id, self.removal = phase_id, None

    def redo(self):
        self.removal = jm.delete_phase(self.journey, self.phase_id)
        self.book.touch(self.jid, self.removal.moved[0] if self.removal.moved else None)

    def undo(self):
        jm.restore_phase(self.journey, self.removal)
        self.book.touch(self.jid, self.removal.moved[0] if self.removal.moved else None)


class MovePhase(JourneyCommand):
    def __init__(self, book, journey_id, phase_id, index):
        super().__init__(book, journey_id, _tr(QT_TRANSLATE_NOOP("JourneyUndo", "Move phase")))
        self.phase_id, self.index, self.old = phase_id, index, None

    def redo(self):
        self.old = jm.move_phase(self.journey, self.phase_id, self.index)
        self.book.touch(self.jid)

    def undo(self):
        jm.move_phase(self.journey, self.phase_id, self.old)
        self.book.touch(self.jid)


class AddGroup(QUndoCommand):
    """New group (from a template, blank, or a duplicate)."""

    def __init__(self, book, journey, index=None):
        super().__init__(_tr(QT_TRANSLATE_NOOP("JourneyUndo", "New group")))
        self.book, self.journey_obj = book, journey
        self.index = len(book.journeys) if index is None else index

    def redo(self):
        self.book.insert_group(self.index, self.journey_obj)

    def undo(self):
        self.book.remove_group(self.journey_obj.id)


class DeleteGroup(QUndoCommand):
    def __init__(self, book, journey_id):
        super().__init__(_tr(QT_TRANSLATE_NOOP("JourneyUndo", "Delete group")))
        self.book, self.jid, self.index, self.journey_obj = book, journey_id, None, None

    def redo(self):
        self.index, self.journey_obj = self.book.remove_group(self.jid)

    def undo(self):
        self.book.insert_group(self.index, self.journey_obj)
