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
import time
from dataclasses import field
from facilitator.core.record import record
from enum import Enum
from pathlib import Path
from typing import Callable

from facilitator.core.day import journal
from facilitator.core.day.events import END_DAY, START_DAY

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
    """The session's folder for `date`; without one, today's, or yesterday's while the day
    begun there still runs (an evening workshop past midnight resumes where it is)."""
    if date is None:
        yesterday = _dated_dir(session_path, dt.date.today() - dt.timedelta(days=1))
        if not _has_journal(_dated_dir(session_path, dt.date.today())) and _runs_on(yesterday):
            return yesterday
    return _dated_dir(session_path, date or dt.date.today())


def _dated_dir(session_path, day: dt.date | str) -> Path:
    iso = day if isinstance(day, str) else day.isoformat()
    return user_data_dir() / "workshops" / f"{Path(session_path).stem}-{iso}"


def _has_journal(folder: Path) -> bool:
    try:
        return journal_path(folder).stat().st_size > 0
    except OSError:
        return False


def _runs_on(folder: Path) -> bool:
    if not _has_journal(folder):
        return False
    events, _ = journal.load(journal_path(folder), time.time())
    return still_running(events, time.time())


RUN_SPAN_S = 18 * 3600  # a day's run lasts less than this: a journal begun longer ago is over


def still_running(events: list, now: float) -> bool:
    """A day begun less than RUN_SPAN_S ago and not ended since it last began."""
    if not events or now - events[0].t > RUN_SPAN_S:
        return False
    kinds = [e.type for e in events]
    last_start = max((i for i, k in enumerate(kinds) if k == START_DAY), default=-1)
    return END_DAY not in kinds[last_start + 1:]


def todays_run(events: list, today: dt.date | None = None, now: float | None = None) -> bool:
    """The journal is today's run: begun today, or begun the day before and still running
    (an evening workshop that went past midnight)."""
    if not events:
        return False
    today = today or dt.date.today()
    began = dt.date.fromtimestamp(events[0].t)
    if began == today:
        return True
    return began == today - dt.timedelta(days=1) and still_running(events, time.time() if now is None else now)


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
    if not isinstance(info, dict):
        return None
    # a hand-edited file: a session that is not a path names none; blocks that are not ids
    # name no agenda (so a journal is never replayed against blocks it may not be about)
    if not isinstance(info.get("session", ""), str):
        del info["session"]
    blocks = info.get("blocks", [])
    if not isinstance(blocks, list) or not all(isinstance(b, str) for b in blocks):
        info["blocks"] = []
    return info


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
    except (OSError, ValueError, KeyError, TypeError, OverflowError):  # OverflowError: JSON's Infinity
        return None


REHEARSAL_DIR = "rehearsal"


def rehearsal_dir(folder: str | os.PathLike) -> Path:
    """Where a rehearsal of the folder's workshop keeps its own journal: never the real day's."""
    return Path(folder) / REHEARSAL_DIR


LOCK_NAME = "facilitator.lock"  # held by the app that runs the folder's day (ui.app.lock_workshop)


def lock_path(folder: str | os.PathLike) -> Path:
    """The lock one app holds on the folder, so two windows never append to one journal."""
    return Path(folder) / LOCK_NAME


def journal_path(folder: str | os.PathLike) -> Path:
    return Path(folder) / journal.JOURNAL_NAME


class JournalChoice(str, Enum):
    """What becomes of the journal the folder holds when the app opens it."""
    NONE = "none"  # no journal (or an empty one): the day starts fresh
    REPLAY = "replay"  # the day goes on where the journal left it
    ASK = "ask"  # today's journal and no --resume/--fresh: the facilitator chooses
    SET_ASIDE = "set_aside"  # the day starts fresh; the old journal is kept under another name
    OTHER_AGENDA = "other_agenda"  # written for other blocks: set aside, never replayed
    UNREADABLE = "unreadable"  # not one line reads (UTF-16 from Notepad, a binary file): set aside


