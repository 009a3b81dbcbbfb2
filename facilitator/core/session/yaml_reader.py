"""Typed values out of YAML nodes, collecting every problem instead of stopping at one.

Each reading method (text, duration, clock, mapping ...) returns the value, or None
when the node is absent (null) or unusable -- then a problem has been recorded,
unless it was already reported upstream (a refused alias).
Scalars are read from the text the writer typed, never from YAML 1.1's guesses:
``9:30`` stays "9:30" and ``no`` stays "no".
"""
from __future__ import annotations

import datetime
import difflib
import math
import re
from dataclasses import field
from facilitator.core.record import record
from typing import Any, Callable

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from facilitator.core.session.problems import Problem
from facilitator.core.timefmt import parse_clock, parse_duration
from facilitator.core.session.yaml_source import REPORTED_TAG, problem_at

NULL_TAG = "tag:yaml.org,2002:null"
MERGE_TAG = "tag:yaml.org,2002:merge"
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_NUMBER = re.compile(r"^[-+]?(\d[\d_]*)?(\.\d+)?([eE][-+]?\d+)?$")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Word processors and phones turn "16:50" into “16:50”; YAML sees those as part of the text.
_CURLY = re.compile(r"^\s*([\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a])(.*)([\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a])\s*$", re.S)
_HOURS_MINUTES = re.compile(r"^\s*(\d+):([0-5]\d)\s*$")
# A block, exercise or phase of a workshop day lasts at most a day: '48h' is a typo for 48m,
# and a duration of 10^20 hours overflowed the clock when the day ran.
MAX_DURATION = 24 * 3600
_KIND_NAMES = {ScalarNode: "a single value", SequenceNode: "a list", MappingNode: "a mapping (key: value)"}

Read = Callable[[Node], Any]


@record
class Fields:
    """The fields read from one mapping: values by name, and the node each came from."""

    node: MappingNode
    values: dict[str, Any] = field(default_factory=dict)
    nodes: dict[str, Node] = field(default_factory=dict)  # the value nodes
    keys: dict[str, Node] = field(default_factory=dict)


