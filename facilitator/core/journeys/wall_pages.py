"""The journey on the wall, page by page: a phase per page, a long phase over several.

The whole board shrunk onto a projector is unreadable from the back row, so the wall
shows one phase at a time at a readable size and the clicker steps through the pages.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from facilitator.core.journeys.model import Journey, JourneyPhase, display_columns


@dataclass(frozen=True)
class WallPage:
    phase: JourneyPhase | None  # None: touchpoints whose phase is unknown
    indexes: tuple[int, ...]  # the touchpoints on this page (indexes into journey.touchpoints)
    part: int = 1  # 2 for the second page of a long phase
    parts: int = 1


def wall_pages(journey: Journey, per_page: int) -> list[WallPage]:
    """Every phase in order, cut into pages of at most ``per_page`` touchpoints."""
    per_page = max(1, per_page)
    pages = []
    for phase, indexes in display_columns(journey):
        chunks = [indexes[k:k + per_page] for k in range(0, len(indexes), per_page)] or [[]]
        pages += [WallPage(phase, tuple(c), n + 1, len(chunks)) for n, c in enumerate(chunks)]
    return pages


def page_journey(journey: Journey, page: WallPage) -> Journey:
    """A journey holding only the page's phase and touchpoints, to be drawn on its own."""
    return replace(journey, phases=[page.phase] if page.phase is not None else [],
                   touchpoints=[journey.touchpoints[i] for i in page.indexes])
