"""A session file open for editing: named edits, the same problems ``check`` reports, atomic save.

    doc = SessionDocument.open("sessions/sociale-medier-090310.yaml")
    doc.set_block_field("frokost", "duration", "45m")
    doc.problems()          # [] or the Problems of facilitator check, lines in the edited text
    doc.save()

The text is the document: every edit is a splice (``yaml_text``), so comments, key order,
quoting and blank lines of everything not edited stay byte for byte. Problems come from
the checking loader run on the current text (one source of truth). What the planner shows
while the file has problems comes from ``rows``: the fields as typed, read leniently.
"""
from __future__ import annotations

import os
import re
import stat
from dataclasses import field
from facilitator.core.record import record
from pathlib import Path

from facilitator.core.session.loader import check_session_text
from facilitator.core.session.model import Session
from facilitator.core.session.problems import Problem, SessionError
from facilitator.core.session.yaml_render import Clock
from facilitator.core.session.yaml_source import decode_utf8, too_big, MAX_BYTES
from facilitator.core.session.yaml_text import EditError, YamlText
from facilitator.core.timefmt import parse_clock, parse_duration

BLOCK_ORDER = ("id", "title", "kind", "duration", "start", "min_duration", "warning", "danger", "notes",
               "slides", "exercises")
EXERCISE_ORDER = ("id", "title", "duration", "prompt", "phases", "journey_template")
PHASE_ORDER = ("title", "duration", "prompt")
SLIDE_ORDER = ("id", "kind", "title", "subtitle", "bullets", "figures", "rankings", "platform", "platforms",
               "measure", "text", "author", "exercise", "journey_template", "file", "pages", "fit", "caption",
               "source", "notes")
SESSION_ORDER = ("format", "title", "language", "date", "start", "facilitators", "blocks", "slides",
                 "platforms", "journey_templates")
PLATFORM_ORDER = ("id", "name", "url", "about", "figures", "synergies", "tools", "source")
TEMPLATE_ORDER = ("id", "title", "persona", "scenario", "phases", "touchpoints")
TOUCHPOINT_ORDER = ("title", "phase", "channel", "owner", "owner_name", "social")
CLOCK_FIELDS = ("start",)
_BOM = b"\xef\xbb\xbf"

__all__ = ["SessionDocument", "BlockRow", "EditError"]


@record
class BlockRow:
    """One block as typed in the file, read leniently (a bad value is None; problems() says why)."""

    index: int
    id: str
    title: str
    kind: str
    duration_text: str
    duration: int | None  # seconds
    start_text: str
    fixed_start: int | None  # minutes after midnight
    min_duration_text: str
    notes: str
    slides: list[str] = field(default_factory=list)
    exercises: list[dict] = field(default_factory=list)


