"""The workshop as data: what a session file describes, after loading.

Plain dataclasses with no behaviour beyond simple look-ups, so the loader, the
timing engine, the slides and the exports can share one model. Times of day are
minutes after midnight (int); durations are seconds (int).
"""
from __future__ import annotations

from dataclasses import field
from facilitator.core.record import record
from enum import Enum


class BlockKind(str, Enum):
    TALK = "talk"
    EXERCISE = "exercise"
    BREAK = "break"


@record(frozen=True)
class SourcePos:
    """Where a value came from in its file, for messages (1-based)."""

    file: str = "<memory>"
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@record
class Facilitator:
    name: str
    role: str = ""
    email: str = ""


@record
class Phase:
    """One timed step of an exercise, e.g. '10 min write keywords'."""

    title: str
    duration: int  # seconds
    prompt: str = ""


@record
class Exercise:
    id: str
    title: str
    duration: int  # seconds
    prompt: str = ""
    phases: list[Phase] = field(default_factory=list)
    journey_template: str | None = None  # id of a JourneyTemplate
    pos: SourcePos = field(default_factory=SourcePos, compare=False, repr=False)


@record
class ReportBack:
    """A report-back round: each group presents for per_group, with a changeover between
    groups. groups is a count, or None for the workshop's journeys (the editor's tabs)."""

    per_group: int  # seconds
    changeover: int = 0  # seconds between two groups
    groups: int | None = None

    def duration(self, count: int) -> int:
        """The round's planned seconds for `count` groups: 6 x 4 min + 5 changeovers."""
        return count * self.per_group + max(count - 1, 0) * self.changeover


