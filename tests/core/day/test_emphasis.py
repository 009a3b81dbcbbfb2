"""How the day's state is marked: the agenda before the start, calm breaks, the drift warning."""
from engine_day import make_session

from facilitator.core.day.clock import FakeClock
from facilitator.core.day.emphasis import agenda_status, break_level, drift_warns
from facilitator.core.day.runner import Runner


def test_before_the_start_the_first_block_is_next_and_the_rest_later():
    session = make_session()
    runner = Runner(session, FakeClock(0))
    state = runner.state()
    assert [agenda_status(b, started=state.started) for b in state.blocks] == \
        ["next"] + ["later"] * (len(state.blocks) - 1)
    runner.start_day()
    state = runner.state()
    assert [agenda_status(b, started=True) for b in state.blocks] == [b.status for b in state.blocks]
    assert agenda_status(state.blocks[0], started=True) == "now"


def test_a_break_never_warns_it_only_runs_over():
    assert break_level(60) == "normal"
    assert break_level(5) == "normal"  # a block would be "danger" here
    assert break_level(0) == "normal"
    assert break_level(-1) == "overtime"


def test_the_drift_warns_from_a_minute_behind():
    assert not drift_warns(59.9) and not drift_warns(-300)
    assert drift_warns(60) and drift_warns(600)