class SessionDocument:
    def __init__(self, text: str, path: str | os.PathLike | None = None, bom: bool = False, crlf: bool = False):
        self.path = Path(path) if path else None
        self._crlf = crlf  # a Windows file: edited with "\n", saved with its own "\r\n" again
        self._yaml = YamlText(text, self._tree)
        self.saved_text = text
        self._bom = bom
        self._checked: tuple[str, list[Problem], Session | None] | None = None
        self._rows: tuple[str, list[BlockRow]] | None = None

    # -- opening and saving ---------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike) -> SessionDocument:
        """Raises SessionError when the file cannot be read as text (missing, too big, not UTF-8)."""
        name = str(path)
        try:
            mode = os.stat(path).st_mode
            if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
                raise SessionError([Problem(name, 1, 1, "this is a pipe, not a file; a session file must be a file")])
            with open(path, "rb") as f:  # (opening a pipe would wait for a writer, perhaps for ever)
                data = f.read(MAX_BYTES + 1)
        except OSError as e:
            raise SessionError([Problem(name, 1, 1, f"cannot read the file: {e.strerror or e}")]) from None
        if len(data) > MAX_BYTES:
            raise SessionError([Problem(name, 1, 1, too_big(len(data)))])
        problems: list[Problem] = []
        text = decode_utf8(data, name, problems)
        if text is None:
            raise SessionError(problems)
        crlf = data.count(b"\r\n") * 2 > data.count(b"\n")
        return cls(text.replace("\r\n", "\n") if crlf else text, path, bom=data.startswith(_BOM), crlf=crlf)

    @classmethod
    def from_text(cls, text: str, path: str | os.PathLike | None = None) -> SessionDocument:
        doc = cls(text, path)
        if path is None:
            doc.saved_text = None
        return doc

    def save(self, path: str | os.PathLike | None = None) -> Path:
        """Write the text atomically (temporary file, fsync, rename) to ``path`` or the file opened."""
        from facilitator.core.workshop import atomic_write_bytes  # the one atomic writer of the app

        target = Path(path) if path else self.path
        if target is None:
            raise ValueError("no file to save to; give a path")
        text = self.text.replace("\n", "\r\n") if self._crlf else self.text
        atomic_write_bytes(target, (_BOM if self._bom else b"") + text.encode("utf-8"))
        self.path = target
        self.saved_text = self.text
        return target

    @property
    def text(self) -> str:
        return self._yaml.text

    def set_text(self, text: str) -> None:
        """Replace the whole text (undo and redo keep texts)."""
        if text != self._yaml.text:
            self._yaml = YamlText(text, self._tree)

    @property
    def modified(self) -> bool:
        return self.text != self.saved_text

    @property
    def filename(self) -> str:
        return str(self.path) if self.path else "<new session>"

    # -- what check says --------------------------------------------------------------------

    def problems(self) -> list[Problem]:
        return self._check()[1]

    def session(self) -> Session | None:
        """The loaded model of the current text, or None while it has problems."""
        return self._check()[2]

    def warnings(self) -> list[Problem]:
        """What check warns about (the day runs all the same), when the plan has no problems."""
        session = self.session()
        return list(getattr(session, "warnings", []) or []) if session else []

    def _check(self, text: str | None = None):
        """(text, problems, session, tree) of ``text`` (default: the current text), computed once:
        the checking loader's tree also gives the edits their positions."""
        text = self.text if text is None else text
        if self._checked is None or self._checked[0] != text or self.files_changed():
            try:
                root, session, problems = check_session_text(text, self.filename)
            except Exception as e:  # noqa: BLE001 -- a loader bug is a problem to show, not a crash
                root, session = None, None
                problems = [Problem(self.filename, 1, 1, f"internal error ({type(e).__name__}: {e})")]
            files = _named_files(root, self.filename)
            self._checked = (text, list(problems), session, root, files, _file_states(files))
        return self._checked

    def files_changed(self) -> bool:
        """A PDF or image the slides name was moved, renamed, put back or written over since the
        last check (the text alone does not say: check's problems and pages depend on the files)."""
        return bool(self.changed_files())

    def changed_files(self) -> list[str]:
        """The files of files_changed(), by their full path."""
        checked = self._checked
        if checked is None:
            return []
        return [path for path, now, then in zip(checked[4], _file_states(checked[4]), checked[5]) if now != then]

    def _tree(self, text: str):
        return self._check(text)[3]

    # -- reading the text leniently -----------------------------------------------------------

    def field(self, *path):
        try:
            return self._yaml.plain(tuple(path))
        except EditError:
            return None

    def day_start(self) -> int | None:
        """Minutes after midnight, or None when the start is missing or bad."""
        return _clock(self.field("start"))

    @property
    def language(self) -> str:
        lang = self.field("language")
        return lang if lang in ("da", "en") else "da"

    def rows(self) -> list[BlockRow]:
        text = self.text
        if self._rows is None or self._rows[0] != text:
            blocks = self.field("blocks")
            rows = []
            for i, b in enumerate(blocks if isinstance(blocks, list) else []):
                b = b if isinstance(b, dict) else {}
                slides = b.get("slides")
                exercises = b.get("exercises")
                rows.append(BlockRow(
                    index=i, id=_s(b.get("id")), title=_s(b.get("title")), kind=_s(b.get("kind")),
                    duration_text=_s(b.get("duration")), duration=_duration(b.get("duration")),
                    start_text=_s(b.get("start")), fixed_start=_clock(b.get("start")),
                    min_duration_text=_s(b.get("min_duration")), notes=_s(b.get("notes")),
                    slides=[_s(s) for s in slides] if isinstance(slides, list) else [],
                    exercises=[e for e in exercises if isinstance(e, dict)] if isinstance(exercises, list) else [],
                ))
            self._rows = (text, rows)
        return self._rows[1]

    def block_at_line(self, line: int) -> int | None:
        """The index of the block whose lines hold ``line`` (for showing a problem on its row)."""
        try:
            spans = self._yaml.item_lines(("blocks",))
        except EditError:
            return None
        for i, (first, last) in enumerate(spans):
            if first <= line <= last:
                return i
        return None

    def block_ids(self) -> list[str]:
        return [r.id for r in self.rows()]

    def block_index(self, block_id: str) -> int:
        for row in self.rows():
            if row.id == block_id:
                return row.index
        raise EditError(f"no block '{block_id}'")

    def slide_index(self, slide_id: str) -> int:
        slides = self.field("slides")
        for i, s in enumerate(slides if isinstance(slides, list) else []):
            if isinstance(s, dict) and s.get("id") == slide_id:
                return i
        raise EditError(f"no slide '{slide_id}'")

    def slide(self, slide_id: str) -> dict:
        return self.field("slides", self.slide_index(slide_id)) or {}

    def all_ids(self) -> set[str]:
        ids: set[str] = set()
        for part in ("blocks", "slides", "platforms", "journey_templates"):
            items = self.field(part)
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict):
                    ids.add(_s(item.get("id")))
                    for ex in item.get("exercises") or [] if part == "blocks" else []:
                        if isinstance(ex, dict):
                            ids.add(_s(ex.get("id")))
        return ids

    def new_id(self, base: str) -> str:
        """A fresh id made from a title: 'Report back' -> 'report-back', 'report-back-2' ..."""
        stem = _slug(base) or "item"
        taken = self.all_ids()
        if stem not in taken:
            return stem
        n = 2
        while f"{stem}-{n}" in taken:
            n += 1
        return f"{stem}-{n}"

    # -- session edits ------------------------------------------------------------------------

    def set_session_field(self, name: str, value) -> None:
        self._yaml.set((), name, _typed(name, value), SESSION_ORDER)

    # -- block edits ----------------------------------------------------------------------------

    def set_block_field(self, block_id: str, name: str, value) -> None:
        """Set a field of a block ("duration" "45m", "start" "16:50", "title" ...); None or "" removes an
        optional field."""
        if value == "" and name not in ("id", "title", "kind", "duration"):
            value = None
        self._yaml.set(("blocks", self.block_index(block_id)), name, _typed(name, value), BLOCK_ORDER)

    def add_block(self, after_id: str | None = None, **fields) -> str:
        """Insert a block after ``after_id`` (None: at the top); returns its id."""
        fields.setdefault("title", "New block")
        fields.setdefault("kind", "talk")
        fields.setdefault("duration", "15m")
        block_id = fields.pop("id", None) or self.new_id(fields["title"])
        data = {"id": block_id}
        for name in BLOCK_ORDER[1:]:
            if fields.get(name) not in (None, ""):
                data[name] = _typed(name, fields.pop(name))
        data.update({k: v for k, v in fields.items() if v not in (None, "")})
        index = 0 if after_id is None else self.block_index(after_id) + 1
        self._yaml.insert(("blocks",), index, data)
        return block_id

    def insert_block(self, index: int, data: dict) -> None:
        self._yaml.insert(("blocks",), index, data)

    def duplicate_block(self, block_id: str) -> str:
        """A copy right after the block, with fresh ids for it and its exercises; slides are shared."""
        data = self.field("blocks", self.block_index(block_id))
        data = dict(data)
        new_id = self.new_id(_s(data.get("id")) or _s(data.get("title")))
        data["id"] = new_id
        taken = self.all_ids() | {new_id}
        for ex in data.get("exercises") or []:
            if isinstance(ex, dict) and ex.get("id"):
                n, stem = 2, _s(ex["id"])
                while f"{stem}-{n}" in taken:
                    n += 1
                ex["id"] = f"{stem}-{n}"
                taken.add(ex["id"])
        # An exercise slide names its exercise; a copy shares the original's slides but not its exercise.
        self._yaml.insert(("blocks",), self.block_index(block_id) + 1, data)
        return new_id

    def move_block(self, block_id: str, index: int) -> None:
        self._yaml.move(("blocks",), self.block_index(block_id), index)

    def remove_block(self, block_id: str) -> None:
        self._yaml.remove(("blocks",), self.block_index(block_id))

    # -- exercises and phases -------------------------------------------------------------------

    def _exercise_path(self, block_id: str, exercise: int = 0) -> tuple:
        return ("blocks", self.block_index(block_id), "exercises", exercise)

    def add_exercise(self, block_id: str, title: str = "", duration: str | None = None) -> str:
        row = self.rows()[self.block_index(block_id)]
        title = title or row.title or "Exercise"
        ex_id = self.new_id(title)
        data = {"id": ex_id, "title": title, "duration": duration or row.duration_text or "15m"}
        path = ("blocks", row.index, "exercises")
        self._yaml.insert(path, self._yaml.length(path), data)
        return ex_id

    def set_exercise_field(self, block_id: str, name: str, value, exercise: int = 0) -> None:
        if value == "" and name not in EXERCISE_ORDER[:3]:
            value = None
        self._yaml.set(self._exercise_path(block_id, exercise), name, _typed(name, value), EXERCISE_ORDER)

    def add_phase(self, block_id: str, index: int | None = None, exercise: int = 0, **fields) -> None:
        path = self._exercise_path(block_id, exercise) + ("phases",)
        data = {"title": fields.get("title") or "New phase", "duration": fields.get("duration") or "5m"}
        if fields.get("prompt"):
            data["prompt"] = fields["prompt"]
        self._yaml.insert(path, self._yaml.length(path) if index is None else index, data)

    def set_phase_field(self, block_id: str, phase: int, name: str, value, exercise: int = 0) -> None:
        if value == "" and name == "prompt":
            value = None
        path = self._exercise_path(block_id, exercise) + ("phases", phase)
        self._yaml.set(path, name, _typed(name, value), PHASE_ORDER)

    def remove_phase(self, block_id: str, phase: int, exercise: int = 0) -> None:
        self._yaml.remove(self._exercise_path(block_id, exercise) + ("phases",), phase)

    def move_phase(self, block_id: str, phase: int, to: int, exercise: int = 0) -> None:
        self._yaml.move(self._exercise_path(block_id, exercise) + ("phases",), phase, to)

    # -- slides -----------------------------------------------------------------------------------

    def add_slide(self, block_id: str, kind: str, index: int | None = None, **fields) -> str:
        """A new slide of ``kind`` in the session's slide list, shown in the block at ``index``."""
        slide_id = fields.pop("id", None) or self.new_id(fields.get("title") or fields.get("text") or kind)
        data = {"id": slide_id, "kind": kind}
        for name in SLIDE_ORDER[2:]:
            if fields.get(name) not in (None, "", []):
                data[name] = fields[name]
        slides = self.field("slides")
        self._yaml.insert(("slides",), len(slides) if isinstance(slides, list) else 0, data)
        path = ("blocks", self.block_index(block_id), "slides")
        self._yaml.insert(path, self._yaml.length(path) if index is None else index, slide_id)
        return slide_id

    def set_slide_field(self, slide_id: str, name: str, value) -> None:
        if value in ("", []) and name not in ("id", "kind"):
            value = None
        self._yaml.set(("slides", self.slide_index(slide_id)), name, value, SLIDE_ORDER)

    def move_slide(self, block_id: str, index: int, to: int) -> None:
        self._yaml.move(("blocks", self.block_index(block_id), "slides"), index, to)

    def move_slide_to_block(self, block_id: str, index: int, to_block: str) -> None:
        slide_id = self.rows()[self.block_index(block_id)].slides[index]
        self._yaml.remove(("blocks", self.block_index(block_id), "slides"), index)
        path = ("blocks", self.block_index(to_block), "slides")
        self._yaml.insert(path, self._yaml.length(path), slide_id)

    def remove_slide(self, block_id: str, index: int) -> None:
        """Take the slide out of the block; its definition goes too when no other block shows it."""
        slide_id = self.rows()[self.block_index(block_id)].slides[index]
        self._yaml.remove(("blocks", self.block_index(block_id), "slides"), index)
        if not any(slide_id in r.slides for r in self.rows()):
            try:
                self._yaml.remove(("slides",), self.slide_index(slide_id))
            except EditError:
                pass

    # -- platforms and journey templates -------------------------------------------------------------

    def _list_index(self, part: str, item_id: str) -> int:
        items = self.field(part)
        for i, item in enumerate(items if isinstance(items, list) else []):
            if isinstance(item, dict) and item.get("id") == item_id:
                return i
        raise EditError(f"no {part} '{item_id}'")

    def add_platform(self, name: str, **fields) -> str:
        platform_id = fields.pop("id", None) or self.new_id(name)
        data = {"id": platform_id, "name": name, **{k: v for k, v in fields.items() if v not in (None, "", [])}}
        self._yaml.insert(("platforms",), self._yaml.length(("platforms",)), data)
        return platform_id

    def set_platform_field(self, platform_id: str, name: str, value) -> None:
        if value in ("", []) and name not in ("id", "name"):
            value = None
        self._yaml.set(("platforms", self._list_index("platforms", platform_id)), name, value, PLATFORM_ORDER)

    def remove_platform(self, platform_id: str) -> None:
        self._yaml.remove(("platforms",), self._list_index("platforms", platform_id))

    def add_template(self, title: str, **fields) -> str:
        template_id = fields.pop("id", None) or self.new_id(title)
        data = {"id": template_id, "title": title, **{k: v for k, v in fields.items() if v not in (None, "", [])}}
        self._yaml.insert(("journey_templates",), self._yaml.length(("journey_templates",)), data)
        return template_id

    def set_template_field(self, template_id: str, name: str, value) -> None:
        if value in ("", []) and name not in ("id", "title"):
            value = None
        path = ("journey_templates", self._list_index("journey_templates", template_id))
        self._yaml.set(path, name, value, TEMPLATE_ORDER)

    def set_touchpoint_field(self, template_id: str, index: int, name: str, value) -> None:
        """Set one field of a template's touchpoint ("social" "Del kataloget på Facebook"); "" or None
        removes an optional field. Only that field's text changes."""
        if value == "" and name not in TOUCHPOINT_ORDER[:2]:
            value = None
        path = ("journey_templates", self._list_index("journey_templates", template_id), "touchpoints", index)
        self._yaml.set(path, name, value, TOUCHPOINT_ORDER)

    def remove_template(self, template_id: str) -> None:
        self._yaml.remove(("journey_templates",), self._list_index("journey_templates", template_id))


