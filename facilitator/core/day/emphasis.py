"""How the day's state is marked on the presenter and the wall: which block reads as
next, when a countdown turns colour, when the drift wants the facilitator's eye.
Rules only; the words and colours are the UI's."""
from __future__ import annotations

from facilitator.core.day.state import LATER, NEXT, NORMAL, OVERTIME, BlockState

# A minute behind (or ahead of) the plan is worth a look; less is the noise of a day.
DRIFT_WARNING_SECONDS = 60


def agenda_status(block: BlockState, *, started: bool) -> str:
    """The block's status in the presenter's agenda. Before the day starts, the first block
    is "next" and the rest "later" (the engine's statuses describe a day that has begun)."""
    if started:
        return block.status
    return NEXT if block.index == 0 else LATER


def break_level(remaining: float) -> str:
    """A break counts down calmly: no warning colours, only "overtime" past zero
    (the room should come back, not hurry through its coffee)."""
    return OVERTIME if remaining < 0 else NORMAL


def drift_warns(drift: float) -> bool:
    """The presenter's drift line turns the warning colour from a minute behind the plan."""
    return drift >= DRIFT_WARNING_SECONDS
