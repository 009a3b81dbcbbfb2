"""How much of the once-a-second repaint budget the agenda engine's state() costs.

state() replays the whole journal each time (state is derived, never counted), so
its cost would grow with the number of events; the Runner folds each event once
as it comes, so state() only projects. Prints, for journals of growing length,
the time of one state() call, its share of one core at one call per second, and
its ratio to a floor measured in the same run: a full replay of the same
events (what a restarted app does once, and `facilitator status`).

    python benchmarks/engine_state.py
"""
from __future__ import annotations

import sys
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from engine_day import at, make_session  # noqa: E402
from facilitator.core.day.clock import FakeClock  # noqa: E402
from facilitator.core.day.derive import derive_state  # noqa: E402
from facilitator.core.day.runner import Runner  # noqa: E402

CYCLE = ("pause", "resume", "adjust", "start_exercise", "next_phase")


def busy_day(n_events: int) -> Runner:
    """A day with n_events commands: blocks moved through, pauses, +1 min, exercises."""
    clock = FakeClock(at(9, 0))
    runner = Runner(make_session(), clock)
    runner.start_day()
    step = 0
    while len(runner.events) < n_events:
        clock.advance(5)
        name = CYCLE[step % len(CYCLE)]
        runner.adjust(60) if name == "adjust" else getattr(runner, name)()
        if step % 40 == 39:
            runner.goto_block((step // 40) % 10)
        step += 1
    return runner


def best(fn, number: int) -> float:
    return min(timeit.repeat(fn, number=number, repeat=5)) / number


def main() -> None:
    print(f"{'events':>7} {'state() ms':>11} {'% of 1 s':>9} {'x replay':>10}")
    for n in (50, 500, 2000):
        runner = busy_day(n)
        per_state = best(runner.state, 20)
        replay = best(lambda: derive_state(runner.session, runner.events, runner.clock.now()), 20)
        print(f"{n:>7} {per_state * 1e3:>11.2f} {per_state * 100:>8.2f}% {per_state / replay:>10.2f}")


if __name__ == "__main__":
    main()
