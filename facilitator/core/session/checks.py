"""Checks that need the whole file: unique ids, references between parts, the timeline.

Ids are registered while the file is read; references are recorded then and
resolved at the end, so a slide may be used by a block above the slide list.
"""
from __future__ import annotations

import difflib
from collections import defaultdict

from yaml.nodes import Node

from facilitator.core.session.schedule import planned_schedule
from facilitator.core.session.model import Session, SourcePos
from facilitator.core.session.problems import Problem
from facilitator.core.timefmt import format_clock, format_minutes
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


NIGHT_ENDS = 7 * 60  # a clock time before 07.00 is most likely an afternoon time without its 12
DAY = 24 * 3600


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
                "shorten the blocks before it or move the start" + _afternoon_hint(block.fixed_start, lang),
            )
        previous = planned


def _afternoon_hint(minutes: int, lang: str) -> str:
    if 0 < minutes < NIGHT_ENDS:
        return f" (if you mean the afternoon, write \"{format_clock(minutes + 12 * 60, 'en')}\")"
    return ""


def check_warnings(session: Session, reader: Reader, start_node: Node | None, start_nodes: dict[int, Node]) -> None:
    """What loads but is most likely not what the writer meant; `check` prints these as warnings."""
    lang = session.language
    if start_node is not None and 0 < session.start < NIGHT_ENDS:
        reader.warn(start_node, _night(session.start, lang))
    previous = None
    past_midnight = False
    for planned in planned_schedule(session):
        block = planned.block
        node = start_nodes.get(id(block))
        at_night = block.fixed_start is not None and 0 < block.fixed_start < NIGHT_ENDS
        if node is not None and at_night and (previous is None or block.fixed_start * 60 >= previous.end):
            reader.warn(node, _night(block.fixed_start, lang))  # (before the block before: already an error)
        ends_before = previous.end if previous is not None else session.start * 60
        if node is not None and block.fixed_start * 60 > ends_before:
            gap = block.fixed_start * 60 - ends_before
            before = f"the block before it ('{previous.block.id}')" if previous else "the day"
            reader.warn(node, f"nothing is planned for {format_minutes(gap)} before block '{block.id}' starts at "
                              f"{format_clock(block.fixed_start, lang)}: {before} ends at "
                              f"{format_clock(ends_before // 60, lang)}; make a block longer or add a break")
        if planned.end > DAY and not past_midnight:
            past_midnight = True
            days = planned.end // DAY
            when = "the next day" if days == 1 else f"{days} days later"
            _warn_at(reader, block.pos, f"the day runs past midnight: block '{block.id}' ends at "
                                        f"{format_clock(planned.end // 60, lang)} {when}; check the start "
                                        "times and durations")
        _exercises_fit(reader, block)
        previous = planned


def _night(minutes: int, lang: str) -> str:
    return (f"{format_clock(minutes, lang)} is in the middle of the night" + _afternoon_hint(minutes, lang)
            + "; write times with 24 hours")


def _exercises_fit(reader: Reader, block) -> None:
    for exercise in block.exercises:
        if exercise.duration > block.duration:
            _warn_at(reader, exercise.pos, f"exercise '{exercise.id}' ({format_minutes(exercise.duration)}) is "
                                           f"longer than its block '{block.id}' ({format_minutes(block.duration)}); "
                                           "the block ends before the exercise does: lengthen the block or shorten "
                                           "the exercise")
    total = sum(e.duration for e in block.exercises)
    if len(block.exercises) > 1 and total > block.duration:
        _warn_at(reader, block.pos, f"the exercises of block '{block.id}' add up to {format_minutes(total)}, longer "
                                    f"than the block ({format_minutes(block.duration)})")


def _warn_at(reader: Reader, pos: SourcePos, message: str) -> None:
    reader.warnings.append(Problem(reader.filename, max(pos.line, 1), max(pos.column, 1), message, warning=True))
