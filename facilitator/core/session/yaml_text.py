"""Edits to YAML text that leave every byte not edited as the writer left it.

A round-trip emitter re-writes the whole file (ruamel.yaml re-flows the seed's
multi-line quoted strings, and takes a third of a second to do it), so edits here
are splices: the text is composed for positions only (PyYAML nodes carry the index
of their first and last character), and an edit replaces, inserts or moves the
lines of the one value, key or list item it changes. New values and items are
written by ``yaml_render`` in the file's block style.

Paths name a node from the root: ``("blocks", 3, "duration")``.
"""
from __future__ import annotations

import re

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from facilitator.core.session.yaml_render import render_block, render_flow, render_scalar

Path = tuple  # of str (mapping key) and int (list index)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_COMMENT_OR_BLANK = re.compile(r"^[ \t]*(#.*)?$")


class EditError(ValueError):
    """An edit cannot be made to this text (it is not valid YAML, or the path is not there)."""


class YamlText:
    def __init__(self, text: str, compose=None):
        """``compose(text)`` gives the tree (None when the text is not YAML); by default libyaml's."""
        self.text = text
        self._root: Node | None = None
        self._compose = compose or _compose

    # -- reading ------------------------------------------------------------------------

    @property
    def root(self) -> Node:
        if self._root is None:
            self._root = self._compose(self.text)
            if self._root is None:
                raise EditError("the file cannot be read as YAML here; see its problems")
        return self._root

    def node(self, path: Path) -> Node | None:
        node = self.root
        for step in path:
            node = _child(node, step)
            if node is None:
                return None
        return node

    def length(self, path: Path) -> int:
        node = self.node(path)
        return len(node.value) if isinstance(node, SequenceNode) else 0

    # -- edits --------------------------------------------------------------------------

    def set(self, path: Path, key: str, value, order: tuple[str, ...] = ()) -> None:
        """Set ``key`` of the mapping at ``path`` (None removes it). A new key goes after the
        nearest key before it in ``order``, else at the end."""
        mapping = self._mapping(path)
        pair = _pair(mapping, key)
        if value is None:
            if pair is not None:
                self._remove_entry(mapping, pair)
            return
        if pair is None:
            self._insert_entry(mapping, key, value, order)
            return
        knode, vnode = pair
        if isinstance(vnode, ScalarNode) and not isinstance(value, (list, dict)):
            self._replace_scalar(vnode, value, flow=bool(mapping.flow_style))
        elif mapping.flow_style:  # '{id: x, slides: [a, b]}' stays on its line
            start, end = vnode.start_mark.index, vnode.end_mark.index
            self._splice(start, end, (" " if start == end else "") + render_flow(value))
        else:
            start, end = self._entry_span(mapping, pair)
            first_on_line = self.text[_line_start(self.text, knode.start_mark.index):knode.start_mark.index].strip() == ""
            entry = render_block({key: value}, knode.start_mark.column)
            if not first_on_line:
                entry = entry.lstrip(" ")
            self._splice(start, end, entry)

    def insert(self, path: Path, index: int, value) -> None:
        """Insert ``value`` into the list at ``path`` before item ``index`` (len = append)."""
        seq = self.node(path)
        if not isinstance(seq, SequenceNode) or not seq.value or seq.flow_style:
            items = self._plain(seq) if isinstance(seq, SequenceNode) else []
            items.insert(index, value)
            self.set(path[:-1], path[-1], items)
            return
        chunks = self._chunks(seq)
        column = self._dash_column(seq.value[0])
        gap = "\n" if any(c[0] != c[2] for c in chunks[1:]) else ""
        item = gap + render_block([value], column)
        if index >= len(chunks):
            at = chunks[-1][1]
            if not self.text[:at].endswith("\n"):
                item = "\n" + item
        else:
            at = chunks[index][0]
        self._splice(at, at, item)

    def remove(self, path: Path, index: int) -> None:
        seq = self.node(path)
        if not isinstance(seq, SequenceNode) or not 0 <= index < len(seq.value):
            raise EditError(f"no item {index} in {'/'.join(map(str, path))}")
        if len(seq.value) == 1 or seq.flow_style:
            items = self._plain(seq)
            del items[index]
            self.set(path[:-1], path[-1], items)
            return
        start, end, _ = self._chunks(seq)[index]
        self._splice(start, end, "")

    def move(self, path: Path, index: int, to: int) -> None:
        """Move item ``index`` of the list at ``path`` so that it ends at position ``to``."""
        seq = self.node(path)
        if not isinstance(seq, SequenceNode) or not 0 <= index < len(seq.value):
            raise EditError(f"no item {index} in {'/'.join(map(str, path))}")
        to = max(0, min(to, len(seq.value) - 1))
        if to == index:
            return
        if seq.flow_style:
            items = self._plain(seq)
            items.insert(to, items.pop(index))
            self.set(path[:-1], path[-1], items)
            return
        chunks = self._chunks(seq)
        start, end = chunks[0][0], chunks[-1][1]
        texts = [self.text[a:b] for a, b, _ in chunks]
        bare_end = not texts[-1].endswith("\n")
        if bare_end:
            texts[-1] += "\n"
        texts.insert(to, texts.pop(index))
        joined = "".join(texts)
        if bare_end:
            joined = joined[:-1]
        self._splice(start, end, joined)

    def item_lines(self, path: Path) -> list[tuple[int, int]]:
        """First and last line (1-based) of each item of the list at ``path``."""
        seq = self.node(path)
        if not isinstance(seq, SequenceNode):
            return []
        return [(item.start_mark.line + 1, self.text.count("\n", 0, max(self._content_end(item) - 1, 0)) + 1)
                for item in seq.value]

    def plain(self, path: Path):
        """The value at ``path`` as Python data (scalars as typed)."""
        node = self.node(path)
        return None if node is None else self._plain(node)

    # -- helpers ------------------------------------------------------------------------

    def _splice(self, start: int, end: int, new: str) -> None:
        self.text = self.text[:start] + new + self.text[end:]
        self._root = None

    def _mapping(self, path: Path) -> MappingNode:
        node = self.node(path)
        if not isinstance(node, MappingNode):
            raise EditError(f"{'/'.join(map(str, path)) or 'the file'} is not a mapping")
        return node

    def _replace_scalar(self, node: ScalarNode, value, flow: bool = False) -> None:
        start, end = node.start_mark.index, node.end_mark.index
        new = render_scalar(value, flow)
        if node.style in ("|", ">"):
            old = self.text[start:end]
            end = start + len(old.rstrip())  # keep the line breaks after a block scalar
        elif start == end:
            new = " " + new  # 'key:' with nothing after it
        self._splice(start, end, new)

    def _content_end(self, node: Node) -> int:
        """Index just after the last character that belongs to the node (not comments after it)."""
        while isinstance(node, (MappingNode, SequenceNode)) and not node.flow_style and node.value:
            last = node.value[-1]
            node = last[1] if isinstance(last, tuple) else last
        end = node.end_mark.index
        if isinstance(node, ScalarNode) and node.style in ("|", ">"):
            end = node.start_mark.index + len(self.text[node.start_mark.index:end].rstrip())
        return end

    def _line_after(self, index: int) -> int:
        nl = self.text.find("\n", index)
        return len(self.text) if nl < 0 else nl + 1

    def _entry_span(self, mapping: MappingNode, pair) -> tuple[int, int]:
        knode, vnode = pair
        start = knode.start_mark.index
        line_start = _line_start(self.text, start)
        if self.text[line_start:start].strip() == "":
            return line_start, self._line_after(self._content_end(vnode))
        # The first key of a list item ('- id: x'): the next key moves up onto the dash line.
        position = mapping.value.index(pair)
        if position + 1 < len(mapping.value):
            return start, mapping.value[position + 1][0].start_mark.index
        return start, self._line_after(self._content_end(vnode))

    def _remove_entry(self, mapping: MappingNode, pair) -> None:
        position = mapping.value.index(pair)
        if mapping.flow_style and len(mapping.value) > 1:  # '{a: 1, b: 2}' stays on its line: cut 'b: 2'
            if position + 1 < len(mapping.value):
                start, end = pair[0].start_mark.index, mapping.value[position + 1][0].start_mark.index
            else:
                start, end = mapping.value[position - 1][1].end_mark.index, pair[1].end_mark.index
            self._splice(start, end, "")
            return
        if mapping.flow_style:
            data = self._plain(mapping)
            del data[pair[0].value]
            self._replace_node(mapping, data)
            return
        start, end = self._entry_span(mapping, pair)
        self._splice(start, end, "")

    def _insert_entry(self, mapping: MappingNode, key: str, value, order: tuple[str, ...]) -> None:
        flow_scalar = mapping.flow_style and mapping.value  # '{a: 1}' stays on its line: '{a: 1, b: [2]}'
        if not mapping.value:
            data = self._plain(mapping) or {}
            data[key] = value
            self._replace_node(mapping, data)
            return
        keys = [k.value for k, _ in mapping.value]
        after = len(keys) - 1
        if key in order:
            before = [i for i, k in enumerate(keys) if k in order and order.index(k) < order.index(key)]
            later = [i for i, k in enumerate(keys) if k in order and order.index(k) > order.index(key)]
            if before:
                after = max(before)
            elif later:
                after = min(later) - 1
        if flow_scalar:
            entry = f"{key}: {render_flow(value)}"
            if after < 0:
                at = mapping.value[0][0].start_mark.index
                self._splice(at, at, entry + ", ")
            else:
                at = mapping.value[after][1].end_mark.index
                self._splice(at, at, ", " + entry)
            return
        column = mapping.value[0][0].start_mark.column
        entry = render_block({key: value}, column)
        if after < 0:  # before the first key: it may share a line with a dash
            first = mapping.value[0][0].start_mark.index
            self._splice(first, first, entry.lstrip(" ") + " " * column)
            return
        at = self._line_after(self._content_end(mapping.value[after][1]))
        if at == len(self.text) and not self.text.endswith("\n"):
            entry = "\n" + entry
        self._splice(at, at, entry)

    def _replace_node(self, node: Node, data) -> None:
        """Write a whole (flow or empty) collection anew, in block style under its key."""
        start, end = node.start_mark.index, node.end_mark.index
        column = self._owner_column(node)
        if isinstance(data, (list, dict)) and data:
            body = render_block(data, column + 2)
            new = "\n" + body.rstrip("\n")
        else:
            new = " " + render_scalar(data) if data not in (None, "") else " " + ("[]" if isinstance(data, list) else "{}")
        before = self.text[:start]
        if before.endswith(" "):
            start -= len(before) - len(before.rstrip(" "))
        if not new.startswith("\n") and self.text[start - 1:start] != ":":
            new = new.lstrip(" ")
        self._splice(start, end, new)

    def _owner_column(self, node: Node) -> int:
        """Column of the key that holds ``node``."""
        line_start = _line_start(self.text, node.start_mark.index)
        line = self.text[line_start:node.start_mark.index]
        return len(line) - len(line.lstrip(" -"))

    def _dash_column(self, item: Node) -> int:
        line_start = _line_start(self.text, item.start_mark.index)
        dash = self.text.rfind("-", line_start, item.start_mark.index)
        if dash < 0:
            raise EditError("a list item without its dash on its line")
        return dash - line_start

    def _chunks(self, seq: SequenceNode) -> list[tuple[int, int, int]]:
        """(start, end, dash line start) of each item with the blank and comment lines above it."""
        out = []
        prev_end = None
        for item in seq.value:
            dash_line = _line_start(self.text, item.start_mark.index)
            if prev_end is None:
                start = dash_line
                while start > 0:
                    above = _line_start(self.text, start - 1)
                    if not _COMMENT_OR_BLANK.match(self.text[above:start - 1]):
                        break
                    start = above
            else:
                start = prev_end
            end = self._line_after(self._content_end(item))
            out.append((start, end, dash_line))
            prev_end = end
        return out

    def _plain(self, node: Node):
        if isinstance(node, ScalarNode):
            return None if node.tag.endswith(":null") and not node.style else node.value
        if isinstance(node, SequenceNode):
            return [self._plain(n) for n in node.value]
        return {k.value: self._plain(v) for k, v in node.value}


def _compose(text: str) -> Node | None:
    try:
        return yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError:
        return None


def _child(node: Node, step) -> Node | None:
    if isinstance(step, int):
        if isinstance(node, SequenceNode) and 0 <= step < len(node.value):
            return node.value[step]
        return None
    pair = _pair(node, step) if isinstance(node, MappingNode) else None
    return pair[1] if pair else None


def _pair(mapping: MappingNode, key: str):
    for pair in mapping.value:
        if isinstance(pair[0], ScalarNode) and pair[0].value == key:
            return pair
    return None


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1
