"""What reading a run journal says about a line it skipped or left out, in a structured form:
the file, the line, what kind of note, and its detail. `str()` gives the English sentence the
command line prints (`journal.jsonl:4: skipped a torn last line (…)`); the GUI words each
kind in the facilitator's language (ui/runner/journal_words.py). Core has no Qt, so no tr().
"""
from __future__ import annotations

from facilitator.core.record import record

TORN = "torn"  # the last line, cut off mid-write; detail: why it could not be read
GARBLED = "garbled"  # not JSON, not an event ...; detail: why
DUPLICATE = "duplicate"  # repeats line `other` exactly
FUTURE = "future"  # dated in the future; detail: its time
BEFORE = "before"  # dated before line `other` with no clock jump; detail: its time, other_detail: the other's

ENGLISH = {
    TORN: "skipped a torn last line ({detail})",
    GARBLED: "skipped a garbled line ({detail})",
    DUPLICATE: "left out a duplicate of line {other}",
    FUTURE: "left out a command dated in the future ({detail})",
    BEFORE: "left out a command dated before line {other} ({detail} < {other_detail}) with no clock jump recorded",
}


@record(frozen=True)
class JournalNote:
    file: str  # the journal's file name
    line: int
    kind: str  # TORN, GARBLED, DUPLICATE, FUTURE or BEFORE
    detail: str = ""
    other: int | None = None  # the line it repeats or is dated before
    other_detail: str = ""

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: " + ENGLISH[self.kind].format(
            detail=self.detail, other=self.other, other_detail=self.other_detail)
