"""A breakout group's customer journey and the edits made to it.

Pure data and pure functions: the Qt editor wraps every edit below in an undo
command, the exports only read. Edits mutate the journey in place and return
what the caller needs to undo them.

Order rule: ``Journey.touchpoints`` is always grouped by phase, in the order of
``Journey.phases`` (touchpoints of an unknown phase come last). So the list
order *is* the left-to-right order on the board and on paper.
"""
from __future__ import annotations

import copy
import re
from dataclasses import field, fields
from facilitator.core.record import record

from facilitator.core.session.model import JourneyPhase, JourneyTemplate

OWNER_KINDS = ("us", "partner", "customer")
FEELING_MIN, FEELING_MAX = -2, 2
# Breakout groups a worksheet print-out is made for: a workshop has a few dozen at most, and
# a typo of 100000 must not keep the command line or the planner busy for minutes.
MIN_GROUPS, MAX_GROUPS = 1, 99

# Touchpoint fields a user edits as text (the board's in-place editor uses these).
TEXT_FIELDS = ("title", "channel", "owner_name", "social", "pain", "opportunity", "notes")


@record
class Touchpoint:
    title: str = ""  # what happens, e.g. "Kunden tjekker rejsekataloget"
    phase: str = ""  # a JourneyPhase id
    channel: str = ""
    owner: str = ""  # "" (unknown) or one of OWNER_KINDS
    owner_name: str = ""  # e.g. "SAS", "Mytravel", "Facebook"
    social: str = ""  # the social-media idea for this touchpoint
    platforms: list[str] = field(default_factory=list)
    feeling: int | None = None  # FEELING_MIN..FEELING_MAX, None = not rated
    pain: str = ""
    opportunity: str = ""
    notes: str = ""


TOUCHPOINT_FIELDS = tuple(f.name for f in fields(Touchpoint))


@record
class Journey:
    id: str  # file name stem in the workshop folder; stable across renames
    group: str  # "Gruppe 1"
    title: str = ""
    persona: str = ""
    scenario: str = ""
    phases: list[JourneyPhase] = field(default_factory=list)
    touchpoints: list[Touchpoint] = field(default_factory=list)
    template: str | None = None  # id of the template it started from
    language: str | None = None  # "da"/"en": the session's language when it was saved (for print-outs)
    extra: dict = field(default_factory=dict, repr=False)  # top-level keys of the file this version does not know

    def phase_title(self, phase_id: str) -> str:
        return next((p.title for p in self.phases if p.id == phase_id), phase_id)

    def phase_index(self, phase_id: str) -> int:
        ids = [p.id for p in self.phases]
        return ids.index(phase_id) if phase_id in ids else len(ids)


class JourneyError(ValueError):
    """An edit that cannot be made (bad field, feeling out of range ...)."""


# ---------------------------------------------------------------- creation

def slugify(text: str) -> str:
    """'Gruppe 1 – Færøerne' -> 'gruppe-1-faeroeerne'; safe as a file name."""
    text = text.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e"), ("ü", "u"), ("ö", "o"), ("ä", "a")):
        text = text.replace(a, b)
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return slug or "journey"


def unique_id(wanted: str, taken) -> str:
    base = slugify(wanted)
    taken = set(taken)
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def journey_from_template(template: JourneyTemplate, group: str, journey_id: str | None = None) -> Journey:
    return Journey(
        id=journey_id or slugify(group),
        group=group,
        title=template.title,
        persona=template.persona,
        scenario=template.scenario,
        phases=[JourneyPhase(p.id, p.title) for p in template.phases],
        touchpoints=normalized([
            Touchpoint(title=t.title, phase=t.phase, channel=t.channel, owner=t.owner, owner_name=t.owner_name,
                       social=t.social)
            for t in template.touchpoints
        ], template.phases),
        template=template.id,
    )


def blank_journey(group: str, phase_titles=("Før", "Under", "Efter"), journey_id: str | None = None,
                  title: str = "") -> Journey:
    """A journey with named phases and no touchpoints (words.default_phases(language) names them)."""
    phases = []
    for t in phase_titles:
        phases.append(JourneyPhase(unique_id(t, [p.id for p in phases]), t))
    return Journey(id=journey_id or slugify(group), group=group, title=title, phases=phases)


def duplicate_journey(journey: Journey, group: str, journey_id: str) -> Journey:
    dup = copy.deepcopy(journey)
    dup.id, dup.group = journey_id, group
    return dup


