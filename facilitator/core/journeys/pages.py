"""A journey cut into pages for the wall: whole phases together where they fit, a phase
too long for one page split across pages, never squeezed smaller to fit. The caller
says how many touchpoint columns a page holds at a size the back row can read."""
from __future__ import annotations

from dataclasses import replace

from facilitator.core.journeys.model import Journey, display_columns


def phase_pages(journey: Journey, capacity: int) -> list[list[int]]:
    """Touchpoint indexes per page, in board order. An empty phase takes half a column
    (its heading still shows); a journey with no touchpoints is one page."""
    capacity = max(1, capacity)
    pages: list[list[int]] = [[]]
    room = float(capacity)
    for _phase, indexes in display_columns(journey):
        need = max(len(indexes), 0.5)
        if need > room and pages[-1]:
            pages.append([])
            room = float(capacity)
        rest = list(indexes)
        while len(rest) > room:  # a phase longer than a page goes on over several
            take = int(room)
            pages[-1].extend(rest[:take])
            rest = rest[take:]
            pages.append([])
            room = float(capacity)
        pages[-1].extend(rest)
        room -= max(len(rest), 0.5)
    return [p for p in pages if p] or [[]]


def page_journey(journey: Journey, indexes: list[int]) -> Journey:
    """The journey with only these touchpoints and the phases they belong to."""
    touchpoints = [journey.touchpoints[i] for i in indexes]
    used = {t.phase for t in touchpoints}
    phases = [p for p in journey.phases if p.id in used] if indexes else list(journey.phases)
    return replace(journey, phases=phases, touchpoints=touchpoints)