def journal_choice(*, has_events: bool, agenda_changed: bool, resume: bool | None,
                   from_today: bool, unreadable: bool = False) -> JournalChoice:
    """resume: True (--resume) replays, False (--fresh) starts fresh, None asks about a
    journal begun today and quietly sets an older one aside (a workshop folder is per date,
    so an old journal there is yesterday's rehearsal, not today's day).
    A journal written for another agenda names blocks by position: replaying it would land
    on the wrong block, so it is set aside whatever was asked. A file of which not one line
    reads is no journal: set aside (appended to, it would become a mix of both)."""
    if unreadable:
        return JournalChoice.UNREADABLE
    if not has_events:
        return JournalChoice.NONE
    if agenda_changed:
        return JournalChoice.OTHER_AGENDA
    if resume is None:
        return JournalChoice.ASK if from_today else JournalChoice.SET_ASIDE
    return JournalChoice.REPLAY if resume else JournalChoice.SET_ASIDE


@record
class OpenedJournal:
    """The folder's journal as the day starts: the events to replay (empty for a fresh day)."""
    choice: JournalChoice  # what was done (ASK resolved to REPLAY or SET_ASIDE)
    events: list = field(default_factory=list)
    skipped: list = field(default_factory=list)  # JournalNotes: the lines the journal could not read
    kept: Path | None = None  # where a set-aside journal now is


def open_journal(folder: str | os.PathLike, block_ids: list[str], resume: bool | None,
                 ask: Callable[[list], bool] = lambda events: False,
                 today: dt.date | None = None, now: float | None = None) -> OpenedJournal:
    """Open the workshop folder's journal for today's run and record the agenda it will
    refer to. `ask(events)` is called only when the facilitator must choose (True resumes).
    The journal is vetted as `status` vets it (journal.load at `now`, default the clock).
    Raises OSError when the folder cannot be written."""
    events, skipped = journal.load(journal_path(folder), time.time() if now is None else now)
    choice = journal_choice(has_events=bool(events), agenda_changed=agenda_changed(folder, block_ids),
                            resume=resume, from_today=todays_run(events, today, now),
                            unreadable=journal.unreadable(events, skipped))
    if choice is JournalChoice.ASK:
        choice = JournalChoice.REPLAY if ask(list(events)) else JournalChoice.SET_ASIDE
    opened = OpenedJournal(choice, list(events) if choice is JournalChoice.REPLAY else [], list(skipped))
    if choice is JournalChoice.UNREADABLE:  # dated by the file: it has no event to date it
        opened.kept = set_aside_journal(folder, dt.date.fromtimestamp(journal_path(folder).stat().st_mtime))
    elif choice in (JournalChoice.SET_ASIDE, JournalChoice.OTHER_AGENDA):  # (both have events)
        opened.kept = set_aside_journal(folder, dt.date.fromtimestamp(events[0].t))  # not read again
    record_agenda(folder, block_ids)
    return opened


def set_aside_journal(folder: str | os.PathLike, date: dt.date | None = None) -> Path | None:
    """Rename the folder's journal to journal-<date>.jsonl (or -2, -3 ...): the date given, else
    that of its first event. A day that is not resumed starts a fresh journal; the old is kept."""
    path = journal_path(folder)
    if not path.exists():
        return None
    if date is None:
        events, _ = journal.read(path)
        stamp = dt.date.fromtimestamp(events[0].t).isoformat() if events else "unknown"
    else:
        stamp = date.isoformat()
    target, n = path.with_name(f"journal-{stamp}.jsonl"), 1
    while target.exists():
        n += 1
        target = path.with_name(f"journal-{stamp}-{n}.jsonl")
    os.replace(path, target)
    return target


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write via a temporary file in the same folder + fsync + os.replace: the file is
    always either the old or the new version, never half of one. A symbolic link is
    followed: the file it points to is replaced, the link stays."""
    path = Path(os.path.realpath(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _new_temp_file(path)
    try:
        with os.fdopen(fd, "wb") as f:
            _keep_mode(path, f.fileno())
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


def _new_temp_file(path: Path) -> tuple[int, str]:
    """(fd, name) of a new file beside `path`, created as any new file is (0666 less the
    umask: a new session or journey is as readable as the user's other files; mkstemp's
    0600 was not)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = os.path.join(path.parent, f".{path.name}.{os.urandom(4).hex()}.tmp")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


def _keep_mode(path: Path, fd: int) -> None:
    """The file being replaced keeps its permissions (a replaced file's mode may differ from
    a new file's)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # a new file
    if hasattr(os, "fchmod"):
        os.fchmod(fd, mode & 0o7777)


def atomic_write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    atomic_write_bytes(path, text.encode(encoding))
