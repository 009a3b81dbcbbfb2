"""Reading and writing durations and clock times the way people write them.

Durations: ``30`` (minutes), ``30m``, ``1h15m``, ``90s``, ``1h``.
Clock times: ``"09:30"``, ``"9.30"``, ``"9:30"``.
Danish clock times are written ``10.45``; English ones ``10:45``.
"""
from __future__ import annotations

import re

_DURATION = re.compile(r"^\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?\s*$")
_CLOCK = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")


def parse_duration(text: str | int) -> int:
    """Seconds in a duration; a bare number means minutes. Raises ValueError."""
    if isinstance(text, bool):
        raise ValueError("a duration is a number of minutes or text like 30m, 1h15m, 90s")
    if isinstance(text, int):
        return text * 60
    s = str(text).strip()
    if s.isdigit():
        return int(s) * 60
    m = _DURATION.match(s)
    if not s or not m or not any(m.groups()):
        raise ValueError(f"'{text}' is not a duration; write 30, 30m, 1h15m or 90s")
    h, mi, se = (int(g) if g else 0 for g in m.groups())
    return h * 3600 + mi * 60 + se


def parse_clock(text: str) -> int:
    """Minutes after midnight of a clock time like '09:30' or '9.30'. Raises ValueError."""
    m = _CLOCK.match(str(text))
    if not m:
        raise ValueError(f"'{text}' is not a clock time; write it in quotes as \"09:30\" or \"9.30\"")
    h, mi = int(m.group(1)), int(m.group(2))
    if h > 23 or mi > 59:
        raise ValueError(f"'{text}' is not a clock time of the day (00:00 to 23:59)")
    return h * 60 + mi


def clock_separator(language: str) -> str:
    return "." if language.startswith("da") else ":"


def format_clock(minutes: int, language: str = "da") -> str:
    """'10.45' in Danish, '10:45' in English. Wraps past midnight."""
    minutes %= 24 * 60
    return f"{minutes // 60:02d}{clock_separator(language)}{minutes % 60:02d}"


def format_clock_seconds(seconds: float, language: str = "da") -> str:
    """Clock time of a moment given in seconds after midnight, to the minute."""
    return format_clock(int(seconds // 60), language)


def format_countdown(seconds: float) -> str:
    """'12:05', '1:02:03'; negative values (overtime) get a leading '+'."""
    over = seconds < 0
    s = int(abs(seconds) + (0 if over else 0.999))  # a countdown shows 0:01 until it hits zero
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    body = f"{h}:{m:02d}:{sec:02d}" if h else f"{m:02d}:{sec:02d}"
    return ("+" if over else "") + body


def format_minutes(seconds: float) -> str:
    """A duration in whole minutes for prose: '7 min'."""
    return f"{round(seconds / 60)} min"