class Reader:
    def __init__(self, filename: str):
        self.filename = filename
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.may_merge = True  # False: the text has no merge key, mappings are read as written

    # -- reporting --------------------------------------------------------------------

    def problem(self, node_or_mark, message: str) -> None:
        mark = getattr(node_or_mark, "start_mark", node_or_mark)
        self.problems.append(problem_at(self.filename, mark, message))

    def warn(self, node_or_mark, message: str) -> None:
        mark = getattr(node_or_mark, "start_mark", node_or_mark)
        p = problem_at(self.filename, mark, message)
        self.warnings.append(Problem(p.file, p.line, p.col, p.message, warning=True))

    def _wrong_kind(self, node: Node, expected: str) -> None:
        if node.tag != REPORTED_TAG:
            self.problem(node, f"expected {expected}, found {_KIND_NAMES.get(type(node), 'something else')}")

    # -- scalars ----------------------------------------------------------------------

    def scalar(self, node: Node, expected: str = "text") -> str | None:
        """The text of a scalar as typed; None for null, a refused node or a collection."""
        if node.tag == REPORTED_TAG or is_null(node):
            return None
        if not isinstance(node, ScalarNode):
            self._wrong_kind(node, expected)
            return None
        if _SURROGATE.search(node.value):
            self.problem(node, "the text holds an escape (\\ud800-\\udfff) that is not a character; write the character itself")
            return None
        curly = _CURLY.match(node.value) if expected != "text" else None
        if curly:
            self.problem(node, f"{node.value.strip()} is in typographic quotes ({curly.group(1)} {curly.group(3)}), which "
                               f"YAML reads as part of the value; use straight quotes: \"{curly.group(2).strip()}\"")
            return None
        return node.value

    def text(self, node: Node) -> str | None:
        return self.scalar(node, "text")

    def ident(self, node: Node) -> str | None:
        value = self.scalar(node, "an id")
        if value is not None and not _ID.match(value):
            self.problem(node, f"id '{value}' may use only a-z, 0-9 and '-' (e.g. 'frokost-pause')")
            return None
        return value

    def choice(self, choices: tuple[str, ...]) -> Read:
        def read(node: Node) -> str | None:
            value = self.scalar(node, "one of " + ", ".join(choices))
            if value is not None and value not in choices:
                self.problem(node, f"'{value}' is not one of: {', '.join(choices)}")
                return None
            return value
        return read

    def parsed(self, node: Node, expected: str, parse: Callable[[str], Any], complaint: Callable[[str, ValueError], str]):
        """parse(text) of a scalar; a ValueError becomes the problem complaint(text, error)."""
        value = self.scalar(node, expected)
        if value is None:
            return None
        try:
            return parse(value)
        except ValueError as e:
            self.problem(node, complaint(value, e))
            return None

    def integer(self, node: Node) -> int | None:
        return self.parsed(node, "a whole number", lambda v: int(v.replace("_", "")),
                           lambda v, _: f"'{v}' is not a whole number")

    def number(self, node: Node) -> int | float | None:
        """A whole number stays whole (400); a decimal is a float (1.5)."""
        value = self.scalar(node, "a number")
        if value is None:
            return None
        text = value.strip()
        if _NUMBER.match(text) and any(ch.isdigit() for ch in text):
            num = float(text.replace("_", ""))
            if not math.isfinite(num):  # 1e400: a chart scaled by it drew nothing readable
                self.problem(node, f"'{value}' is too large a number")
                return None
            return int(num) if num.is_integer() and "." not in text and "e" not in text.lower() else num
        # A comma is refused, not guessed: Danish 1,5 and English 1,500 mean different things.
        self.problem(node, f"'{value}' is not a number; write it with digits and a decimal point, e.g. 1.5 or 1500")
        return None

    def duration(self, node: Node, allow_zero: bool = False) -> int | None:
        """Seconds; written 30 (minutes), 30m, 1h15m or 90s."""
        value = self.scalar(node, "a duration like 30m")
        if value is None:
            return None
        if value.strip().startswith("-"):
            rule = "may not be negative" if allow_zero else "must be more than zero"
            self.problem(node, f"duration '{value}' is negative; a duration {rule}")
            return None
        try:
            seconds = _hours_minutes(value)
            if seconds is None:
                seconds = parse_duration(value)
        except ValueError:
            self.problem(node, f"'{value}' is not a duration; write 30, 30m, 1h15m, 90s or \"1:15\" (hours:minutes)")
            return None
        if seconds == 0 and not allow_zero:
            self.problem(node, f"duration '{value}' is zero; a duration must be more than zero")
            return None
        if seconds > MAX_DURATION:
            hours = value.strip()[:-1]
            hint = f" (did you mean {hours}m?)" if value.strip().endswith("h") and hours.isdigit() and (
                int(hours) * 60 <= MAX_DURATION) else ""
            self.problem(node, f"duration '{value}' is longer than a day; a duration may be at most 24h{hint}")
            return None
        return seconds

    def duration_or_zero(self, node: Node) -> int | None:
        return self.duration(node, allow_zero=True)

    def clock(self, node: Node) -> int | None:
        """Minutes after midnight; '09:30' or '9.30' (an unquoted 9:30 is read as typed)."""
        return self.parsed(node, 'a clock time like "09:30"', parse_clock, lambda _, e: str(e))

    def date(self, node: Node) -> str | None:
        return self.parsed(node, 'a date like "2010-03-09"', lambda v: datetime.date.fromisoformat(v.strip()).isoformat(),
                           lambda v, _: f"'{v}' is not a date; write it as \"2010-03-09\" (year-month-day)")

    # -- collections ------------------------------------------------------------------

    def seq(self, node: Node, item: Read) -> list | None:
        """The items that could be read; None if the node is not a list."""
        if node.tag == REPORTED_TAG or is_null(node):
            return None
        if not isinstance(node, SequenceNode):
            self._wrong_kind(node, "a list")
            return None
        return [v for v in (item(child) for child in node.value) if v is not None]

    def list_of(self, item: Read) -> Read:
        return lambda node: self.seq(node, item)

    def mapping(self, node: Node, what: str, fields: dict[str, Read], required: tuple[str, ...] = ()) -> Fields | None:
        """Read known fields; report unknown, duplicate and missing ones."""
        if node.tag == REPORTED_TAG:
            return None
        if not isinstance(node, MappingNode):
            self._wrong_kind(node, f"a mapping (key: value) for {what}")
            return None
        out = Fields(node)
        for key_node, value_node in self._pairs(node):
            key = self._key(key_node, what, out, fields)
            if key is None:
                continue
            if key in out.keys:
                first = out.keys[key].start_mark.line + 1
                self.problem(key_node, f"duplicate key '{key}' in {_named(what, out)} (first at line {first})")
                continue
            out.keys[key] = key_node
            out.nodes[key] = value_node
            out.values[key] = fields[key](value_node)
        for name in required:
            if name not in out.nodes:
                self.problem(node, f"{_named(what, out)} is missing the required field '{name}'")
            elif is_null(out.nodes[name]):
                self.problem(out.nodes[name], f"'{name}' of {_named(what, out)} is empty; it is required")
        return out

    def _key(self, key_node: Node, what: str, out: Fields, fields: dict[str, Read]) -> str | None:
        if not isinstance(key_node, ScalarNode) or key_node.tag == REPORTED_TAG:
            self._wrong_kind(key_node, "a field name")
            return None
        key = key_node.value
        if key in fields:  # a known name holds no surrogate escape
            return key
        if _SURROGATE.search(key):
            self.problem(key_node, "this field name holds an escape that is not a character")
            return None
        near = difflib.get_close_matches(key, list(fields), n=1, cutoff=0.6)
        hint = f"did you mean '{near[0]}'?" if near else "known fields: " + ", ".join(fields)
        self.problem(key_node, f"unknown field '{key}' in {_named(what, out)}; {hint}")
        return None

    def _pairs(self, node: MappingNode) -> list[tuple[Node, Node]]:
        """Key/value pairs with YAML merge keys (<<: *defaults) folded in; own keys win."""
        if not self.may_merge or all(k.tag != MERGE_TAG for k, _ in node.value):
            return node.value  # nothing to fold in (nearly always)
        own = [(k, v) for k, v in node.value if k.tag != MERGE_TAG]
        merged: list[tuple[Node, Node]] = []
        for k, v in node.value:
            if k.tag == MERGE_TAG:
                sources = v.value if isinstance(v, SequenceNode) else [v]
                for src in sources:
                    if isinstance(src, MappingNode):
                        merged.extend(self._pairs(src))
                    else:
                        self._wrong_kind(src, "a mapping to merge with <<")
        own_keys = {k.value for k, _ in own if isinstance(k, ScalarNode)}
        seen: set[str] = set()
        extra = []
        for k, v in merged:
            name = getattr(k, "value", None)
            if name not in own_keys and name not in seen:
                seen.add(name)
                extra.append((k, v))
        return extra + own


def _hours_minutes(value: str) -> int | None:
    """Seconds of a duration written hours:minutes ("1:20" is 1 h 20 min), or None if it is not one."""
    m = _HOURS_MINUTES.match(value)
    return int(m.group(1)) * 3600 + int(m.group(2)) * 60 if m else None


def _named(what: str, fields: Fields) -> str:
    """'block' -> "block 'frokost'" once the id is known, for messages."""
    ident = fields.values.get("id")
    return f"{what} '{ident}'" if isinstance(ident, str) else what


def is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == NULL_TAG and not node.style
