"""The workshop folder (one per session and date) and atomic file writes.

Default place: <user data dir>/facilitator/workshops/<session stem>-<YYYY-MM-DD>, where the
user data dir is $XDG_DATA_HOME or ~/.local/share (Linux), %APPDATA% (Windows) or
~/Library/Application Support (macOS). `--workshop-dir DIR` chooses another.
The folder holds workshop.json (which session file it runs), the run journal
(journal.jsonl), the groups' journeys and the exports.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path

from facilitator.core.day import journal

WORKSHOP_INFO = "workshop.json"


def user_data_dir() -> Path:
    if sys.platform.startswith("win"):
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Application Support")
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "facilitator"


def default_workshop_dir(session_path: str | os.PathLike, date: dt.date | str | None = None) -> Path:
    day = date or dt.date.today()
    iso = day if isinstance(day, str) else day.isoformat()
    return user_data_dir() / "workshops" / f"{Path(session_path).stem}-{iso}"


def prepare_workshop_dir(session_path: str | os.PathLike, workshop_dir: str | os.PathLike | None = None,
                         date: dt.date | None = None) -> Path:
    """Create the folder (with parents) and record the session file in workshop.json,
    so `facilitator status --workshop-dir DIR` finds it."""
    folder = Path(workshop_dir) if workshop_dir else default_workshop_dir(session_path, date)
    folder.mkdir(parents=True, exist_ok=True)
    session = str(Path(session_path).resolve())
    info = read_workshop_info(folder) or {}
    if info.get("session") != session:
        info.update(session=session, created=info.get("created") or dt.datetime.now().isoformat(
            timespec="seconds"), date=(date or dt.date.today()).isoformat())
        atomic_write_text(folder / WORKSHOP_INFO, json.dumps(info, ensure_ascii=False, indent=2) + "\n")
    return folder


def read_workshop_info(folder: str | os.PathLike) -> dict | None:
    try:
        info = json.loads((Path(folder) / WORKSHOP_INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return info if isinstance(info, dict) else None


def agenda_changed(folder: str | os.PathLike, block_ids: list[str]) -> bool:
    """True when the folder's journal was written for another agenda: the journal names
    blocks by position, so replaying it against other blocks would land on the wrong one."""
    recorded = (read_workshop_info(folder) or {}).get("blocks")
    return recorded is not None and recorded != list(block_ids)


def record_agenda(folder: str | os.PathLike, block_ids: list[str]) -> None:
    """Remember which blocks (in order) the folder's journal refers to."""
    info = read_workshop_info(folder) or {}
    if info.get("blocks") != list(block_ids):
        info["blocks"] = list(block_ids)
        atomic_write_text(Path(folder) / WORKSHOP_INFO, json.dumps(info, ensure_ascii=False, indent=2) + "\n")


DECK_POSITION = "deck.json"


def save_deck_position(folder: str | os.PathLike, block: int, slide: int) -> None:
    """Which slide is on the wall, so a restart after a crash comes back to it."""
    atomic_write_text(Path(folder) / DECK_POSITION, json.dumps({"block": block, "slide": slide}) + "\n")


def load_deck_position(folder: str | os.PathLike) -> tuple[int, int] | None:
    try:
        data = json.loads((Path(folder) / DECK_POSITION).read_text(encoding="utf-8"))
        return int(data["block"]), int(data["slide"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def journal_path(folder: str | os.PathLike) -> Path:
    return Path(folder) / journal.JOURNAL_NAME


def journal_for_today(folder: str | os.PathLike, today: dt.date | None = None) -> Path | None:
    """The folder's journal when its day began today (local date of its first event):
    the app offers to resume it."""
    path = journal_path(folder)
    events, _ = journal.read(path)
    if not events or dt.date.fromtimestamp(events[0].t) != (today or dt.date.today()):
        return None
    return path


def set_aside_journal(folder: str | os.PathLike) -> Path | None:
    """Rename the folder's journal to journal-<date of its first event>.jsonl (or -2, -3 ...),
    so a day that is not resumed starts a fresh journal and the old one is kept."""
    path = journal_path(folder)
    if not path.exists():
        return None
    events, _ = journal.read(path)
    stamp = dt.date.fromtimestamp(events[0].t).isoformat() if events else "unknown"
    target, n = path.with_name(f"journal-{stamp}.jsonl"), 1
    while target.exists():
        n += 1
        target = path.with_name(f"journal-{stamp}-{n}.jsonl")
    os.replace(path, target)
    return target


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write via a temporary file in the same folder + fsync + os.replace: the file is
    always either the old or the new version, never half of one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    journal.fsync_dir(path.parent)


def atomic_write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    atomic_write_bytes(path, text.encode(encoding))