@record
class Block:
    id: str
    title: str
    kind: BlockKind
    duration: int  # seconds, as planned
    fixed_start: int | None = None  # minutes after midnight, or None to flow
    min_duration: int | None = None  # seconds; None means the block cannot shrink
    warning: int | None = None  # seconds left at which the warning state starts
    danger: int = 0  # seconds left at which the danger state starts
    notes: str = ""
    slides: list[str] = field(default_factory=list)  # slide ids, in order
    exercises: list[Exercise] = field(default_factory=list)
    report_back: ReportBack | None = None  # the block is a report-back round
    pos: SourcePos = field(default_factory=SourcePos, compare=False, repr=False)

    @property
    def is_flexible(self) -> bool:
        return self.min_duration is not None and self.min_duration < self.duration

    def warning_at(self) -> int:
        """Seconds left when the warning state begins (20 % or 2 min, the lesser)."""
        if self.warning is not None:
            return self.warning
        return min(self.duration // 5, 120)


@record
class Figure:
    """A number with what it counts and who says so: '400 millioner brugere (Facebook)'."""

    value: float
    label: str
    unit: str = ""
    source: str = ""
    measure: str = ""  # what kind of quantity, e.g. "brugere globalt"; same measure = same axis
    when: str = ""  # e.g. "juli 2009"


@record
class Platform:
    id: str
    name: str
    about: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    synergies: list[str] = field(default_factory=list)
    tools: list[str] = field(default_factory=list)
    source: str = ""  # source of the 'about' text, when it has one
    url: str = ""


@record
class RankItem:
    name: str
    rank: int  # the overall rank printed in brackets, e.g. facebook.com (2)


@record
class Ranking:
    title: str
    items: list[RankItem] = field(default_factory=list)
    source: str = ""


@record
class Slide:
    """One slide. Which fields matter depends on kind:

    title: title, subtitle
    bullets: title, bullets, source
    figures: title, figures, source (each figure may carry its own source)
    ranking: title, rankings (two lists side by side), source
    platform: platform (an id)
    comparison: title, platforms (ids; empty = all), measure (optional)
    quote: text, author
    exercise: exercise (an id)
    journey: journey_template (an id)
    pdf: file, page (one slide per page of the PDF; the loader expands an entry into its pages)
    image: file, fit, title, caption, source
    """

    id: str
    kind: str
    title: str = ""
    subtitle: str = ""
    bullets: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    rankings: list[Ranking] = field(default_factory=list)
    platform: str | None = None
    platforms: list[str] = field(default_factory=list)
    measure: str = ""
    text: str = ""
    author: str = ""
    exercise: str | None = None
    journey_template: str | None = None
    source: str = ""
    notes: str = ""  # presenter notes; never shown on the wall
    file: str = ""  # pdf, image: the file's absolute path (written relative to the session file)
    page: int = 0  # pdf: the 1-based page this slide shows
    fit: str = "contain"  # image: "contain" (all of it, bars around) or "cover" (fills, cropped)
    caption: str = ""  # image: a line under the picture
    pos: SourcePos = field(default_factory=SourcePos, compare=False, repr=False)


SLIDE_KINDS = (
    "title", "bullets", "figures", "ranking", "platform",
    "comparison", "quote", "exercise", "journey", "pdf", "image",
)
MEDIA_KINDS = ("pdf", "image")  # slides that show a file of the facilitator's own


@record
class JourneyPhase:
    id: str
    title: str


@record
class TemplateTouchpoint:
    title: str
    phase: str  # a JourneyPhase id
    channel: str = ""
    owner: str = ""  # "us", "partner", "customer" -- see journey.OWNER_KINDS
    owner_name: str = ""  # e.g. "SAS", "Københavns Lufthavn", "Facebook"
    social: str = ""  # the social-media idea, printed in the worksheet's "Social media" row


@record
class JourneyTemplate:
    id: str
    title: str
    persona: str = ""
    scenario: str = ""
    phases: list[JourneyPhase] = field(default_factory=list)
    touchpoints: list[TemplateTouchpoint] = field(default_factory=list)


# The languages a session's content may be written in, and the one it is in when the file
# does not say (the seed workshop's). The UI has its own language (English source strings,
# translated with Qt); everything the room sees or prints follows the session's.
LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = "da"


def content_language(code: str | None) -> str:
    """'da', 'da-DK', 'en_GB' -> 'da' / 'en'; anything else: the default content language."""
    base = (code or "").strip().lower()[:2]
    return base if base in LANGUAGES else DEFAULT_LANGUAGE


@record
class Session:
    title: str
    language: str  # "da" or "en": the language of the content
    start: int  # minutes after midnight
    blocks: list[Block]
    date: str | None = None  # ISO date, when the session is for one day
    facilitators: list[Facilitator] = field(default_factory=list)
    slides: list[Slide] = field(default_factory=list)
    platforms: list[Platform] = field(default_factory=list)
    journey_templates: list[JourneyTemplate] = field(default_factory=list)
    source_file: str = ""
    # what `facilitator check` warns about (Problem, warning=True): the file loads all the same
    warnings: list = field(default_factory=list, compare=False, repr=False)
    # slide id -> position in `slides`, checked at every use (the list may be edited in place)
    _slide_at: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    def block(self, block_id: str) -> Block:
        return next(b for b in self.blocks if b.id == block_id)

    def slide(self, slide_id: str) -> Slide:
        """The slide with this id; without a search through the list once the index is made,
        as a block of a thousand slides asks for each of them (ids are unique in a session)."""
        i = self._slide_at.get(slide_id)
        if i is not None and i < len(self.slides) and self.slides[i].id == slide_id:
            return self.slides[i]
        self._slide_at = {}
        for i, s in enumerate(self.slides):
            self._slide_at.setdefault(s.id, i)
        return next(s for s in self.slides if s.id == slide_id)  # StopIteration for an unknown id, as always

    def platform(self, platform_id: str) -> Platform:
        return next(p for p in self.platforms if p.id == platform_id)

    def exercise(self, exercise_id: str) -> Exercise:
        return next(e for b in self.blocks for e in b.exercises if e.id == exercise_id)

    def journey_template(self, template_id: str) -> JourneyTemplate:
        return next(t for t in self.journey_templates if t.id == template_id)
