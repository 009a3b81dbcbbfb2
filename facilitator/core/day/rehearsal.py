"""A rehearsal: the same engine on a simulated clock, with its own journal.

The simulated clock starts at the session's planned start (or another clock time) on
today's date and runs 1 to 60 times as fast as the computer's; its monotonic clock runs
as fast, so a rehearsal at 30x is not taken for a jumping clock. The rehearsal's
journal lives in the workshop folder's rehearsal sub-folder (workshop.rehearsal_dir),
so the real day's journal never sees it.
"""
from __future__ import annotations

from facilitator.core.day.clock import Clock, SystemClock, timestamp_at
from facilitator.core.session.model import Session

SPEEDS = (1, 60)  # the slowest and the fastest rehearsal


class SimulatedClock:
    def __init__(self, start: float, speed: float = 1.0, base: Clock | None = None) -> None:
        if not SPEEDS[0] <= speed <= SPEEDS[1]:
            raise ValueError(f"a rehearsal runs 1x to 60x, not {speed:g}x")
        self.base = base or SystemClock()
        self.start, self.speed = start, float(speed)
        self._mono0 = self.base.monotonic()

    def _ran(self) -> float:
        return (self.base.monotonic() - self._mono0) * self.speed

    def now(self) -> float:
        return self.start + self._ran()

    def monotonic(self) -> float:
        return self._mono0 + self._ran()


def rehearsal_clock(session: Session, speed: float = 1.0, at_minutes: int | None = None,
                    base: Clock | None = None) -> SimulatedClock:
    """From the planned start (or `at_minutes` after midnight) today, `speed` times as fast."""
    base = base or SystemClock()
    start = timestamp_at(base.now(), session.start if at_minutes is None else at_minutes)
    return SimulatedClock(start, speed, base)