def _typed(name: str, value):
    """Clock times are written in quotes ("09:30"), as the file's own are."""
    if isinstance(value, str) and name in CLOCK_FIELDS:
        return Clock(value)
    return value


def _s(value) -> str:
    return "" if value is None else str(value) if not isinstance(value, (dict, list)) else ""


def _duration(value) -> int | None:
    try:
        seconds = parse_duration(value) if isinstance(value, str) else None
    except ValueError:
        return None
    return seconds if seconds else None


def _clock(value) -> int | None:
    try:
        return parse_clock(value) if isinstance(value, str) else None
    except ValueError:
        return None


_TRANSLIT = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue", "é": "e"})


def _slug(title: str) -> str:
    s = title.lower().translate(_TRANSLIT)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:40].strip("-")


def _named_files(root, filename: str) -> tuple[str, ...]:
    """The files the slides of the checked tree name (`file:`), as the loader finds them."""
    from yaml.nodes import MappingNode, ScalarNode, SequenceNode

    from facilitator.core.session.media_slides import session_dir

    if not isinstance(root, MappingNode):
        return ()
    slides = next((v for k, v in root.value if getattr(k, "value", None) == "slides"), None)
    out = []
    for item in slides.value if isinstance(slides, SequenceNode) else []:
        for k, v in item.value if isinstance(item, MappingNode) else []:
            if getattr(k, "value", None) == "file" and isinstance(v, ScalarNode) and v.value:
                out.append(os.path.normpath(os.path.join(session_dir(filename), os.path.expanduser(v.value))))
    return tuple(out)


def _file_states(files: tuple[str, ...]) -> tuple:
    out = []
    for path in files:
        try:
            st = os.stat(path)
        except OSError:
            out.append(None)
            continue
        out.append((st.st_ino, st.st_size, st.st_mtime_ns, stat.S_ISREG(st.st_mode)))
    return tuple(out)
