"""Small session snippets for loader tests, and a way to see what the loader says about them."""
from __future__ import annotations

from pathlib import Path
from textwrap import dedent

import pytest

from facilitator.core.session.loader import load_session_text
from facilitator.core.session.problems import SessionError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

# Lines 1-5; the first block item starts on line 6.
HEAD = "format: 1\ntitle: T\nlanguage: da\nstart: '09:00'\nblocks:\n"
TALK = "  - {id: intro, title: Intro, kind: talk, duration: 10m}\n"


def doc(body: str) -> str:
    return dedent(body).lstrip("\n")


def problems(text: str | bytes, filename: str = "s.yaml") -> list[tuple[int, int, str]]:
    """(line, col, message) of every problem; fails the test if the text loads."""
    with pytest.raises(SessionError) as info:
        load_session_text(text, filename)
    assert all(p.file == filename for p in info.value.problems)
    return [(p.line, p.col, p.message) for p in info.value.problems]


def only_problem(text: str | bytes) -> tuple[int, int, str]:
    found = problems(text)
    assert len(found) == 1, found
    return found[0]


def at(text: str, needle: str, nth: int = 1) -> tuple[int, int]:
    """1-based (line, column) of the nth occurrence of needle in text."""
    index = -1
    for _ in range(nth):
        index = text.index(needle, index + 1)
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1
