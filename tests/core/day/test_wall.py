"""What the projector shows by default."""
from __future__ import annotations

from engine_day import at, make_session
from facilitator.core.day.clock import FakeClock
from facilitator.core.day.runner import Runner
from facilitator.core.day.wall import WallMode, default_wall_mode


def mode(runner):
    s = runner.state()
    return default_wall_mode(s, None if s.current is None else runner.session.blocks[s.current])


def test_wall_mode_follows_the_block_kind():
    session = make_session()
    session.blocks[2].exercises = list(session.blocks[1].exercises)
    runner = Runner(session, FakeClock(at(8, 50)))
    assert mode(runner) == WallMode.AGENDA  # before the start
    runner.start_day()
    assert mode(runner) == WallMode.SLIDE  # a talk with slides
    runner.next_block()
    assert mode(runner) == WallMode.EXERCISE
    runner.next_block()
    assert mode(runner) == WallMode.AGENDA  # a talk without slides
    runner.start_exercise()
    assert mode(runner) == WallMode.EXERCISE  # ... whose exercise timer runs
    runner.next_block()
    assert mode(runner) == WallMode.BREAK
    runner.end_day()
    assert mode(runner) == WallMode.AGENDA


def test_the_facilitators_wall_choice_holds_until_the_block_changes():
    from facilitator.core.day.wall import WallChoice

    choice = WallChoice(block=0)
    choice.toggle(WallMode.BLACK)
    assert choice.override is WallMode.BLACK
    choice.toggle(WallMode.BLACK)  # the second press brings the wall back
    assert choice.override is None
    choice.toggle(WallMode.BLACK)
    choice.toggle(WallMode.WHITE)  # white over black: white
    assert choice.override is WallMode.WHITE
    choice.follow(0)
    assert choice.override is WallMode.WHITE  # the same block: the choice holds
    choice.follow(1)
    assert choice.override is None  # a new block shows its own wall
    choice.choose(WallMode.AGENDA)
    assert choice.override is WallMode.AGENDA