# ---------------------------------------------------------------- ordering

def normalized(touchpoints: list[Touchpoint], phases: list[JourneyPhase]) -> list[Touchpoint]:
    """The touchpoints grouped by phase order, keeping their order within a phase (stable)."""
    ids = [p.id for p in phases]
    return sorted(touchpoints, key=lambda t: ids.index(t.phase) if t.phase in ids else len(ids))


def phase_range(journey: Journey, phase_id: str) -> tuple[int, int]:
    """Slice [start, end) of the touchpoints in phase_id; an empty phase gives start == end
    at the place its touchpoints would go."""
    k = journey.phase_index(phase_id)
    start = sum(1 for t in journey.touchpoints if journey.phase_index(t.phase) < k)
    end = start + sum(1 for t in journey.touchpoints if journey.phase_index(t.phase) == k)
    return start, end


# ---------------------------------------------------------------- edits

def _check_index(journey: Journey, index: int) -> None:
    if not 0 <= index < len(journey.touchpoints):
        raise JourneyError(f"no touchpoint at {index}")


def add_touchpoint(journey: Journey, touchpoint: Touchpoint, index: int | None = None) -> int:
    """Insert touchpoint (at index, clamped into its phase; default: end of its phase).
    Returns the index it landed at."""
    if touchpoint.phase == "" and journey.phases:
        touchpoint.phase = journey.phases[-1].id
    start, end = phase_range(journey, touchpoint.phase)
    index = end if index is None else min(max(index, start), end)
    journey.touchpoints.insert(index, touchpoint)
    return index


def delete_touchpoint(journey: Journey, index: int) -> Touchpoint:
    _check_index(journey, index)
    return journey.touchpoints.pop(index)


def duplicate_touchpoint(journey: Journey, index: int) -> int:
    """Put a copy right after the original; returns the copy's index."""
    _check_index(journey, index)
    dup = copy.deepcopy(journey.touchpoints[index])
    journey.touchpoints.insert(index + 1, dup)
    return index + 1


def check_value(name: str, value):
    """The value as stored, or JourneyError saying what is wrong."""
    if name not in TOUCHPOINT_FIELDS:
        raise JourneyError(f"unknown touchpoint field {name!r}")
    if name == "feeling":
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not FEELING_MIN <= value <= FEELING_MAX:
            raise JourneyError(f"feeling must be a whole number from {FEELING_MIN} to {FEELING_MAX}, or empty")
        return value
    if name == "owner":
        if value not in ("", *OWNER_KINDS):
            raise JourneyError("owner must be one of: " + ", ".join(OWNER_KINDS))
        return value
    if name == "platforms":
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",")]
        return [str(v) for v in value if str(v).strip()]
    if not isinstance(value, str):
        raise JourneyError(f"{name} must be text")
    return value


def edit_touchpoint(journey: Journey, index: int, name: str, value):
    """Set one field; returns the old value. A phase change moves the touchpoint to the end of
    its new phase -- use move_touchpoint for that, so undo puts it back where it was."""
    _check_index(journey, index)
    if name == "phase":
        raise JourneyError("use move_touchpoint to change a touchpoint's phase")
    value = check_value(name, value)
    tp = journey.touchpoints[index]
    old = getattr(tp, name)
    setattr(tp, name, value)
    return old


def move_touchpoint(journey: Journey, src: int, dst: int, phase: str | None = None) -> int:
    """Take the touchpoint at src and insert it at dst (an index in the list without it),
    into phase (default: its own). dst is clamped into that phase's run, so the grouping
    holds. Returns the final index. Undo: move_touchpoint(j, final, src, old_phase)."""
    _check_index(journey, src)
    tp = journey.touchpoints.pop(src)
    if phase is not None:
        tp.phase = phase
    return add_touchpoint(journey, tp, dst)


def step_touchpoint(journey: Journey, index: int, step: int) -> tuple[int, str]:
    """Alt+Left/Right: swap with the neighbour in the same phase, or, at the edge of the
    phase, cross into the next/previous phase. Returns (new index, new phase)."""
    _check_index(journey, index)
    tp = journey.touchpoints[index]
    start, end = phase_range(journey, tp.phase)
    k = journey.phase_index(tp.phase)
    if step < 0 and index > start:
        return move_touchpoint(journey, index, index - 1), tp.phase
    if step > 0 and index < end - 1:
        return move_touchpoint(journey, index, index + 1), tp.phase
    target = k + (1 if step > 0 else -1)
    if not 0 <= target < len(journey.phases):
        return index, tp.phase  # already at the far end
    new_phase = journey.phases[target].id
    # crossing right lands first in the next phase, crossing left lands last in the previous one
    journey.touchpoints.pop(index)
    start, end = phase_range(journey, new_phase)
    tp.phase = new_phase
    dst = start if step > 0 else end
    journey.touchpoints.insert(dst, tp)
    return dst, new_phase


