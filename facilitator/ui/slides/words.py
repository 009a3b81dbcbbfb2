"""The few fixed words printed on slides, in the session's content language.

The wall speaks the language of the session file (a Danish workshop shows
"Kilde: ..."), not the language of the facilitator's desktop; the words live in the
shared table core.room_words, which the wall's cards and the print-outs use too.
"""
from __future__ import annotations

from facilitator.core.room_words import room_word


def word(key: str, language: str) -> str:
    return room_word(key, language)
