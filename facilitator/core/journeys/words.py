"""The words a journey is born with, in the session's language: a journey is content the
room sees and prints, so it follows the session, not the UI. The words themselves are in
core/room_words.py with the room's other words; the editor, the board and the worksheets
ask here."""
from __future__ import annotations

from facilitator.core.room_words import room_word

PHASE_KEYS = ("before", "during", "after")


def default_phases(language: str) -> tuple[str, ...]:
    """A blank journey's phases: Før / Under / Efter."""
    return tuple(room_word(key, language) for key in PHASE_KEYS)


def new_phase_title(language: str) -> str:
    """The heading a phase added in the editor starts with (typed over at once)."""
    return room_word("new_phase", language)


def group_name(n: int, language: str) -> str:
    """'Gruppe 3'."""
    return f"{room_word('group', language)} {n}"


def next_group_name(taken: set[str] | list[str], language: str) -> str:
    """The first 'Gruppe n' not taken yet (n from 1)."""
    taken, n = set(taken), 1
    while group_name(n, language) in taken:
        n += 1
    return group_name(n, language)
