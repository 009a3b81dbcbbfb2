"""Words for the command-line summaries, in the language of the session's content.

The command line has no Qt, so no tr(); a session written in Danish gets Danish
summaries (with Danish clock times, 10.45), an English one English.
"""
from __future__ import annotations

WORDS = {
    "da": {
        "blocks": "{n} blokke", "block": "1 blok",
        "slides": "{n} slides", "slide": "1 slide", "platforms": "{n} platforme", "platform": "1 platform",
        "templates": "{n} rejseskabeloner", "template": "1 rejseskabelon",
        "ends": "Dagen slutter {t}",
        "start": "Start", "end": "Slut", "duration": "Varighed", "kind": "Type", "title": "Titel",
        "talk": "oplæg", "exercise": "øvelse", "break": "pause", "phase": "fase",
        "fixed": "* fast starttidspunkt", "ok": "{file}: OK",
    },
    "en": {
        "blocks": "{n} blocks", "block": "1 block",
        "slides": "{n} slides", "slide": "1 slide", "platforms": "{n} platforms", "platform": "1 platform",
        "templates": "{n} journey templates", "template": "1 journey template",
        "ends": "Day ends {t}",
        "start": "Start", "end": "End", "duration": "Duration", "kind": "Kind", "title": "Title",
        "talk": "talk", "exercise": "exercise", "break": "break", "phase": "phase",
        "fixed": "* fixed start time", "ok": "{file}: OK",
    },
}


def words(language: str) -> dict[str, str]:
    return WORDS.get(language[:2], WORDS["en"])


def count(w: dict[str, str], key: str, n: int) -> str:
    """'1 blok' / '5 blokke': the singular key is the plural key without its last 's'."""
    return w[key[:-1]] if n == 1 and key[:-1] in w else w[key].format(n=n)


def duration_text(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"
