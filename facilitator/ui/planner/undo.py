"""One undoable edit of the plan: the document's text before and after it.

Texts rather than inverse edits: undo restores exactly the bytes that were there, so an
edit undone and saved gives the file back unchanged. Typing in one cell merges into one
step (same ``merge`` key, one after another)."""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand

_MERGE_ID = 1101


class TextEdit(QUndoCommand):
    def __init__(self, apply, label: str, before: str, after: str, merge=None):
        super().__init__(label)
        self._apply = apply
        self.before, self.after, self.merge = before, after, merge

    def id(self) -> int:
        return _MERGE_ID if self.merge is not None else -1

    def mergeWith(self, other) -> bool:
        if not isinstance(other, TextEdit) or other.merge != self.merge or self.merge is None:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)
