"""Where a dragged touchpoint lands: pure arithmetic over the board's columns, so the rule
is tested without a window (the board measures, this decides)."""
from __future__ import annotations

from facilitator.core.journeys.model import Journey, phase_range

# A phase heading as the board lays it out: (left x, right x, phase id or None for the
# column of touchpoints without a phase).
Heading = tuple[float, float, "str | None"]
# A touchpoint's card: (centre x, touchpoint index, phase id).
Card = tuple[float, int, "str | None"]


def drop_target(journey: Journey, src: int, x: float, headings: list[Heading],
                cards: list[Card]) -> tuple[int, str]:
    """(index in the list without src, phase id) for the touchpoint dragged from `src` and
    dropped at `x`. The phase is the one whose heading spans x (the first or last when x is
    off the headings); within it the card goes after every other card whose centre is left of x."""
    named = [h for h in headings if h[2] is not None] or headings
    _x0, _x1, pid = next((h for h in named if h[0] <= x < h[1]),
                         named[0] if x < named[0][0] else named[-1])
    before = [i for centre, i, phase in cards if phase == pid and i != src and centre < x]
    start, _end = phase_range(journey, pid)
    if start > src:  # the list shrinks by one in front of this phase once src is taken out
        start -= 1
    return start + len(before), pid
