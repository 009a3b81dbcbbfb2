"""The sessions planned or run lately, newest first, kept in the app's QSettings."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "planner/recent"
MAX_RECENT = 8


def recent_sessions(settings: QSettings | None = None) -> list[Path]:
    settings = settings or QSettings()
    value = settings.value(KEY) or []
    paths = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    # a settings file edited by hand may hold bytes or numbers here: not a path
    return [Path(p) for p in paths if isinstance(p, str) and p and Path(p).is_file()]


def remember(path, settings: QSettings | None = None) -> None:
    settings = settings or QSettings()
    path = str(Path(path).resolve())
    paths = [str(p) for p in recent_sessions(settings) if str(p) != path]
    settings.setValue(KEY, [path, *paths][:MAX_RECENT])
