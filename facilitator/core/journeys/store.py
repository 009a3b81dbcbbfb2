"""The groups' journeys on disk: one YAML file per group in DIR/journeys/<id>.yaml.

Writes are atomic (temporary file in the same folder, flush, fsync, os.replace), so
after a crash a file is either the old or the new version. A file that does not load
is reported as FILE:LINE:COL and moved aside to <id>.yaml.broken-<timestamp> -- never
overwritten, because it may hold the only copy of a group's work.

A journey file is read with the session files' limits (yaml_source): at most MAX_BYTES,
read with a cap (a symlink to /dev/zero is refused at once), nesting and alias expansion
bounded. Top-level keys this version does not know are kept and written back.
"""
from __future__ import annotations

import os
import re
import time
from facilitator.core.record import record
from pathlib import Path

import yaml

from facilitator.core.journeys.model import FEELING_MAX, FEELING_MIN, OWNER_KINDS, TOUCHPOINT_FIELDS, Journey, Touchpoint, normalized
from facilitator.core.session.model import JourneyPhase
from facilitator.core.session.problems import Problem
from facilitator.core.session.yaml_source import compose, read_text
from facilitator.core.workshop import atomic_write_text

FORMAT = 1
SUBDIR = "journeys"
MAX_BYTES = 2 * 1024 * 1024  # a group's journey is a few KB; a 50 MB file must not freeze the wall
KNOWN_KEYS = ("format", "id", "group", "language", "title", "persona", "scenario", "template", "phases",
              "touchpoints")


@record
class JourneyFileError(Exception):
    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


# ---------------------------------------------------------------- writing

def journey_to_dict(journey: Journey) -> dict:
    def tp(t: Touchpoint) -> dict:
        d = {"title": t.title, "phase": t.phase}
        for name in TOUCHPOINT_FIELDS[2:]:
            value = getattr(t, name)
            if value not in ("", None, []):
                d[name] = value
        return d

    head = {"format": FORMAT, "id": journey.id, "group": journey.group}
    if journey.language:
        head["language"] = journey.language
    return {
        **head,
        "title": journey.title,
        "persona": journey.persona,
        "scenario": journey.scenario,
        "template": journey.template,
        "phases": [{"id": p.id, "title": p.title} for p in journey.phases],
        "touchpoints": [tp(t) for t in journey.touchpoints],
        **{k: v for k, v in journey.extra.items() if k not in KNOWN_KEYS},  # kept from the file as read
    }


def dump_journey(journey: Journey) -> str:
    return yaml.safe_dump(journey_to_dict(journey), allow_unicode=True, sort_keys=False, width=100)


def journeys_dir(workshop_dir) -> Path:
    return Path(workshop_dir) / SUBDIR


def journey_path(workshop_dir, journey: Journey | str) -> Path:
    jid = journey if isinstance(journey, str) else journey.id
    return journeys_dir(workshop_dir) / f"{jid}.yaml"


def ids_on_disk(workshop_dir) -> set[str]:
    """The ids of the journey files in the workshop's folder, read or not (a file the editor
    could not read, or has not read yet, must not be written over by a new group)."""
    if workshop_dir is None:
        return set()
    try:
        return {p.stem for p in journeys_dir(workshop_dir).iterdir() if p.suffix == ".yaml"}
    except OSError:
        return set()


def save_journey(workshop_dir, journey: Journey) -> Path:
    path = journey_path(workshop_dir, journey)
    atomic_write_text(path, dump_journey(journey))
    return path


def delete_journey_file(workshop_dir, journey_id: str) -> None:
    """Remove a deleted group's file (the editor's undo writes it back)."""
    try:
        journey_path(workshop_dir, journey_id).unlink()
    except FileNotFoundError:
        pass


# ---------------------------------------------------------------- reading

