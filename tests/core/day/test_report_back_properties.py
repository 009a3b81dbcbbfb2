"""Property: whatever is pressed during a report-back round and however the clock moves,
the journal replays to the same round, the numbers stay sensible, and the day's report
accounts for no more time than the day had."""
from __future__ import annotations

import math
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from engine_day import at
from facilitator.core.day.clock import FakeClock
from facilitator.core.day.journal import Journal
from facilitator.core.day.runner import Runner
from facilitator.core.report.day_report import day_report
from test_report_back_round import session

command = st.one_of(
    st.sampled_from([("start_day",), ("next_block",), ("previous_block",), ("toggle_pause",), ("end_day",),
                     ("next_group",), ("skip_group",)]),
    st.tuples(st.just("goto_block"), st.integers(0, 2)),
    st.tuples(st.just("adjust_group"), st.sampled_from([-600, -60, 60, 300])),
    st.tuples(st.just("adjust"), st.sampled_from([-60, 60])),
    st.tuples(st.just("shuffle_round"), st.just(1), st.one_of(st.none(), st.integers(0, 10**9 - 1))),
    st.tuples(st.just("set_round_groups"), st.just(1),
              st.lists(st.tuples(st.sampled_from(["a", "b", "c", ""]), st.sampled_from(["A", "B", ""])), max_size=8)),
    st.tuples(st.just("advance"), st.floats(0, 900)),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(command, max_size=40), st.booleans())
def test_rounds_replay_and_stay_sensible(steps, counted):
    s, clock = session(groups=6 if counted else None, duration=None if counted else 20 * 60), FakeClock(at(8, 55))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "journal.jsonl"
        with Journal(path) as journal:
            runner = Runner(s, clock, journal)
            for name, *args in steps:
                if name == "advance":
                    clock.advance(*args)
                else:
                    getattr(runner, name)(*args)
                state = runner.state()
                assert math.isfinite(state.remaining) and math.isfinite(state.projected_end)
                r = state.round
                if r is not None:
                    assert r.position is None or 0 <= r.position < len(r.groups)
                    assert r.remaining is None or math.isfinite(r.remaining)
                    assert sum(g.status == "presenting" for g in r.groups) == (r.current is not None)
        events, warnings = Journal.read(path)
    assert warnings == [] and events == runner.events
    assert Runner(s, clock, None, events).state() == runner.state()
    report = day_report(s, events, clock.now())
    if report.actual_start is not None:
        total = sum(r.actual_seconds or 0 for r in report.blocks())
        assert total <= clock.now() - report.actual_start + 1e-6
