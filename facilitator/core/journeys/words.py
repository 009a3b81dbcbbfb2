"""The words a journey is born with, in the session's language: a journey is content the
room sees and prints, so it follows the session, not the UI. Written once here for the
editor, the board and the worksheets (the UI's own words go through tr())."""
from __future__ import annotations

from facilitator.core.session.model import content_language

PHASES = {"da": ("Før", "Under", "Efter"), "en": ("Before", "During", "After")}
GROUP = {"da": "Gruppe", "en": "Group"}
NEW_PHASE = {"da": "Ny fase", "en": "New phase"}


def _in(words: dict, language: str):
    return words[content_language(language)]


def default_phases(language: str) -> tuple[str, ...]:
    """A blank journey's phases: Før / Under / Efter."""
    return _in(PHASES, language)


def new_phase_title(language: str) -> str:
    """The heading a phase added in the editor starts with (typed over at once)."""
    return _in(NEW_PHASE, language)


def group_name(n: int, language: str) -> str:
    """'Gruppe 3'."""
    return f"{_in(GROUP, language)} {n}"


def next_group_name(taken: set[str] | list[str], language: str) -> str:
    """The first 'Gruppe n' not taken yet (n from 1)."""
    taken, n = set(taken), 1
    while group_name(n, language) in taken:
        n += 1
    return group_name(n, language)