class _Reader:
    """Builds a Journey from a composed YAML node, so every complaint has a line and column."""

    def __init__(self, file: str):
        self.file = file

    def fail(self, node, message: str):
        mark = node.start_mark
        raise JourneyFileError(self.file, mark.line + 1, mark.column + 1, message)

    def mapping(self, node, what: str) -> dict:
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, f"{what} must be a mapping (key: value)")
        pairs: dict = {}
        for k, v in node.value:
            if not isinstance(k, yaml.ScalarNode):
                self.fail(k, f"a key in {what} must be a name, not a list or mapping")
            if k.value in pairs:  # keeping only the last would drop the first at the next autosave
                first = pairs[k.value][0].start_mark.line + 1
                self.fail(k, f"duplicate key '{k.value}' in {what} (first at line {first})")
            pairs[k.value] = (k, v)
        return pairs

    def text(self, node, what: str) -> str:
        if not isinstance(node, yaml.ScalarNode):
            self.fail(node, f"{what} must be text")
        return node.value  # the source text: 'no' stays 'no', 9:30 stays '9:30'

    def seq(self, node, what: str) -> list:
        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, f"{what} must be a list")
        return node.value

    def opt_text(self, m: dict, key: str, what: str) -> str:
        if key not in m or m[key][1].tag == "tag:yaml.org,2002:null":
            return ""
        return self.text(m[key][1], what)

    def journey(self, root) -> Journey:
        m = self.mapping(root, "a journey file")
        if "format" in m and self.text(m["format"][1], "format") != str(FORMAT):
            self.fail(m["format"][1], f"format must be {FORMAT}")
        for key in ("id", "group"):
            if key not in m:
                self.fail(root, f"missing '{key}'")
        phases = [self.phase(n) for n in self.seq(m["phases"][1], "phases")] if "phases" in m else []
        tps = [self.touchpoint(n) for n in self.seq(m["touchpoints"][1], "touchpoints")] if "touchpoints" in m else []
        template = self.opt_text(m, "template", "template") or None
        language = self.opt_text(m, "language", "language") or None
        if language not in (None, "da", "en"):
            self.fail(m["language"][1], "language must be da or en")
        return Journey(
            id=self.text(m["id"][1], "id"), group=self.text(m["group"][1], "group"),
            title=self.opt_text(m, "title", "title"), persona=self.opt_text(m, "persona", "persona"),
            scenario=self.opt_text(m, "scenario", "scenario"), phases=phases,
            touchpoints=normalized(tps, phases), template=template, language=language,
            extra={key: self.kept(k, v) for key, (k, v) in m.items() if key not in KNOWN_KEYS},
        )

    def kept(self, key_node, node):
        """The value of a key this version does not know, as plain data to write back unchanged."""
        try:
            return yaml.constructor.SafeConstructor().construct_object(node, deep=True)
        except (yaml.YAMLError, TypeError, ValueError) as e:
            self.fail(key_node, f"cannot keep the field '{key_node.value}': {getattr(e, 'problem', None) or e}")

    def phase(self, node) -> JourneyPhase:
        m = self.mapping(node, "a phase")
        if "id" not in m:
            self.fail(node, "a phase needs an 'id'")
        return JourneyPhase(self.text(m["id"][1], "phase id"), self.opt_text(m, "title", "phase title"))

    def touchpoint(self, node) -> Touchpoint:
        m = self.mapping(node, "a touchpoint")
        tp = Touchpoint()
        for key, (knode, vnode) in m.items():
            if key not in TOUCHPOINT_FIELDS:
                self.fail(knode, f"unknown touchpoint field '{key}'")
            if key == "platforms":
                tp.platforms = [self.text(n, "a platform") for n in self.seq(vnode, "platforms")]
            elif key == "feeling":
                tp.feeling = self.feeling(vnode)
            elif vnode.tag != "tag:yaml.org,2002:null":
                setattr(tp, key, self.text(vnode, key))
        if tp.owner not in ("", *OWNER_KINDS):
            self.fail(m["owner"][1], "owner must be one of: " + ", ".join(OWNER_KINDS))
        return tp

    def feeling(self, node) -> int | None:
        if node.tag == "tag:yaml.org,2002:null":
            return None
        value = self.text(node, "feeling").strip()
        # a bounded pattern before int(): 5,000 digits would make int() itself fail
        if not re.fullmatch(r"[+-]?\d{1,3}", value) or not FEELING_MIN <= int(value) <= FEELING_MAX:
            self.fail(node, f"feeling must be a whole number from {FEELING_MIN} to {FEELING_MAX}")
        return int(value)


