"""The run journal: one JSON line per event, appended and fsync'd before the
command returns, so a crash or a pulled plug loses at most the command being typed.

Reading skips a line that is torn (the last one, cut off mid-write) or garbled
(not JSON, not an event, numbers no clock has, nesting no event has), and says so in a
warning (a journal_notes.JournalNote: file, line, kind, detail); every other line is kept. A UTF-8 BOM (a journal once saved in Notepad) is
read as UTF-8. load() then vets the events the same way for `run` and `status`: a
duplicate line, a step back in time that no recorded clock jump explains, and a time
in the future are left out and reported by line number.

While the day runs, append() notices when the file on disk is no longer the one it
holds open (replaced by copy-and-rename, deleted, its folder deleted): it writes
nothing and returns False, and the Runner writes a fresh journal that keeps the day
(rewrite()).
"""
from __future__ import annotations

import bisect
import errno
import gc
import json
import os
import stat
from contextlib import contextmanager
from pathlib import Path

from datetime import datetime

from facilitator.core.day.events import CLOCK_JUMP, Event
from facilitator.core.day.journal_notes import BEFORE, DUPLICATE, FUTURE, GARBLED, TORN, JournalNote

JOURNAL_NAME = "journal.jsonl"
BOM = b"\xef\xbb\xbf"
FUTURE_TOLERANCE = 60.0  # seconds a line may be dated ahead of the clock (two laptops' clocks)
STEP_BACK_TOLERANCE = 5.0  # seconds the clock may go back without a recorded jump


class Journal:
    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self._file = None

    def append(self, event: Event) -> bool:
        """Write one line, flushed and fsync'd. False (nothing written) when the file on
        disk is not the one held open any more: the caller rewrites the whole day."""
        f = self._open()
        if not self._still_ours(f):
            self.close()
            return False
        f.write(_line(event))
        f.flush()
        os.fsync(f.fileno())
        return True

    def rewrite(self, events) -> None:
        """A fresh journal with every event of the day (atomically: temporary file and
        rename, the folder made again if it was deleted), then appended to as before."""
        self.close()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.fresh")
        with open(tmp, "w", encoding="utf-8") as f:
            f.writelines(_line(e) for e in events)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)
        fsync_dir(self.path.parent)

    def _still_ours(self, f) -> bool:
        try:
            held, there = os.fstat(f.fileno()), os.stat(self.path)
        except FileNotFoundError:
            return False
        return (held.st_dev, held.st_ino) == (there.st_dev, there.st_ino)

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
    def read(path: str | os.PathLike) -> tuple[list[Event], list[JournalNote]]:
        return read(path)


def _line(event: Event) -> str:
    return json.dumps(event.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"


def read(path: str | os.PathLike) -> tuple[list[Event], list[JournalNote]]:
    """(events, warnings). A missing file is an empty journal; a folder where the file
    should be raises IsADirectoryError (an OSError), as any unreadable file does."""
    numbered, warnings = read_numbered(path)
    return [e for _, e in numbered], warnings


@contextmanager
def collector_paused():
    """Python's cycle collector paused while the lines are read and vetted (and replayed,
    replay.DayFold.apply_all): each line makes a few new objects, none in a cycle, and with a
    million kept the collector went through them all again and again (half the reading of a
    50 MB journal). `facilitator run` has it paused already until the first paint."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


@collector_paused()
def read_numbered(path: str | os.PathLike) -> tuple[list[tuple[int, Event]], list[JournalNote]]:
    """([(line number, event)], warnings)."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
        if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):  # (a folder raises IsADirectoryError below)
            # a pipe would wait for a writer for ever, /dev/zero would be read without end
            raise OSError(errno.EINVAL, "not a file (a pipe or a device)", str(path))
        data = path.read_bytes()
    except FileNotFoundError:
        return [], []
    if data.startswith(BOM):
        data = data[len(BOM):]
    events, warnings = [], []
    lines = data.split(b"\n")
    for number, raw in enumerate(lines, start=1):
        if not raw or raw.isspace():  # (isspace: the blanks strip() takes, without a copy)
            continue
        try:
            events.append((number, Event.from_dict(_json_value(raw))))
        except (ValueError, UnicodeDecodeError, RecursionError) as exc:
            kind = TORN if number == len(lines) else GARBLED
            reason = "nested too deep" if isinstance(exc, RecursionError) else str(exc)[:80]
            warnings.append(JournalNote(path.name, number, kind, reason))
    return events, warnings


_scan = json.JSONDecoder().scan_once  # the C scanner json.loads ends in


def _json_value(raw: bytes):
    """json.loads(raw.decode("utf-8")): the same value, or the same error. A line that is
    one JSON value and nothing else goes straight to the C scanner, without json.loads's
    Python frames (a third of a 50 MB journal's reading); any other line (spaces around
    it, not JSON, not UTF-8, nested too deep) is read by json.loads itself."""
    try:
        text = raw.decode("utf-8")
        value, end = _scan(text, 0)
        if end == len(text):
            return value
    except (ValueError, StopIteration, RecursionError):
        pass
    return json.loads(raw.decode("utf-8"))


