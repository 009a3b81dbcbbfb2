"""How often the slide warmer may render ahead: at most a share of one core, on average.

Warming runs while a countdown ticks on both windows, and the laptop's idle budget for the
whole day is under 1 % of a core; a ticking countdown alone takes about half of it. A render
costs 3-10 ms of CPU (a chart slide or a PDF page the most, the wall's fonts about 10 ms
once), so a fixed "one render a second" took 0.45-0.6 % on top, and the budget was met only
on a quiet run. The pace measures what each step cost and rests until the step's CPU time,
spread over the rest, is within WARM_SHARE: a cheap slide waits a second or two, a chart
slide longer, a faster laptop warms faster. A block's warm-up takes longer (the seed's
exercise block in about 35 s instead of 21), still far less than a block lasts, and a slide
not yet warm is rendered when it is shown (under 50 ms, benchmarks/slide_change_bench.py).

Time is the day's clock's monotonic time, so a test moves it; a rehearsal's clock runs
`speed` times faster, and its rests are as long in real seconds.
"""
from __future__ import annotations

import time
from collections.abc import Callable

WARM_SHARE = 0.0025  # of one core, on average while a block warms up: a quarter of the idle budget


class WarmPace:
    def __init__(self, share: float = WARM_SHARE, cpu: Callable[[], float] = time.thread_time) -> None:
        """`cpu`: this thread's CPU time in seconds (the warmer renders on the GUI thread)."""
        if share <= 0:
            raise ValueError("share must be positive")
        self.share = share
        self._cpu = cpu
        self._free_at = float("-inf")  # clock time from which the next step may run

    def ready(self, now: float) -> bool:
        return now >= self._free_at

    def run(self, step: Callable[[], object], now: float, speed: float = 1.0):
        """Runs `step`, then rests for as long as its CPU time takes to fit the share."""
        before = self._cpu()
        try:
            return step()
        finally:
            cost = max(0.0, self._cpu() - before)
            self._free_at = now + cost / self.share * speed

    def rest_left(self, now: float) -> float:
        """Clock seconds until the next step may run (0: it may run now)."""
        return max(0.0, self._free_at - now)
