"""The one source of 'now'. Real code uses SystemClock; tests pass a FakeClock and move it."""
from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Wall-clock time as a Unix timestamp (seconds)."""

    def monotonic(self) -> float:
        """A clock that never jumps, to notice when the wall clock does."""


class SystemClock:
    def now(self) -> float:
        return time.time()

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that moves only when told. ``sleep`` moves the wall clock but not
    the monotonic one (a suspended laptop); ``set_wall`` jumps only the wall clock."""

    def __init__(self, start: float | datetime = 0.0) -> None:
        self._wall = start.timestamp() if isinstance(start, datetime) else float(start)
        self._mono = 1000.0

    def now(self) -> float:
        return self._wall

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        self._wall += seconds
        self._mono += seconds

    def sleep(self, seconds: float) -> None:
        """The machine was suspended: wall time passes, monotonic time does not."""
        self._wall += seconds

    def set_wall(self, timestamp: float) -> None:
        self._wall = timestamp


def seconds_after_midnight(timestamp: float) -> float:
    """Local time of day of a timestamp, in seconds after local midnight."""
    dt = datetime.fromtimestamp(timestamp)
    midnight = dt.replace(hour=0, minute=0, second=0, microsecond=0)
    return (dt - midnight).total_seconds()


def timestamp_at(day_timestamp: float, minutes_after_midnight: float) -> float:
    """Timestamp of a clock time on the same local day as day_timestamp (past 24 hours: the
    next day's). Counted on the wall clock, so 11.30 is 11.30 on a day the clocks change."""
    dt = datetime.fromtimestamp(day_timestamp)
    midnight = dt.replace(hour=0, minute=0, second=0, microsecond=0)
    return (midnight + timedelta(minutes=minutes_after_midnight)).timestamp()
