"""The session the app loaded last time, kept so that the next start of the same file skips
the YAML parser and the checks (their imports and their work were a fifth of the start-up).

Only ever a shortcut for `loader.read_session(path, files_present=False)` on a file that
loaded without problems, and checked before every use, so it can never go stale:
- the file's bytes (kept in the entry and compared whole), its absolute path and the home
  folder (paths are resolved against both),
- the core's code (every module of facilitator/core: name, size and modification time)
  and the Python and facilitator versions,
- each PDF or image the session shows: size and modification time (or its absence).
Anything that differs, or an entry that cannot be read, is a miss: the file is parsed as
always. The cache is written atomically; the few most recent sessions are kept.
"""
from __future__ import annotations

import binascii
import os
import pickle
import sys
from pathlib import Path

from facilitator import __version__
from facilitator.core.session.model import MEDIA_KINDS, Session

KEEP = 12  # entries; older ones are removed when a new one is written
MAX_FILE_BYTES = 4 * 1024 * 1024  # larger session files are not cached (the loader refuses them)


def cached_session(path: str | os.PathLike, cache_dir: str | os.PathLike) -> Session | None:
    """The session as loaded last time, when nothing it was made from has changed; else None."""
    try:
        made_from = _made_from(path)
        if made_from is None:
            return None
        with open(_entry(cache_dir, made_from[0]), "rb") as f:
            kept_from, media, session = pickle.load(f)
        if kept_from != made_from or not isinstance(session, Session) or media != _media_stats(session):
            return None
        return session
    except Exception:  # noqa: BLE001 - a cache must never stop the day: any fault is a miss
        return None


def remember_session(path: str | os.PathLike, cache_dir: str | os.PathLike, session: Session) -> None:
    """Keep `session` (loaded from `path` without problems) for the next start. Best effort:
    a cache folder that cannot be written only costs the next start its shortcut."""
    try:
        made_from = _made_from(path)
        if made_from is None:
            return
        folder = Path(cache_dir)
        folder.mkdir(parents=True, exist_ok=True)
        target = _entry(folder, made_from[0])
        temp = target.with_suffix(f".tmp{os.getpid()}")
        entry = (made_from, _media_stats(session), session)
        temp.write_bytes(pickle.dumps(entry, pickle.HIGHEST_PROTOCOL))
        os.replace(temp, target)
        _prune(folder)
    except Exception:  # noqa: BLE001 - see cached_session
        return


def _made_from(path) -> tuple | None:
    """Everything the session was made from, compared whole on every use (no digest: hashlib
    alone cost more start-up than reading and comparing the file's bytes)."""
    path = os.path.abspath(path)
    if not os.path.isfile(path) or os.path.getsize(path) > MAX_FILE_BYTES:
        return None  # a pipe would wait for a writer; the loader says what it is
    with open(path, "rb") as f:
        data = f.read()
    return (path, os.path.expanduser("~"), sys.version, __version__, _code_fingerprint(), data)


def _code_fingerprint() -> str:
    """The core's code as it is now (the loader and what it calls: timefmt, room words ...):
    a changed module, by an update or a developer's edit, misses."""
    core = Path(__file__).parent.parent
    rows = []
    for folder, dirs, files in os.walk(core):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith(".py"):
                st = os.stat(os.path.join(folder, name))
                rows.append(f"{folder}/{name}:{st.st_size}:{st.st_mtime_ns}")
    return ";".join(rows)


def _media_stats(session: Session) -> list[tuple[str, int, int] | tuple[str, None, None]]:
    files = sorted({s.file for s in session.slides if s.kind in MEDIA_KINDS and s.file})
    stats = []
    for name in files:
        try:
            st = os.stat(name)
            stats.append((name, st.st_size, st.st_mtime_ns))
        except OSError:
            stats.append((name, None, None))
    return stats


def _entry(cache_dir, path: str) -> Path:
    """One entry per session file (a CRC of its path names it; two paths that share one
    only take turns, as the entry's own record of its path tells them apart)."""
    crc = binascii.crc32(path.encode("utf-8", "surrogateescape"))
    return Path(cache_dir) / f"session-{crc:08x}.pickle"


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("session-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)
