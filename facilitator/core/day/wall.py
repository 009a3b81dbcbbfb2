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
    ROUND = "round"  # the report-back round: the presenting group, its journey and countdown


def default_wall_mode(day_state: DayState, block: Block | None) -> WallMode:
    """By block kind: talk -> its slides (or the agenda when it has none), exercise ->
    the exercise card, break -> the break card; before the start and after the end the
    agenda. A talk block whose exercise timer is on shows the exercise card: the room
    needs to see that countdown."""
    if block is None or not day_state.started or day_state.ended or day_state.current is None:
        return WallMode.AGENDA
    if block.report_back is not None:
        return WallMode.ROUND
    if block.kind == BlockKind.EXERCISE:
        return WallMode.EXERCISE
    if block.kind == BlockKind.BREAK:
        return WallMode.BREAK
    if day_state.exercise is not None and day_state.exercise.status in (RUNNING, PAUSED):
        return WallMode.EXERCISE
    return WallMode.SLIDE if block.slides else WallMode.AGENDA
