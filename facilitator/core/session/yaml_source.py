"""From a file on disk to a YAML node tree, refusing what is unsafe to read.

The session loader works on PyYAML's *composed* nodes rather than on constructed
Python values: every node keeps its line and column, and a scalar keeps the text
the writer typed (so ``start: 9:30`` is still "9:30", not YAML 1.1's 570).

Refused here, each as a Problem with a position: files over 5 MB, bytes that are
not UTF-8, characters YAML does not allow, syntax errors, aliases that refer to
the node that holds them, and alias expansion beyond a bound (a "billion laughs"
bomb composes into a small graph but would explode when walked).
"""
from __future__ import annotations

import os
import re

import yaml
from yaml.events import AliasEvent
from yaml.nodes import Node, ScalarNode

from facilitator.core.session.problems import Problem

MAX_BYTES = 5 * 1024 * 1024
ALIAS_NODE_LIMIT = 10_000  # nodes reachable through aliases; a real session needs far fewer
MAX_DEPTH = 100  # nesting of collections; a session file needs about 6

REPORTED_TAG = "tag:facilitator,2026:reported"
_CLoader = getattr(yaml, "CSafeLoader", None)  # libyaml, when PyYAML was built with it


class ReportedNode(ScalarNode):
    """Stands in for a refused alias; already reported, so readers skip it silently."""

    def __init__(self, mark):
        super().__init__(REPORTED_TAG, "", mark, mark)


def problem_at(file: str, mark, message: str) -> Problem:
    if mark is None:
        return Problem(file, 1, 1, message)
    return Problem(file, mark.line + 1, mark.column + 1, message)


def line_col(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character index."""
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def read_text(path: str | os.PathLike, problems: list[Problem]) -> str | None:
    """The file's text, or None with a problem added."""
    name = str(path)
    try:
        if os.path.getsize(path) > MAX_BYTES:
            problems.append(Problem(name, 1, 1, too_big(os.path.getsize(path))))
            return None
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)  # a bound even if the size changed or lied (e.g. a pipe)
    except OSError as e:
        problems.append(Problem(name, 1, 1, f"cannot read the file: {e.strerror or e}"))
        return None
    if len(data) > MAX_BYTES:
        problems.append(Problem(name, 1, 1, too_big(len(data))))
        return None
    return decode_utf8(data, name, problems)


def too_big(size: int) -> str:
    return f"the file is {size / 1024 / 1024:.1f} MB; a session file may be at most {MAX_BYTES // 1024 // 1024} MB"


def decode_utf8(data: bytes, name: str, problems: list[Problem]) -> str | None:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a byte-order mark some Windows editors add
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        good = data[: e.start].decode("utf-8")
        line, col = line_col(good, len(good))
        problems.append(Problem(
            name, line, col,
            f"byte 0x{data[e.start]:02x} is not UTF-8; save the file as UTF-8 (plain text, Unicode)",
        ))
        return None


def compose(text: str, name: str, problems: list[Problem]) -> Node | None:
    """The root node of the one document in ``text``, or None (problems added)."""
    fast = _compose_fast(text)
    if fast is not None:
        return fast
    loader = None
    try:
        loader = _GuardedLoader(text, name, problems)  # checks the characters first
        return loader.get_single_node()
    except yaml.MarkedYAMLError as e:
        problems.append(problem_at(name, e.problem_mark or e.context_mark, _syntax_message(e)))
    except yaml.reader.ReaderError as e:
        line, col = line_col(text, e.position)
        char = e.character if isinstance(e.character, int) else ord(e.character or "\0")
        problems.append(Problem(name, line, col, f"character U+{char:04X} is not allowed in a YAML file"))
    except RecursionError:
        problems.append(problem_at(name, loader and loader.get_mark(), "the file is nested too deeply to read"))
    finally:
        if loader is not None:
            loader.dispose()
    return None


_INDENT = re.compile(r"^[ \t?-]*", re.MULTILINE)
# Where libyaml is laxer than PyYAML (found with the YAML test suite): tabs, '?' in a flow
# collection, a comment glued to a block scalar's header ('>#').
_LAXER = re.compile(r"\t|[\[{][^\n]*\?|[|>][-+0-9]*#")


