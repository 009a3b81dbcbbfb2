"""Property: whatever the facilitator presses and however the clock moves, the
journal replays to the same state and the numbers on the screen stay sensible."""
from __future__ import annotations

import math
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from engine_day import at, make_session
from facilitator.core.day.clock import FakeClock
from facilitator.core.day import journal as journal_mod
from facilitator.core.day.journal import Journal
from facilitator.core.day.runner import Runner

COMMANDS = [
    ("start_day",), ("end_day",), ("next_block",), ("previous_block",), ("pause",), ("resume",),
    ("toggle_pause",), ("start_exercise",), ("pause_exercise",), ("resume_exercise",),
    ("reset_exercise",), ("skip_exercise",), ("next_phase",), ("previous_phase",),
    ("accept_catch_up",), ("check_clock",),
]
command = st.one_of(
    st.sampled_from(COMMANDS),
    st.tuples(st.just("goto_block"), st.integers(0, 10)),
    st.tuples(st.just("adjust"), st.sampled_from([-3600, -300, -60, 60, 300, 1234])),
    st.tuples(st.just("start_exercise"), st.integers(0, 1)),
    st.tuples(st.sampled_from(["advance", "sleep"]), st.floats(0, 3 * 3600)),
    st.tuples(st.just("set_wall_by"), st.floats(-2 * 3600, 2 * 3600)),
)


def move(clock: FakeClock, how: str, seconds: float) -> None:
    if how == "set_wall_by":
        clock.set_wall(clock.now() + seconds)
    else:
        getattr(clock, how)(seconds)


def assert_sensible(state) -> None:
    assert math.isfinite(state.remaining) and state.elapsed >= 0
    assert math.isfinite(state.drift) and math.isfinite(state.projected_end)
    for b in state.blocks:
        assert math.isfinite(b.projected_start) and math.isfinite(b.projected_end)
        assert b.projected_end >= b.projected_start and b.planned_duration >= 0
    if state.exercise is not None:
        x = state.exercise
        assert x.elapsed >= 0 and math.isfinite(x.remaining)
        assert x.phase_remaining is None or math.isfinite(x.phase_remaining)
    if state.catch_up is not None:
        assert all(s > 0 for _, s in state.catch_up.cuts) and state.catch_up.late_after >= 0


@settings(max_examples=60, deadline=None)
@given(st.lists(command, max_size=40))
def test_replay_gives_the_same_state_and_sane_numbers(steps):
    session, clock = make_session(), FakeClock(at(8, 50))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "journal.jsonl"
        with Journal(path) as journal:
            runner = Runner(session, clock, journal)
            for step in steps:
                name, *args = step
                if name in ("advance", "sleep", "set_wall_by"):
                    move(clock, name, *args)
                else:
                    clock.advance(0.001)  # a key press takes time: no two commands share a timestamp
                    getattr(runner, name)(*args)
                assert_sensible(runner.state())
            runner.check_clock()  # the app asks every second
        events, warnings = Journal.read(path)
        # what `run` and `status` replay: a journal the app wrote has nothing to leave out
        vetted, doubts = journal_mod.load(path, clock.now())
    assert warnings == [] and events == runner.events
    assert doubts == [] and vetted == events
    assert Runner(session, clock, None, events).state() == runner.state()