def load(path: str | os.PathLike, now: float) -> tuple[list[Event], list[JournalNote]]:
    """The events to replay, for `run` and `status` alike, and every warning: read() and
    then vet() against the clock."""
    numbered, warnings = read_numbered(path)
    events, more = vet(numbered, now, Path(path).name)
    return events, sorted(warnings + more, key=lambda note: note.line)  # as the file has them


def unreadable(events: list[Event], notes: list[JournalNote]) -> bool:
    """Not one line of the file is a command, and some line could not be read: no run journal
    (UTF-16 from Notepad, a binary file), not a journal with a damaged line."""
    return not events and bool(notes) and all(n.kind in (TORN, GARBLED) for n in notes)


@collector_paused()
def vet(numbered: list[tuple[int, Event]], now: float, name: str = JOURNAL_NAME
        ) -> tuple[list[Event], list[JournalNote]]:
    """Leave out, with a warning naming the line: a line that repeats an earlier one
    exactly, a line dated before the one before it (by more than a few seconds) unless a
    clock jump back is recorded next to it, and a line dated in the future."""
    kept: list[Event] = []
    warnings: list[JournalNote] = []
    repeats = _Repeats(numbered)
    first_of: dict[tuple, int] = {}  # (t, type) -> index of the first event with them
    latest = None  # (t, line) of the event kept last
    future = now + FUTURE_TOLERANCE
    back_after = _jumps_back_after(numbered)
    for k, (number, e) in enumerate(numbered):
        first = first_of.setdefault((e.t, e.type), k)
        earlier = None if first == k else repeats.earlier(first, k)
        if earlier is not None:
            warnings.append(JournalNote(name, number, DUPLICATE, other=earlier))
            continue
        # a line written before the clock was set back may be dated after `now`: allow what
        # the jumps back recorded after it explain
        if e.t > future and e.t > now + FUTURE_TOLERANCE + back_after(k):
            warnings.append(JournalNote(name, number, FUTURE, _when(e.t)))
            continue
        if latest is not None and e.t < latest[0] - STEP_BACK_TOLERANCE and not _jump_back_near(
                numbered, k, latest[0] - e.t):
            warnings.append(JournalNote(name, number, BEFORE, _when(e.t), latest[1], _when(latest[0])))
            continue
        kept.append(e)
        latest = (e.t, number)
    return kept, warnings


def _jumps_back_after(numbered: list[tuple[int, Event]]):
    """k -> the seconds of the clock jumps back recorded at or after the k-th event (summed
    from the last, as they were when every line had its sum: a journal has few jumps)."""
    jumps = [k for k, (_, e) in enumerate(numbered) if e.type == CLOCK_JUMP]
    totals, total = [], 0.0
    for k in reversed(jumps):
        seconds = numbered[k][1].data.get("seconds")
        total += -seconds if isinstance(seconds, (int, float)) and seconds < 0 else 0.0
        totals.append(total)
    totals.reverse()  # totals[i]: the jumps from jumps[i] on

    def after(k: int) -> float:
        i = bisect.bisect_left(jumps, k)
        return totals[i] if i < len(jumps) else 0.0
    return after


class _Repeats:
    """Which earlier line an event repeats exactly: same time, type and data (as JSON with
    sorted keys). vet() asks only about events that share a time and a type with an earlier
    one, and only their data are written out as JSON: writing out every line's was a third
    of vetting a 50 MB journal."""

    def __init__(self, numbered: list[tuple[int, Event]]):
        self._numbered = numbered
        self._by_data: dict[int, dict[str, int]] = {}  # first index -> {data as JSON: line}

    def earlier(self, first: int, k: int) -> int | None:
        """The line the k-th event repeats, or None (and it is remembered): `first` is the
        index of the first event with its time and type."""
        by_data = self._by_data.get(first)
        if by_data is None:
            line, e = self._numbered[first]
            by_data = self._by_data[first] = {_data_key(e.data): line}
        number, e = self._numbered[k]
        line = by_data.setdefault(_data_key(e.data), number)
        return None if line == number else line


def _data_key(data: dict) -> str:
    return json.dumps(data, sort_keys=True)


def _jump_back_near(numbered, k: int, step: float) -> bool:
    """A recorded clock jump back, on this line or the two around it, that explains a step
    back of `step` seconds (the app notices a jump within a second, so a command given in
    that second may be written just before the jump is)."""
    for _, e in numbered[max(0, k - 2):k + 3]:
        seconds = e.data.get("seconds") if e.type == CLOCK_JUMP else None
        if isinstance(seconds, (int, float)) and seconds < 0 and -seconds + STEP_BACK_TOLERANCE >= step:
            return True
    return False


def _when(t: float) -> str:
    return datetime.fromtimestamp(t).isoformat(sep=" ", timespec="seconds")


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
