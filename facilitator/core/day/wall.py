"""What the participant view (the projector) shows by default for the day's state."""
from __future__ import annotations

from enum import Enum

from facilitator.core.day.state import PAUSED, RUNNING, DayState
from facilitator.core.session.model import Block, BlockKind


class WallMode(str, Enum):
    SLIDE = "slide"
    EXERCISE = "exercise"
    BREAK = "break"
    AGENDA = "agenda"
    BLACK = "black"
    WHITE = "white"
    JOURNEY = "journey"


def default_wall_mode(day_state: DayState, block: Block | None) -> WallMode:
    """By block kind: talk -> its slides (or the agenda when it has none), exercise ->
    the exercise card, break -> the break card; before the start and after the end the
    agenda. A talk block whose exercise timer is on shows the exercise card: the room
    needs to see that countdown."""
    if block is None or not day_state.started or day_state.ended or day_state.current is None:
        return WallMode.AGENDA
    if block.kind == BlockKind.EXERCISE:
        return WallMode.EXERCISE
    if block.kind == BlockKind.BREAK:
        return WallMode.BREAK
    if day_state.exercise is not None and day_state.exercise.status in (RUNNING, PAUSED):
        return WallMode.EXERCISE
    return WallMode.SLIDE if block.slides else WallMode.AGENDA


class WallChoice:
    """The facilitator's choice for the wall over the block's default, and its rules:
    a choice holds until the agenda moves to another block (a new block shows its own
    wall); B/W pressed again brings the wall back. The controller asks; it decides nothing."""

    def __init__(self, block: int | None = None):
        self.block = block  # the block the choice was made in
        self.override: WallMode | None = None

    def follow(self, block: int | None) -> None:
        """The agenda's current block; another block than before drops the choice."""
        if block != self.block:
            self.block = block
            self.override = None

    def choose(self, mode: WallMode | None) -> None:
        """None returns to what the block shows by default."""
        self.override = mode

    def toggle(self, mode: WallMode) -> None:
        """Black/white: the second press of the same key brings the wall back."""
        self.override = None if self.override == mode else mode

    def shown(self, day_state: DayState, block: Block | None) -> WallMode:
        return self.override or default_wall_mode(day_state, block)
