import pytest

from facilitator.core.timefmt import format_clock, format_countdown, parse_clock, parse_duration


@pytest.mark.parametrize("text,seconds", [
    (30, 1800), ("30", 1800), ("30m", 1800), ("1h15m", 4500), ("90s", 90), ("1h", 3600), ("2m30s", 150),
])
def test_durations_read_as_written(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "abc", "1x", "m", True])
def test_bad_durations_are_refused(text):
    with pytest.raises(ValueError):
        parse_duration(text)


def test_clock_times_in_both_spellings():
    assert parse_clock("09:30") == 570
    assert parse_clock("9.30") == 570
    with pytest.raises(ValueError):
        parse_clock("25:00")


def test_danish_clock_uses_a_dot():
    assert format_clock(645, "da") == "10.45"
    assert format_clock(645, "en") == "10:45"


def test_countdown_rounds_up_and_overtime_counts_up():
    assert format_countdown(59.2) == "01:00"
    assert format_countdown(0) == "00:00"
    assert format_countdown(-61) == "+01:01"
    assert format_countdown(3723) == "1:02:03"
