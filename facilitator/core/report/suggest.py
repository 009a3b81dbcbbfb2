"""The next day's plan from this one: each block's duration set to what the day took,
rounded to 5 minutes, written into a copy of the session file through the planner's
SessionDocument, so its comments, order and quoting stay: only the values changed are
spliced, the rest of the text stays byte for byte. So that the new file passes `check`:
a min_duration longer than its new duration comes down with it, and a fixed start that
the longer blocks before it would overrun moves to their end (rounded up to 5 minutes).
A block that was skipped keeps its duration; a report-back round that counts its groups
has no duration to set (its time follows the groups) and is left as it is; so is a value
with a YAML anchor (`&half 30m`), which other places share, and a duration merged into the block
(`<<: *talk`): the change is reported as not made.
"""
from __future__ import annotations

import math
from facilitator.core.record import record

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from facilitator.core.report.day_report import DayReport
from facilitator.core.session.document import SessionDocument
from facilitator.core.session.model import Session
from facilitator.core.timefmt import format_clock

STEP = 300  # seconds: durations are rounded to 5 minutes


@record(frozen=True)
class Change:
    block: str  # block id
    field: str  # "duration" | "min_duration" | "start"
    old: str  # as written in the file
    new: str
    shared: bool = False  # not made: the value is shared (an anchor, a merge key); change it by hand


def rounded(seconds: float) -> int:
    """To the nearest 5 minutes, never below 5."""
    return max(STEP, int(math.floor(seconds / STEP + 0.5)) * STEP)


def suggest(text: str, session: Session, report: DayReport) -> tuple[str, list[Change]]:
    """(the new file's text, the changes made), for the session file's `text`."""
    values = _value_nodes(text)
    took = report.block_seconds()
    planned: dict[str, dict[str, str]] = {}  # block id -> field -> new text
    durations = {}
    kept: dict[str, Change] = {}  # block id -> a duration not written in the block itself (`<<: *talk`)
    for block in session.blocks:
        nodes = values.get(block.id, {})
        counted = block.report_back is not None and block.report_back.groups is not None  # its time: its groups'
        new = rounded(took[block.id]) if block.id in took and "duration" in nodes and not counted else block.duration
        if block.id in took and "duration" not in nodes and not counted and rounded(took[block.id]) != block.duration:
            kept[block.id] = Change(block.id, "duration", _minutes(block.duration),
                                    _minutes(rounded(took[block.id])), shared=True)
        durations[block.id] = new
        if new != block.duration:
            planned.setdefault(block.id, {})["duration"] = f"{new // 60}m"
            if _anchored(text, nodes["duration"]):
                durations[block.id] = block.duration  # it stays as it is (see below)
        if block.min_duration is not None and block.min_duration > new and "min_duration" in nodes:
            planned.setdefault(block.id, {})["min_duration"] = f"{new // 60}m"
    t = session.start * 60
    for block in session.blocks:  # fixed starts the longer morning would overrun
        if block.fixed_start is not None:
            if block.fixed_start * 60 < t and "start" in values.get(block.id, {}):
                moved = math.ceil(t / STEP) * STEP // 60
                planned.setdefault(block.id, {})["start"] = f'"{format_clock(moved, "en")}"'
                t = moved * 60
            else:
                t = max(t, block.fixed_start * 60)
        t += durations[block.id]
    doc = SessionDocument.from_text(text)
    changes = []
    for block in session.blocks:
        if block.id in kept:
            changes.append(kept[block.id])
        for name, new in planned.get(block.id, {}).items():
            node = values[block.id][name]
            old = text[node.start_mark.index:node.end_mark.index]
            if old != new and _anchored(text, node):  # a splice would break the aliases or change them too
                changes.append(Change(block.id, name, old, new, shared=True))
            elif old != new:
                doc.set_block_field(block.id, name, new.strip('"'))
                changes.append(Change(block.id, name, old, new))
    return doc.text, changes


def _value_nodes(text: str) -> dict[str, dict[str, ScalarNode]]:
    """Block id -> the scalar value nodes of its duration, min_duration and start."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    out: dict[str, dict[str, ScalarNode]] = {}
    blocks = _get(root, "blocks")
    for node in blocks.value if isinstance(blocks, SequenceNode) else ():
        ident = _get(node, "id")
        if isinstance(ident, ScalarNode):
            out[ident.value] = {k: v for k in ("duration", "min_duration", "start")
                                if isinstance(v := _get(node, k), ScalarNode)}
    return out


def _minutes(seconds: int) -> str:
    return f"{seconds // 60}m" if seconds % 60 == 0 else f"{seconds}s"


def _anchored(text: str, node: ScalarNode) -> bool:
    """Whether the value carries an anchor (`&half 30m`); an alias (`*half`) composes to that node."""
    return text.startswith("&", node.start_mark.index)


def _get(node, key: str):
    if isinstance(node, MappingNode):
        for k, v in node.value:
            if isinstance(k, ScalarNode) and k.value == key:
                return v
    return None
