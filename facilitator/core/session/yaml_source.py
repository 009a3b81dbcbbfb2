"""From a file on disk to a YAML node tree, refusing what is unsafe to read.

The session loader works on PyYAML's *composed* nodes rather than on constructed
Python values: every node keeps its line and column, and a scalar keeps the text
the writer typed (so ``start: 9:30`` is still "9:30", not YAML 1.1's 570).

Refused here, each as a Problem with a position: files over 5 MB, bytes that are
not UTF-8, characters YAML does not allow, syntax errors, aliases that refer to
the node that holds them, and alias expansion beyond a bound (a "billion laughs"
bomb composes into a small graph but would explode when walked).

Speed: when PyYAML has libyaml, its C parser produces the events (ten times faster than
the pure-Python scanner on the seed session) and the same guarded composer below builds
the nodes from them, so tags and guards are the ones of the pure-Python path. The two
parsers word their syntax errors differently, so any problem or error on the fast path
discards its result and the file is read again with the pure-Python parser. libyaml also
accepts a few things PyYAML refuses (tabs as separators, a comment glued to a directive or
a block scalar header, tags, `?` or `!` inside a flow collection, as in `{title: Hvorfor?}`)
and marks an empty value or the end of an unterminated last line elsewhere: text with such
constructs (ODD_FOR_LIBYAML, and a `?` or `!` inside a flow collection libyaml composed)
takes the pure-Python path. Either way a file gets the same nodes, marks and problems, libyaml
or not (tests/core/session/test_yaml_source.py checks it on the YAML test suite).
"""
from __future__ import annotations

import bisect
import os
import re
import stat

import yaml
from yaml.composer import Composer
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.reader import Reader
from yaml.resolver import Resolver

try:
    from yaml.cyaml import CParser  # libyaml; missing from some PyYAML builds
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    CParser = None

from facilitator.core.session.problems import Problem

MAX_BYTES = 5 * 1024 * 1024
ALIAS_NODE_LIMIT = 10_000  # nodes reachable through aliases; a real session needs far fewer
MAX_DEPTH = 100  # nesting of collections; a session file needs about 6

REPORTED_TAG = "tag:facilitator,2026:reported"

# Where libyaml and PyYAML were seen to part ways (the YAML test suite): a tab anywhere, a
# directive, a tag or `?` starting a token, a comment glued to a block scalar header, an
# empty value closed on a later line inside a flow collection. Prose ('valg!', 'Hvorfor?')
# does not match. (Token starts at the very beginning of the text are checked apart: a
# `^` alternative makes the search ten times slower.)
ODD_FOR_LIBYAML = re.compile(r"\t|\n%|[\s\[{,](?:!|\?\s)|[|>][-+0-9]*#|:\s*[,}\]]")


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


def read_text(path: str | os.PathLike, problems: list[Problem], limit: int = MAX_BYTES,
              kind: str = "a session file") -> str | None:
    """The file's text, or None with a problem added. Never reads more than limit + 1 bytes,
    so a symlink to /dev/zero or a huge file is refused at once."""
    name = str(path)
    try:
        info = os.stat(path)
        if stat.S_ISFIFO(info.st_mode) or stat.S_ISSOCK(info.st_mode):
            problems.append(Problem(name, 1, 1, f"this is a pipe, not a file; {kind} must be a file"))
            return None  # opening a pipe would wait for a writer, perhaps for ever
        if info.st_size > limit:
            problems.append(Problem(name, 1, 1, too_big(info.st_size, limit, kind)))
            return None
        with open(path, "rb") as f:
            data = f.read(limit + 1)  # a bound even if the size changed or lied (e.g. /dev/zero)
    except OSError as e:
        problems.append(Problem(name, 1, 1, f"cannot read the file: {e.strerror or e}"))
        return None
    if len(data) > limit:
        problems.append(Problem(name, 1, 1, too_big(None, limit, kind)))
        return None
    return decode_utf8(data, name, problems)


def too_big(size: int | None, limit: int = MAX_BYTES, kind: str = "a session file") -> str:
    cap = f"{limit / 1024 / 1024:g} MB"
    if size is None:  # a capped read (a device, a growing file): all we know is "more"
        return f"the file is larger than {cap}; {kind} may be at most {cap}"
    return f"the file is {size / 1024 / 1024:.1f} MB; {kind} may be at most {cap}"


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
    if CParser is not None and _plain_for_libyaml(text):
        found: list[Problem] = []
        node = _compose_fast(text, name, found)
        if node is not None and not found:
            return node
    return _compose(_GuardedLoader, text, name, problems)


