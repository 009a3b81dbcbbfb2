"""Session file (YAML) -> Session model, with every problem as ``FILE:LINE:COL: message``.

Usage::

    session = load_session("sessions/sociale-medier-090310.yaml")   # raises SessionError

The file format is described in sessions/README.md. Each mapping below lists the
fields of one dataclass in core/session.py; what a field holds is said by the
reader it is given (text, duration, clock time, a reference to a slide ...).
All problems of a file are collected and raised together, sorted by position.
"""
from __future__ import annotations

import gc
import itertools
import os
from contextlib import contextmanager

from yaml.nodes import MappingNode, Node

from facilitator.core.session.problems import Problem, SessionError
from facilitator.core.session.model import (
    DEFAULT_LANGUAGE, LANGUAGES,
    MEDIA_KINDS, SLIDE_KINDS, Block, BlockKind, Exercise, Facilitator, Figure, JourneyPhase, JourneyTemplate,
    Phase, Platform, RankItem, Ranking, ReportBack, Session, Slide, SourcePos, TemplateTouchpoint,
)
from facilitator.core.session.checks import IdRegistry, check_timeline, check_warnings
from facilitator.core.session.schedule import read_fixed_starts_past_midnight
from facilitator.core.session.media_slides import MediaSlides
from facilitator.core.timefmt import format_minutes
from facilitator.core.session.yaml_reader import Fields, Reader
from facilitator.core.session.yaml_source import MAX_BYTES, compose, decode_utf8, read_text, too_big

__all__ = ["load_session", "load_session_text", "read_session", "SessionError", "Problem"]

BLOCK_KINDS = tuple(k.value for k in BlockKind)
OWNER_KINDS = ("us", "partner", "customer")
FORMAT_VERSION = "1"
# Slides of these kinds show one thing named by a field; without it there is nothing to show.
SLIDE_NEEDS = {"platform": "platform", "exercise": "exercise", "journey": "journey_template", "quote": "text",
               "pdf": "file", "image": "file"}
FITS = ("contain", "cover")


def load_session(path: str | os.PathLike, *, files_present: bool = True) -> Session:
    """files_present=False (running the day): a PDF or image that cannot be read now is a
    warning, not an error; its slides show the block's title until the file is back."""
    problems: list[Problem] = []
    text = read_text(path, problems)
    if text is None:
        raise SessionError(problems)
    return load_session_text(text, str(path), files_present=files_present)


def read_session(path: str | os.PathLike, *, files_present: bool = True) -> tuple[Session | None, list[Problem]]:
    """The one way every front end (command line, GUI) loads a session: (session, []) or
    (None, its problems, sorted by position). A bad or unreadable file is never an exception;
    neither is a fault in this loader: it becomes one problem asking for a report, because
    the facilitator must see a message she can act on, not a traceback, minutes before a workshop."""
    try:
        return load_session(path, files_present=files_present), []
    except SessionError as e:
        return None, list(e.problems)
    except Exception as e:  # noqa: BLE001 -- deliberately the only catch-all: a loader bug
        return None, [Problem(str(path), 1, 1, f"internal error while reading the file "
                                               f"({type(e).__name__}: {e}); please report it")]


def load_session_text(text: str | bytes, filename: str = "<memory>", *, files_present: bool = True) -> Session:
    """Load from text already in memory (bytes are checked like a file's)."""
    with gc_paused():  # until the node tree, no longer needed, is freed: a collection then walks only the session
        session, problems = check_session_text(text, filename, files_present=files_present)[1:]
    if problems or session is None:
        raise SessionError(problems)
    return session


def check_session_text(text: str | bytes, filename: str = "<memory>", *, files_present: bool = True
                       ) -> tuple[Node | None, Session | None, list[Problem]]:
    """(the composed tree, the session or None, its problems): what load_session_text decides on.
    The session editor keeps the tree for the positions of its edits, so a file is composed once."""
    problems: list[Problem] = []
    size = len(text) if isinstance(text, bytes) else len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        return None, None, [Problem(filename, 1, 1, too_big(size))]
    if isinstance(text, bytes):
        text = decode_utf8(text, filename, problems)
        if text is None:
            return None, None, problems
    with gc_paused():
        root = compose(text, filename, problems)
        if root is None and not problems:
            problems.append(Problem(filename, 1, 1, "the file is empty; a session starts with 'format: 1'"))
        session = None
        if root is not None:
            builder = _Builder(filename, files_present)
            # a merge key is written '<<' or tagged merge: without either, no mapping has one
            builder.r.may_merge = "<<" in text or "merge" in text
            session = builder.session(root)
            problems.extend(builder.r.problems)
    if problems or session is None:
        return root, None, sorted(problems, key=lambda p: (p.line, p.col, p.message))
    return root, session, []


