"""The journey on the wall, page by page: a phase per page, a long phase over several.

The whole board shrunk onto a projector is unreadable from the back row, so the wall
shows one phase at a time at the slides' body size and the clicker steps through the pages.
A phase whose lanes are too tall for one page at that size is split by lanes too: the first
lanes on one page, the rest on the next, the touchpoint titles repeated as column heads.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from facilitator.core.record import record
from itertools import combinations

from facilitator.core.journeys.model import Journey, JourneyPhase, display_columns

# The view measures: the pixels each lane needs for these touchpoints, lanes in drawing order.
Measure = Callable[[tuple[int, ...]], Mapping[str, float]]


@record(frozen=True)
class WallPage:
    phase: JourneyPhase | None  # None: touchpoints whose phase is unknown
    indexes: tuple[int, ...]  # the touchpoints on this page (indexes into journey.touchpoints)
    part: int = 1  # 2 for the second page of a long phase
    parts: int = 1
    lanes: tuple[str, ...] = ()  # the lanes drawn on this page; () = every lane


def lane_groups(heights: Mapping[str, float], room: float, head: str = "touchpoint") -> list[tuple[str, ...]]:
    """The lanes in order over as few pages as hold them in ``room`` pixels, split where the
    tallest page is lowest (no page of one lonely lane when two halves fit). Every page after
    the first starts with the ``head`` lane again, so a column still says which touchpoint it is.
    A lane too tall even beside the head alone counts as filling its page (the view cuts it);
    titles taller than a page count as half a page."""
    lanes = list(heights)
    if not lanes:
        return []
    head_h = heights[head] if head in heights else 0.0
    if head_h > room:  # titles too long for any page: cut them to half a page, the lanes share the rest
        head_h = room / 2
    capped = {lane: head_h if lane == head else min(h, max(0.0, room - head_h)) for lane, h in heights.items()}

    def with_head(group: tuple[str, ...]) -> tuple[str, ...]:
        return group if group[0] == head or head not in heights else (head, *group)

    def need(group: tuple[str, ...]) -> float:
        return sum(capped[lane] for lane in with_head(group))

    for k in range(1, len(lanes) + 1):
        splits = [[tuple(lanes[a:b]) for a, b in zip((0, *cuts), (*cuts, len(lanes)))]
                  for cuts in combinations(range(1, len(lanes)), k - 1)]
        fitting = [split for split in splits if all(need(group) <= room for group in split)]
        if fitting:
            best = min(fitting, key=lambda split: max(need(group) for group in split))
            return [with_head(group) for group in best]
    return [with_head((lane,)) for lane in lanes]  # not reached: one lane beside the head always fits


def wall_pages(journey: Journey, per_page: int, measure: Measure | None = None,
               room: float = float("inf"), head: str = "touchpoint") -> list[WallPage]:
    """Every phase in order, cut into pages of at most ``per_page`` touchpoints, and each of
    those into pages of the lanes that fit in ``room`` pixels (as ``measure`` says they need)."""
    per_page = max(1, per_page)
    pages = []
    for phase, indexes in display_columns(journey):
        chunks = [tuple(indexes[k:k + per_page]) for k in range(0, len(indexes), per_page)] or [()]
        split = [(chunk, lanes) for chunk in chunks
                 for lanes in (lane_groups(measure(chunk), room, head) if measure else [()])]
        pages += [WallPage(phase, chunk, n + 1, len(split), lanes) for n, (chunk, lanes) in enumerate(split)]
    return pages


def page_journey(journey: Journey, page: WallPage) -> Journey:
    """A journey holding only the page's phase and touchpoints, to be drawn on its own."""
    return replace(journey, phases=[page.phase] if page.phase is not None else [],
                   touchpoints=[journey.touchpoints[i] for i in page.indexes])
