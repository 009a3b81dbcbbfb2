"""Colours of the participant view: calm on dark, one accent per level."""
from __future__ import annotations

BACKGROUND = "#101418"
TEXT = "#f4f4f0"
MUTED = "#a9b1ba"
TRACK = "#2a323a"
ACCENT = "#4cc38a"
WARNING = "#f5b83d"
OVERTIME = "#ff5c5c"
# A card's headline wraps onto more lines only when that makes it this much larger than one
# line: "Pause — vi starter igen kl. 10.45" stays one line, a long break title wraps.
WRAP_GAIN = 1.25


def level_color(level: str) -> str:
    return {"warning": WARNING, "danger": OVERTIME, "overtime": OVERTIME}.get(level, ACCENT)


def frame_width(level: str, height: int) -> int:
    """A frame around the card: none when all is well, thin in the warning, thick in overtime."""
    if level == "overtime":
        return max(6, height // 40)
    if level in ("warning", "danger"):
        return max(3, height // 120)
    return 0