@contextmanager
def gc_paused():
    """Python's cycle collector off while a file is composed and read: the tens of thousands
    of nodes, marks and values a large session allocates (none in a cycle) would otherwise
    set off collections that walk every object of the app, a third of the reading time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _Builder:
    def __init__(self, filename: str, files_present: bool = True):
        self.r = Reader(filename)
        self.ids = IdRegistry(self.r)
        self.start_nodes: dict[int, Node] = {}
        self._scopes = itertools.count(1)
        self.media = MediaSlides(self.r, self._define_page_id, files_present)
        self._tables: dict[str, dict] = {}

    def _table(self, name: str, make) -> dict:
        """How each field of a `name` is read: made once per file, as a session may have
        thousands of blocks or slides (the readers keep no state of one entry)."""
        table = self._tables.get(name)
        if table is None:
            table = self._tables[name] = make()
        return table

    def pos(self, node: Node) -> SourcePos:
        return SourcePos(self.r.filename, node.start_mark.line + 1, node.start_mark.column + 1)

    # -- the session ---------------------------------------------------------------------

    def session(self, root: Node) -> Session | None:
        r, ids = self.r, self.ids
        f = r.mapping(root, "the session", {
            "format": self.format_version,
            "title": r.text,
            "language": self.language,
            "date": r.date,
            "start": r.clock,
            "facilitators": r.list_of(self.facilitator),
            "blocks": r.list_of(self.block),
            "slides": r.list_of(self.slide),
            "platforms": r.list_of(self.platform),
            "journey_templates": r.list_of(self.journey_template),
        }, required=("format", "title", "start", "blocks"))
        ids.check_refs()
        self._expand_pdf_pages(f)
        session = _make(Session, f, ("format", "title", "start", "blocks"), language=DEFAULT_LANGUAGE, drop=("format",))
        if session is None:
            return None
        if not session.blocks and f.nodes["blocks"].value == []:
            r.problem(f.nodes["blocks"], "a session needs at least one block")
        session.source_file = r.filename
        read_fixed_starts_past_midnight(session)
        check_timeline(session, r, self.start_nodes)
        check_warnings(session, r, f.nodes.get("start"), self.start_nodes)
        session.warnings = sorted(r.warnings, key=lambda p: (p.line, p.col, p.message))
        return session

    def _expand_pdf_pages(self, f: Fields | None) -> None:
        """Each pdf entry becomes its pages, in the slide list and in every block that shows it."""
        if f is None:
            return
        if f.values.get("slides"):
            f.values["slides"] = self.media.expanded_slides(f.values["slides"])
        for block in f.values.get("blocks") or []:
            block.slides = self.media.expand(block.slides)

    def _define_page_id(self, page_id: str, node: Node) -> None:
        self.ids.defined[("slide", 0)][page_id] = node

    def format_version(self, node: Node) -> str | None:
        value = self.r.scalar(node, "the format number 1")
        if value is not None and value.strip() != FORMAT_VERSION:
            self.r.problem(node, f"format '{value}' is not supported; this version reads 'format: {FORMAT_VERSION}'")
            return None
        return value

    def language(self, node: Node) -> str | None:
        value = self.r.scalar(node, "a language code")
        if value is not None and value not in LANGUAGES:
            self.r.problem(node, f"language '{value}' is not supported; write \"da\" (Danish) or \"en\" (English)")
            return None
        return value

    def facilitator(self, node: Node) -> Facilitator | None:
        r = self.r
        f = r.mapping(node, "facilitator", {"name": r.text, "role": r.text, "email": r.text}, ("name",))
        return _make(Facilitator, f, ("name",))

    # -- the agenda ----------------------------------------------------------------------

    def block(self, node: Node) -> Block | None:
        r = self.r
        required = ("id", "title", "kind", "duration")
        f = r.mapping(node, "block", self._table("block", lambda: {
            "id": self.ids.define("block"),
            "title": r.text,
            "kind": r.choice(BLOCK_KINDS),
            "duration": r.duration,
            "start": r.clock,
            "min_duration": r.duration,
            "warning": r.duration_or_zero,
            "danger": r.duration_or_zero,
            "notes": r.text,
            "slides": r.list_of(self.ids.ref("slide")),
            "exercises": r.list_of(self.exercise),
            "report_back": self.report_back,
        }), required[:3])
        self.round_duration(f, required)
        block = _make(Block, f, required, rename={"start": "fixed_start"}, pos=self.pos(node))
        if block is None:
            return None
        block.kind = BlockKind(block.kind)
        if "start" in f.nodes and block.fixed_start is not None:
            self.start_nodes[id(block)] = f.nodes["start"]
        if block.min_duration is not None and block.min_duration > block.duration:
            r.problem(f.nodes["min_duration"], f"min_duration ({format_minutes(block.min_duration)}) is longer "
                      f"than the block's duration ({format_minutes(block.duration)})")
        return block

    def report_back(self, node: Node) -> ReportBack | None:
        r = self.r
        f = r.mapping(node, "report_back", {
            "per_group": r.duration, "changeover": r.duration_or_zero, "groups": self.round_groups,
        }, ("per_group", "groups"))
        values = f.values if f is not None else {}
        if values.get("groups") == "journeys":
            values = {**values, "groups": None}
        return _make(ReportBack, f and Fields(f.node, values), ("per_group",))

    def round_groups(self, node: Node):
        """A count of groups, or 'journeys': the workshop's journeys decide on the day."""
        value = self.r.scalar(node, "a number of groups or 'journeys'")
        if value is None:
            return None
        if value.strip() == "journeys":
            return "journeys"
        if value.strip().isdigit() and int(value) > 0:
            return int(value)
        self.r.problem(node, f"groups '{value}' is neither a number of groups (like 6) nor 'journeys'")
        return None

    def round_duration(self, f, required: tuple[str, ...]) -> None:
        """A round with a count of groups plans its own time: duration left out is
        groups x per_group + changeovers; one written that does not match is refused."""
        if f is None:
            return
        rb = f.values.get("report_back")
        planned = rb.duration(rb.groups) if rb is not None and rb.groups is not None else None
        if "duration" not in f.nodes:
            if planned is not None:
                f.values["duration"] = planned
            else:
                self.r.problem(f.node, f"block '{f.values.get('id') or '?'}' is missing the required field 'duration'")
        elif planned is not None and f.values.get("duration") not in (None, planned):
            self.r.problem(f.nodes["duration"], (
                f"duration {format_minutes(f.values['duration'])} does not match the report-back round: "
                f"{rb.groups} groups x {format_minutes(rb.per_group)} + {rb.groups - 1} changeovers of "
                f"{format_minutes(rb.changeover)} = {format_minutes(planned)}; leave duration out"))

    def exercise(self, node: Node) -> Exercise | None:
        r = self.r
        required = ("id", "title", "duration")
        f = r.mapping(node, "exercise", self._table("exercise", lambda: {
            "id": self.ids.define("exercise"),
            "title": r.text,
            "duration": r.duration,
            "prompt": r.text,
            "phases": r.list_of(self.phase),
            "journey_template": self.ids.ref("journey template"),
        }), required)
        exercise = _make(Exercise, f, required, pos=self.pos(node))
        if exercise is not None:
            total = sum(p.duration for p in exercise.phases)
            if total > exercise.duration:
                r.problem(f.nodes["phases"], f"the phases add up to {format_minutes(total)}, longer than "
                          f"the exercise ({format_minutes(exercise.duration)})")
        return exercise

    def phase(self, node: Node) -> Phase | None:
        r = self.r
        f = r.mapping(node, "exercise phase", self._table("phase", lambda: {
            "title": r.text, "duration": r.duration, "prompt": r.text}), ("title", "duration"))
        return _make(Phase, f, ("title", "duration"))

    # -- slides and their content --------------------------------------------------------

    def slide(self, node: Node) -> Slide | None:
        r = self.r
        f = r.mapping(node, "slide", self._table("slide", self._slide_fields), ("id", "kind"))
        slide = _make(Slide, f, ("id", "kind"), pos=self.pos(node), drop=("pages", "notes"))
        needed = SLIDE_NEEDS.get(slide.kind) if slide else None
        if needed and needed not in f.nodes:
            r.problem(node, f"a {slide.kind} slide needs the field '{needed}'")
        if slide is not None:
            self._slide_notes(slide, f)
            self.media.check_kind_fields(slide, f.keys)
            if slide.kind in MEDIA_KINDS:
                self.media.read(slide, f.nodes, f.nodes.get("notes"))
        return slide

    def _slide_fields(self) -> dict:
        r, ids = self.r, self.ids
        return {
            "id": ids.define("slide"),
            "kind": r.choice(SLIDE_KINDS),
            "title": r.text,
            "subtitle": r.text,
            "bullets": r.list_of(r.text),
            "figures": r.list_of(self.figure),
            "rankings": r.list_of(self.ranking),
            "platform": ids.ref("platform"),
            "platforms": r.list_of(ids.ref("platform")),
            "measure": r.text,
            "text": r.text,
            "author": r.text,
            "exercise": ids.ref("exercise"),
            "journey_template": ids.ref("journey template"),
            "source": r.text,
            "notes": lambda n: n,  # text; per page (a mapping) on a pdf slide
            "file": r.text,
            "pages": lambda n: n,  # read by MediaSlides, which knows the page count
            "fit": r.choice(FITS),
            "caption": r.text,
        }

    def _slide_notes(self, slide: Slide, f: Fields) -> None:
        node = f.nodes.get("notes")
        if node is None or (slide.kind == "pdf" and isinstance(node, MappingNode)):
            return  # a pdf slide's notes per page are read with its pages
        slide.notes = self.r.text(node) or ""

    def figure(self, node: Node) -> Figure | None:
        r = self.r
        f = r.mapping(node, "figure", self._table("figure", lambda: {
            "value": r.number, "label": r.text, "unit": r.text, "source": r.text, "measure": r.text, "when": r.text,
        }), ("value", "label"))
        return _make(Figure, f, ("value", "label"))

    def ranking(self, node: Node) -> Ranking | None:
        r = self.r
        f = r.mapping(node, "ranking", {
            "title": r.text, "items": r.list_of(self.rank_item), "source": r.text,
        }, ("title",))
        return _make(Ranking, f, ("title",))

    def rank_item(self, node: Node) -> RankItem | None:
        r = self.r
        f = r.mapping(node, "ranking item", {"name": r.text, "rank": r.integer}, ("name", "rank"))
        return _make(RankItem, f, ("name", "rank"))

    def platform(self, node: Node) -> Platform | None:
        r = self.r
        f = r.mapping(node, "platform", {
            "id": self.ids.define("platform"),
            "name": r.text,
            "url": r.text,
            "about": r.list_of(r.text),
            "figures": r.list_of(self.figure),
            "synergies": r.list_of(r.text),
            "tools": r.list_of(r.text),
            "source": r.text,
        }, ("id", "name"))
        return _make(Platform, f, ("id", "name"))

    # -- journey templates ---------------------------------------------------------------

    def journey_template(self, node: Node) -> JourneyTemplate | None:
        r = self.r
        scope = next(self._scopes)  # phase ids are local to their template
        f = r.mapping(node, "journey template", {
            "id": self.ids.define("journey template"),
            "title": r.text,
            "persona": r.text,
            "scenario": r.text,
            "phases": r.list_of(lambda n: self.journey_phase(n, scope)),
            "touchpoints": r.list_of(lambda n: self.touchpoint(n, scope)),
        }, ("id", "title"))
        return _make(JourneyTemplate, f, ("id", "title"))

    def journey_phase(self, node: Node, scope: int) -> JourneyPhase | None:
        f = self.r.mapping(node, "journey phase", {
            "id": self.ids.define("journey phase", scope), "title": self.r.text,
        }, ("id", "title"))
        return _make(JourneyPhase, f, ("id", "title"))

    def touchpoint(self, node: Node, scope: int) -> TemplateTouchpoint | None:
        r = self.r
        f = r.mapping(node, "touchpoint", {
            "title": r.text,
            "phase": self.ids.ref("journey phase", scope),
            "channel": r.text,
            "owner": r.choice(OWNER_KINDS),
            "owner_name": r.text,
            "social": r.text,
        }, ("title", "phase"))
        return _make(TemplateTouchpoint, f, ("title", "phase"))


def _make(cls, f: Fields | None, required: tuple[str, ...], rename: dict[str, str] | None = None,
          drop: tuple[str, ...] = (), **extra):
    """The dataclass from the fields read, or None if a required one is missing or bad (already reported)."""
    if f is None or any(f.values.get(name) is None for name in required):
        return None
    rename = rename or {}
    kwargs = {rename.get(k, k): v for k, v in f.values.items() if v is not None and k not in drop}
    return cls(**{**extra, **kwargs})
