"""The journal's notes (core/day/journal_notes.py) in the facilitator's language, for the
presenter's status bar and the app's stderr. The command line keeps core's English."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.core.day.journal_notes import BEFORE, DUPLICATE, FUTURE, GARBLED, TORN, JournalNote


def _sentences() -> dict[str, str]:
    return {
        TORN: QCoreApplication.translate("JournalNotes", "{file}:{line}: skipped a torn last line ({detail})"),
        GARBLED: QCoreApplication.translate("JournalNotes", "{file}:{line}: skipped a garbled line ({detail})"),
        DUPLICATE: QCoreApplication.translate("JournalNotes", "{file}:{line}: left out a duplicate of line {other}"),
        FUTURE: QCoreApplication.translate(
            "JournalNotes", "{file}:{line}: left out a command dated in the future ({detail})"),
        BEFORE: QCoreApplication.translate(
            "JournalNotes", "{file}:{line}: left out a command dated before line {other} ({detail} < {other_detail}) "
                            "with no clock jump recorded"),
    }


def note_texts(notes: list[JournalNote]) -> list[str]:
    """The notes as the facilitator reads them (the reason a line is not JSON stays as Python
    gives it: it is for whoever repairs the file)."""
    sentences = _sentences()
    return [sentences[n.kind].format(file=n.file, line=n.line, detail=n.detail, other=n.other,
                                     other_detail=n.other_detail) for n in notes]