def _plain_for_libyaml(text: str) -> bool:
    """Nothing in `text` that libyaml reads differently from PyYAML (see ODD_FOR_LIBYAML);
    an unterminated last line is marked differently too."""
    return (text.endswith("\n") and not text.startswith(("%", "!", "?"))
            and not Reader.NON_PRINTABLE.search(text) and not _odd_for_libyaml(text))


def _odd_for_libyaml(text: str) -> bool:
    """ODD_FOR_LIBYAML.search(text), in parts: one pattern with a whitespace alternative tries
    every space of the file; the plain strings and rare characters are found by str methods
    and small patterns several times faster (a 1,000-slide file is read at every start)."""
    if "\t" in text or "\n%" in text or _ODD_EMPTY_FLOW_VALUE.search(text):
        return True
    if ("!" in text or "?" in text) and _ODD_TOKEN.search(text):
        return True
    return "#" in text and ("|" in text or ">" in text) and _ODD_HEADER.search(text) is not None


# the parts of ODD_FOR_LIBYAML (a test checks they find what it finds)
_ODD_EMPTY_FLOW_VALUE = re.compile(r":\s*[,}\]]")
_ODD_TOKEN = re.compile(r"[\s\[{,](?:!|\?\s)")
_ODD_HEADER = re.compile(r"[|>][-+0-9]*#")


def _compose_fast(text: str, name: str, problems: list[Problem]) -> Node | None:
    """libyaml's parse; None on any error or where PyYAML would read the text otherwise
    (the caller then reads it again with the pure-Python parser, for its wording).
    Without an anchor (`&`) there can be no alias to guard against, and libyaml composes
    the nodes too; with one, its events go through the guarded composer."""
    loader_class = _FastGuardedLoader if "&" in text else _FastLoader
    try:
        node = _compose(loader_class, text, name, problems)
    except Exception:  # noqa: BLE001 - whatever libyaml raises, the slow path answers
        return None
    if node is None or problems or not _as_pyyaml_reads_it(node, text):
        return None
    return node


FLOW_ODD = re.compile(r"[?!]")


def _as_pyyaml_reads_it(root: Node, text: str) -> bool:
    """One walk over libyaml's tree: plain scalars get PyYAML's style (None, not ''); False
    when it nests deeper than MAX_DEPTH or a `?` or `!` lies inside a flow collection
    ({...} or [...]): PyYAML ends a plain scalar there, libyaml reads on."""
    spans: list = []  # outermost flow collections, as ((line, col), (line, col))
    if isinstance(root.value, list):
        if not _walk(root, 1, False, spans, set()):
            return False
    else:
        root.style = root.style or None
    if not spans or not FLOW_ODD.search(text):
        return True
    spans.sort()
    starts = [start for start, _ in spans]
    for spot in _line_cols(text, FLOW_ODD):
        i = bisect.bisect_right(starts, spot) - 1
        if i >= 0 and spot < spans[i][1]:
            return False
    return True


def _walk(node: Node, depth: int, in_flow: bool, spans: list, seen: set) -> bool:
    """_as_pyyaml_reads_it below one collection (at `depth`; the root is 1). A call per
    collection, a loop step per scalar: a 1,000-slide file has ten times more scalars."""
    if not node.value:
        return True
    if depth >= MAX_DEPTH:
        return False  # its items lie deeper than MAX_DEPTH
    flow = in_flow or bool(node.flow_style)
    if flow and not in_flow:
        start, end = node.start_mark, node.end_mark
        spans.append(((start.line + 1, start.column + 1), (end.line + 1, end.column + 1)))
    items = node.value
    if isinstance(items[0], tuple):
        items = [child for pair in items for child in pair]
    for child in items:
        if not isinstance(child.value, list):
            child.style = child.style or None
        elif id(child) not in seen:  # a node shared through an alias is walked once
            seen.add(id(child))
            if not _walk(child, depth + 1, flow, spans, seen):
                return False
    return True


def _line_cols(text: str, pattern: re.Pattern):
    """1-based (line, column) of each match of pattern, counting lines once over the text."""
    line, line_start, counted = 1, 0, 0
    for m in pattern.finditer(text):
        index = m.start()
        newlines = text.count("\n", counted, index)
        if newlines:
            line += newlines
            line_start = text.rfind("\n", counted, index) + 1
        counted = index
        yield line, index - line_start + 1