def load_journey(path) -> Journey:
    """Read one journey file; JourneyFileError (FILE:LINE:COL) when it is not one -- whatever
    the file holds, never another exception."""
    path = Path(path)
    problems: list[Problem] = []
    text = read_text(path, problems, MAX_BYTES, "a journey file")
    root = compose(text, str(path), problems) if text is not None else None
    if problems:
        p = min(problems, key=lambda p: (p.line, p.col))
        raise JourneyFileError(p.file, p.line, p.col, p.message)
    if root is None:
        raise JourneyFileError(str(path), 1, 1, "the file is empty")
    try:
        return _Reader(str(path)).journey(root)
    except RecursionError:
        raise JourneyFileError(str(path), 1, 1, "the file is nested too deeply to read") from None


def set_aside(path, now: float | None = None) -> Path:
    """Move a broken file to <name>.broken-<timestamp> next to it (never over another);
    it no longer ends in .yaml, so `journeys export DIR/journeys/*.yaml` passes it by."""
    path = Path(path)
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    target = path.with_name(f"{path.name}.broken-{stamp}")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}.broken-{stamp}-{n}")
        n += 1
    os.replace(path, target)
    return target


def load_all(workshop_dir) -> tuple[list[Journey], list[str]]:
    """Every group's journey in the folder, and a message per file that was set aside.
    Journeys come back in natural order of their ids (gruppe-2 before gruppe-10).
    One bad file never keeps the others from opening: whatever goes wrong with it, it is
    set aside and named in the messages."""
    folder = journeys_dir(workshop_dir)
    journeys, problems = [], []
    if not folder.is_dir():
        return journeys, problems
    remove_stale_temp_files(folder)
    for path in sorted(folder.glob("*.yaml"), key=lambda p: _natural(p.stem)):
        if ".broken-" in path.name:
            continue
        try:
            journey = load_journey(path)
        except JourneyFileError as e:
            problems.append(_kept_aside(path, str(e)))
            continue
        except OSError as e:  # a folder named *.yaml, a file we may not read
            problems.append(f"{path}:1:1: {e.strerror or e}")
            continue
        except Exception as e:  # noqa: BLE001 -- a bug in reading one file must not lock out every group
            problems.append(_kept_aside(path, f"{path}:1:1: cannot read this journey ({type(e).__name__}: {e})"))
            continue
        journey.id = path.stem  # the file name is the identity
        journeys.append(journey)
    return journeys, problems


def remove_stale_temp_files(folder) -> list[Path]:
    """Delete the temporary files of autosaves that were killed half-way (.gruppe-1.yaml.x1y2.tmp).
    Only the app holding the workshop folder's lock writes journeys, and it opens the folder
    before it writes, so no temporary file here can belong to a write still going on."""
    removed = []
    for tmp in Path(folder).glob(".*.yaml.*.tmp"):
        try:
            tmp.unlink()
            removed.append(tmp)
        except OSError:
            pass  # read-only folder: harmless, the next open tries again
    return removed


def _kept_aside(path: Path, problem: str) -> str:
    """Move a broken file aside; in a read-only folder leave it where it is (nothing can
    overwrite it there either) and say so, rather than fail to open the editor."""
    try:
        return f"{problem} (kept as {set_aside(path).name})"
    except OSError as e:
        return f"{problem} (left in place: {e.strerror or e})"


def _natural(text: str):
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]