JOURNEY_TEXT_FIELDS = ("group", "title", "persona", "scenario")


def edit_journey(journey: Journey, name: str, value: str) -> str:
    """Set group / title / persona / scenario; returns the old value."""
    if name not in JOURNEY_TEXT_FIELDS:
        raise JourneyError(f"unknown journey field {name!r}")
    old = getattr(journey, name)
    setattr(journey, name, str(value))
    return old


def _phase(journey: Journey, phase_id: str) -> JourneyPhase:
    phase = next((p for p in journey.phases if p.id == phase_id), None)
    if phase is None:
        raise JourneyError(f"no phase {phase_id!r}")
    return phase


def rename_phase(journey: Journey, phase_id: str, title: str) -> str:
    phase = _phase(journey, phase_id)
    old, phase.title = phase.title, title
    return old


def add_phase(journey: Journey, title: str, index: int | None = None) -> JourneyPhase:
    """Insert an empty phase at index (default: last). Its id comes from the title and is new
    to the journey -- also to stray touchpoints, which must not suddenly join it."""
    taken = [p.id for p in journey.phases] + [t.phase for t in journey.touchpoints]
    phase = JourneyPhase(unique_id(title, taken), title)
    n = len(journey.phases)
    journey.phases.insert(n if index is None else max(0, min(index, n)), phase)
    return phase


@record
class PhaseRemoval:
    """What delete_phase did, so restore_phase can undo it exactly."""
    index: int  # where the phase stood
    phase: JourneyPhase
    into: str | None  # the neighbour that took its touchpoints (None: it had none)
    moved: list[int]  # indexes of those touchpoints (the list order does not change)


def delete_phase(journey: Journey, phase_id: str) -> PhaseRemoval:
    """Remove a phase. Its touchpoints are the groups' work, a phase only a heading: they join
    the previous phase (the next one for the first phase), at the seam, so the left-to-right
    order on the board stays exactly as it was. A phase with touchpoints and no neighbour
    cannot go: they would have nowhere to be."""
    phase = _phase(journey, phase_id)
    k = journey.phases.index(phase)
    moved = [i for i, t in enumerate(journey.touchpoints) if t.phase == phase_id]
    into = None
    if moved:
        if len(journey.phases) == 1:
            raise JourneyError("the only phase cannot be deleted while it has touchpoints")
        into = journey.phases[k - 1 if k > 0 else 1].id
        # the phase's run sits right after the previous phase's run and right before the next
        # one's, so relabelling keeps the list grouped by phase without moving anything
        for i in moved:
            journey.touchpoints[i].phase = into
    journey.phases.pop(k)
    return PhaseRemoval(k, phase, into, moved)


def restore_phase(journey: Journey, removal: PhaseRemoval) -> None:
    """Undo delete_phase."""
    journey.phases.insert(removal.index, removal.phase)
    for i in removal.moved:
        journey.touchpoints[i].phase = removal.phase.id


def move_phase(journey: Journey, phase_id: str, index: int) -> int:
    """Put a phase at index among the phases, its touchpoints travelling with it (their order
    within each phase kept). Returns the old index: move_phase(j, phase_id, old) undoes it."""
    phase = _phase(journey, phase_id)
    old = journey.phases.index(phase)
    journey.phases.pop(old)
    journey.phases.insert(max(0, min(index, len(journey.phases))), phase)
    journey.touchpoints = normalized(journey.touchpoints, journey.phases)
    return old


def display_columns(journey: Journey) -> list[tuple[JourneyPhase | None, list[int]]]:
    """Phases in order with the indexes of their touchpoints; an unknown phase is None, last."""
    cols = [(p, [i for i, t in enumerate(journey.touchpoints) if t.phase == p.id]) for p in journey.phases]
    known = {p.id for p in journey.phases}
    stray = [i for i, t in enumerate(journey.touchpoints) if t.phase not in known]
    if stray:
        cols.append((None, stray))
    return cols