def _compose(loader_class, text: str, name: str, problems: list[Problem]) -> Node | None:
    loader = None
    try:
        loader = loader_class(text, name, problems)  # the pure-Python reader checks the characters first
        return loader.get_single_node()
    except yaml.MarkedYAMLError as e:
        problems.append(_syntax_problem(e, text, name))
    except yaml.reader.ReaderError as e:
        line, col = line_col(text, e.position)
        char = e.character if isinstance(e.character, int) else ord(e.character or "\0")
        problems.append(Problem(name, line, col, f"character U+{char:04X} is not allowed in a YAML file"))
    except RecursionError:
        mark = loader.get_mark() if isinstance(loader, Reader) else None
        problems.append(problem_at(name, mark, "the file is nested too deeply to read"))
    finally:
        if loader is not None:
            loader.dispose()
    return None


def _syntax_problem(e: yaml.MarkedYAMLError, text: str, name: str) -> Problem:
    """A syntax error in the writer's words: where the fix goes, and what the fix is."""
    problem = e.problem or ""
    if "could not find expected ':'" in problem and e.context_mark is not None:
        # PyYAML notices only on the next line; the colon is missing where the key began
        m = e.context_mark
        line = text.splitlines()[m.line][m.column:].strip() if m.line < len(text.splitlines()) else ""
        shown = line if len(line) <= 40 else line[:39] + "…"
        return problem_at(name, m, f"a ':' is missing in '{shown}'; write the field name, a colon and a space "
                                   "before the value, e.g. 'title: Velkommen'")
    if "'\\t'" in problem or "tab character" in problem:
        return problem_at(name, e.problem_mark or e.context_mark,
                          "a tab character here; indent with spaces, not tabs")
    return problem_at(name, e.problem_mark or e.context_mark, _syntax_message(e))


def _syntax_message(e: yaml.MarkedYAMLError) -> str:
    msg = e.problem or e.context or "cannot read this YAML"
    if e.context and e.problem and e.problem.startswith("but "):
        msg = f"{e.context}, {e.problem}"  # e.g. "expected a single document ..., but found another document"
    elif e.context and e.problem and e.context_mark is not None:
        m = e.context_mark
        msg += f" ({e.context} at line {m.line + 1}, column {m.column + 1})"
    return f"YAML syntax error: {msg}"


class _Guards(Composer):
    """A composer that refuses recursive aliases, alias bombs and deep nesting."""

    def __init__(self, name: str, problems: list[Problem]):
        Composer.__init__(self)
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


class _GuardedLoader(_Guards, yaml.SafeLoader):
    """PyYAML's pure-Python reader, scanner and parser under the guarded composer."""

    def __init__(self, text: str, name: str, problems: list[Problem]):
        yaml.SafeLoader.__init__(self, text)
        _Guards.__init__(self, name, problems)


class _QuickResolver(Resolver):
    """PyYAML's Resolver with the same answers in fewer steps, for libyaml's composer, which
    asks it about every node: SafeLoader's resolvers have no path resolvers and no wildcard
    implicit ones, so a plain scalar is tried only against the patterns for its first character."""

    _tags = {SequenceNode: Resolver.DEFAULT_SEQUENCE_TAG, MappingNode: Resolver.DEFAULT_MAPPING_TAG}

    def __init__(self):
        super().__init__()
        # the patterns as they are now, per parse (a resolver added later is seen)
        self._implicit = {first: tuple(pairs) for first, pairs in self.yaml_implicit_resolvers.items()}

    def descend_resolver(self, current_node, current_index):
        pass

    def ascend_resolver(self):
        pass

    def resolve(self, kind, value, implicit):
        if kind is ScalarNode:
            if implicit[0]:
                for tag, regexp in self._implicit.get(value[:1], ()):
                    if regexp.match(value):
                        return tag
            return self.DEFAULT_SCALAR_TAG
        return self._tags[kind]


# Were resolvers ever added that the shortcut does not know, PyYAML's own answers instead.
_FastResolver = (_QuickResolver if not Resolver.yaml_path_resolvers and None not in Resolver.yaml_implicit_resolvers
                 else Resolver)


if CParser is not None:
    class _FastGuardedLoader(_Guards, CParser, _FastResolver):
        """libyaml's parser (its events carry line and column) under the guarded composer."""

        def __init__(self, text: str, name: str, problems: list[Problem]):
            CParser.__init__(self, text)
            _FastResolver.__init__(self)
            _Guards.__init__(self, name, problems)

    class _FastLoader(CParser, _FastResolver):
        """libyaml's parser and composer, for text without anchors (so without aliases);
        libyaml refuses nesting beyond 1000 levels itself, deeper than MAX_DEPTH is
        found by _as_pyyaml_reads_it."""

        def __init__(self, text: str, name: str, problems: list[Problem]):
            CParser.__init__(self, text)
            _FastResolver.__init__(self)


def _children(node: Node):
    if isinstance(node.value, list):
        for item in node.value:
            if isinstance(item, tuple):
                yield from item
            else:
                yield item
