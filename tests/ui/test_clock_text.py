"""The agenda's clock times: one date look-up gives what the seconds after midnight give."""
from hypothesis import given, strategies as st

from facilitator.core.day.clock import seconds_after_midnight
from facilitator.core.timefmt import format_clock_seconds
from facilitator.ui.texts import clock_text

near_minutes = st.integers(0, 70_000_000).map(lambda m: m * 60.0) | st.floats(0, 4e9)


@given(near_minutes, st.sampled_from([0.0, -1e-7, -1e-6, -5e-7, 1e-6, -0.001]), st.sampled_from(["da", "en"]))
def test_clock_text_is_the_minute_of_the_local_time(t, nudge, lang):
    t += nudge
    assert clock_text(t, lang) == format_clock_seconds(seconds_after_midnight(t), lang)
