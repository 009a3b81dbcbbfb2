"""'Starting now: ends …' before the day is computed each second from a map summed up once
(projection.flow_end_map): it must give what walking every block (free_flow) gives."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.day.projection import Slot, flow_end_map, free_flow

BASE = 1_800_000_000.0  # a morning, in seconds

times = st.floats(min_value=0, max_value=12 * 3600, allow_nan=False).map(lambda s: BASE + round(s))
slots = st.builds(
    Slot,
    duration=st.integers(min_value=0, max_value=3 * 3600).map(float),
    fixed_start=st.none() | times,
    fixed_end=st.none() | times,
)


@given(st.lists(slots, max_size=30), times)
def test_the_summed_map_gives_the_walks_end(day, start):
    a, b = flow_end_map(day)
    assert max(start + a, b) == free_flow(start, day)[0]


def test_a_fixed_start_keeps_its_time_and_lateness_runs_on_after_it():
    day = [Slot(duration=1800.0), Slot(duration=900.0, fixed_start=BASE + 3600), Slot(duration=600.0)]
    a, b = flow_end_map(day)
    assert max(BASE + a, b) == BASE + 3600 + 900 + 600  # on time: the fixed start holds the day
    late = BASE + 3000  # 50 min late: the first block runs past the fixed start
    assert max(late + a, b) == late + 1800 + 900 + 600
