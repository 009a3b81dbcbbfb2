"""Checks that need the whole file: unique ids, references between parts, the timeline.

Ids are registered while the file is read; references are recorded then and
resolved at the end, so a slide may be used by a block above the slide list.
"""
from __future__ import annotations

import difflib
from collections import defaultdict

from yaml.nodes import Node

from facilitator.core.session.schedule import planned_schedule
from facilitator.core.session.model import Session
from facilitator.core.timefmt import format_clock
from facilitator.core.session.yaml_reader import Reader

Scope = tuple[str, int]  # (kind of thing, scope number; 0 = the whole file)


class IdRegistry:
    """Ids defined in a file and references to them, each with the node it came from."""

    def __init__(self, reader: Reader):
        self.reader = reader
        self.defined: dict[Scope, dict[str, Node]] = defaultdict(dict)
        self.refs: list[tuple[Scope, str, Node]] = []

    def define(self, kind: str, scope: int = 0):
        def read(node: Node) -> str | None:
            value = self.reader.ident(node)
            if value is None:
                return None
            seen = self.defined[(kind, scope)]
            if value in seen:
                first = seen[value].start_mark.line + 1
                self.reader.problem(node, f"duplicate {kind} id '{value}' (first used at line {first})")
            else:
                seen[value] = node
            return value
        return read

    def ref(self, kind: str, scope: int = 0):
        def read(node: Node) -> str | None:
            value = self.reader.scalar(node, f"the id of a {kind}")
            if value is not None:
                self.refs.append(((kind, scope), value, node))
            return value
        return read

    def check_refs(self) -> None:
        for (kind, scope), value, node in self.refs:
            known = self.defined.get((kind, scope), {})
            if value in known:
                continue
            near = difflib.get_close_matches(value, list(known), n=1, cutoff=0.6)
            if near:
                hint = f"; did you mean '{near[0]}'?"
            elif known and len(known) <= 8:
                hint = "; known: " + ", ".join(known)
            else:
                hint = "" if known else f"; no {kind} is defined"
            self.reader.problem(node, f"{kind} '{value}' does not exist{hint}")


def check_timeline(session: Session, reader: Reader, start_nodes: dict[int, Node]) -> None:
    """A fixed clock start may not fall before the planned end of the block before it."""
    lang = session.language
    previous = None
    for planned in planned_schedule(session):
        block = planned.block
        if previous is not None and block.fixed_start is not None and block.fixed_start * 60 < previous.end:
            reader.problem(
                start_nodes[id(block)],
                f"block '{block.id}' starts at {format_clock(block.fixed_start, lang)}, before the block "
                f"before it ('{previous.block.id}') ends at {format_clock(previous.end // 60, lang)} as planned; "
                "shorten the blocks before it or move the start",
            )
        previous = planned
