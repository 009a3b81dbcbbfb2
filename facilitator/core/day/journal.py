"""The run journal: one JSON line per event, appended and fsync'd before the
command returns, so a crash or a pulled plug loses at most the command being typed.

Reading skips a line that is torn (the last one, cut off mid-write) or garbled,
and says so in a warning; every other line is kept.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from facilitator.core.day.events import Event

JOURNAL_NAME = "journal.jsonl"


class Journal:
    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self._file = None

    def append(self, event: Event) -> None:
        f = self._open()
        f.write(json.dumps(event.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n")
        f.flush()
        os.fsync(f.fileno())

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _open(self):
        if self._file is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            new = not self.path.exists()
            torn = not new and _ends_without_newline(self.path)
            self._file = open(self.path, "a", encoding="utf-8")
            if torn:  # start on a fresh line, or the next event would be glued to the torn one
                self._file.write("\n")
            if new:
                fsync_dir(self.path.parent)
        return self._file

    @staticmethod
    def read(path: str | os.PathLike) -> tuple[list[Event], list[str]]:
        return read(path)


def read(path: str | os.PathLike) -> tuple[list[Event], list[str]]:
    """(events, warnings). A missing file is an empty journal."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return [], []
    events, warnings = [], []
    lines = data.split(b"\n")
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            events.append(Event.from_dict(json.loads(raw.decode("utf-8"))))
        except (ValueError, UnicodeDecodeError) as exc:
            what = "a torn last line" if number == len(lines) else "a garbled line"
            warnings.append(f"{path.name}:{number}: skipped {what} ({exc})")
    return events, warnings


def _ends_without_newline(path: Path) -> bool:
    with open(path, "rb") as f:
        f.seek(0, os.SEEK_END)
        if f.tell() == 0:
            return False
        f.seek(-1, os.SEEK_END)
        return f.read(1) != b"\n"


def fsync_dir(folder: Path) -> None:
    """Make the new file's name durable too (POSIX; Windows cannot open folders)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
