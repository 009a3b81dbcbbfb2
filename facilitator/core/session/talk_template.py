"""The session file for a talk with a deck: one block, the PDF's pages as its slides.

`facilitator new talk.yaml --slides deck.pdf --duration 45m` writes this text: a
one-block session, ready to run with its timer (the pympress use case, plus the
agenda). Pure text, so the command, the planner and the tests share it; every
value the user gave is written as a double-quoted YAML string (JSON's quoting is
valid YAML), so a title with ': ' or a file named 'no.pdf' reads back as typed.
"""
from __future__ import annotations

import json
import os
import re

from facilitator.core.timefmt import format_clock

DEFAULT_START = 9 * 60  # 09.00


def talk_title(slides_file: str) -> str:
    """'kick-off_2026.pdf' -> 'Kick off 2026': a title until the user writes one."""
    stem = os.path.splitext(os.path.basename(slides_file))[0]
    words = re.sub(r"[-_]+", " ", stem).strip()
    return (words[:1].upper() + words[1:]) if words else "Talk"


def duration_text(seconds: int) -> str:
    """Seconds as the session format writes a duration: 45m, 1h15m, 90s."""
    if seconds % 60:
        return f"{seconds}s"
    hours, minutes = divmod(seconds // 60, 60)
    return (f"{hours}h" if hours else "") + (f"{minutes}m" if minutes or not hours else "")


def talk_session_text(slides_file: str, duration: int, title: str | None = None,
                      start: int = DEFAULT_START, language: str = "da") -> str:
    """A session file's text: one talk block of `duration` seconds showing every page of
    `slides_file` (a path relative to where the session file will be)."""
    if duration <= 0:
        raise ValueError("a talk needs a duration of more than zero")
    title = title or talk_title(slides_file)
    q = json.dumps  # a double-quoted YAML string
    clock = format_clock(start, "en")
    return (
        "# A talk with its slides, made by `facilitator new`. The format is described in\n"
        "# sessions/README.md; `facilitator check` says whether the file is right.\n"
        "format: 1\n"
        f"title: {q(title, ensure_ascii=False)}\n"
        f"language: {language}\n"
        f'start: "{clock}"\n'
        "blocks:\n"
        "  - id: talk\n"
        f"    title: {q(title, ensure_ascii=False)}\n"
        "    kind: talk\n"
        f"    duration: {duration_text(duration)}\n"
        "    slides: [deck]\n"
        "slides:\n"
        "  - id: deck\n"
        "    kind: pdf\n"
        f"    file: {q(slides_file, ensure_ascii=False)}\n"
        "    pages: all            # or a range (\"3-10\") or a list ([1, 4, 7])\n"
        "    # notes: {1: \"What to say on page 1\"}   (the PDF's own notes are shown otherwise)\n"
    )