def _compose_fast(text: str) -> Node | None:
    """libyaml's composer (about 20x faster) for text that cannot hold what the guarded composer
    refuses: no anchor or alias ('&', '*' appear nowhere) and nesting too shallow to reach
    MAX_DEPTH (each level costs a column of indentation or a bracket). Anything else, and any
    error, goes the guarded way, which words the problems."""
    if _CLoader is None or "&" in text or "*" in text or _LAXER.search(text):
        return None
    if text.count("[") + text.count("{") >= MAX_DEPTH // 2:
        return None
    if max(map(len, _INDENT.findall(text)), default=0) >= MAX_DEPTH // 2:
        return None
    try:
        yaml.reader.Reader(text)  # the characters YAML refuses, checked as the guarded way does
        loader = _CLoader(text)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
    except (yaml.YAMLError, RecursionError):
        return None
    return None if root is None or _has_empty_value(root) else root


def _has_empty_value(root: Node) -> bool:
    """libyaml marks an empty value ('title: ,') one column later than PyYAML; such files go the
    guarded way so every message keeps its column."""
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, ScalarNode):
            if node.value == "" and not node.style:
                return True
        else:
            for item in node.value:
                stack.extend(item) if isinstance(item, tuple) else stack.append(item)
    return False


def _syntax_message(e: yaml.MarkedYAMLError) -> str:
    msg = e.problem or e.context or "cannot read this YAML"
    if e.context and e.problem and e.problem.startswith("but "):
        msg = f"{e.context}, {e.problem}"  # e.g. "expected a single document ..., but found another document"
    elif e.context and e.problem and e.context_mark is not None:
        m = e.context_mark
        msg += f" ({e.context} at line {m.line + 1}, column {m.column + 1})"
    return f"YAML syntax error: {msg}"


class _GuardedLoader(yaml.SafeLoader):
    """SafeLoader whose composer refuses recursive aliases, alias bombs and deep nesting."""

    def __init__(self, text: str, name: str, problems: list[Problem]):
        super().__init__(text)
        self.name = name
        self.problems = problems
        self._open_anchors: set[str] = set()
        self._sizes: dict[int, int] = {}  # id(node) -> nodes in it, aliases expanded
        self._alias_nodes = 0
        self._bomb_reported = False
        self._depth = 0

    def compose_node(self, parent, index):
        if self.check_event(AliasEvent):
            return self._compose_alias(parent, index)
        event = self.peek_event()
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise yaml.composer.ComposerError(
                None, None, f"nested more than {MAX_DEPTH} levels deep", event.start_mark)
        if event.anchor is not None:
            self._open_anchors.add(event.anchor)
        try:
            node = super().compose_node(parent, index)
        finally:
            self._open_anchors.discard(event.anchor)
            self._depth -= 1
        self._sizes[id(node)] = 1 + sum(self._sizes.get(id(c), 1) for c in _children(node))
        return node

    def _compose_alias(self, parent, index):
        event = self.peek_event()
        if event.anchor in self._open_anchors:
            self.get_event()
            self.problems.append(problem_at(
                self.name, event.start_mark,
                f"alias *{event.anchor} refers to the node that contains it (a recursive alias)"))
            return ReportedNode(event.start_mark)
        node = super().compose_node(parent, index)  # raises for an undefined alias
        self._alias_nodes += self._sizes.get(id(node), 1)
        if self._alias_nodes > ALIAS_NODE_LIMIT:
            if not self._bomb_reported:
                self._bomb_reported = True
                self.problems.append(problem_at(
                    self.name, event.start_mark,
                    f"aliases expand to more than {ALIAS_NODE_LIMIT} nodes "
                    "(a 'billion laughs' YAML bomb?); write the values out instead"))
            return ReportedNode(event.start_mark)
        return node


def _children(node: Node):
    if isinstance(node.value, list):
        for item in node.value:
            if isinstance(item, tuple):
                yield from item
            else:
                yield item
