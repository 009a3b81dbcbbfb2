"""The warmer's pace: after a step it rests until the step's CPU time is WARM_SHARE of the
time since it began, so warming never takes more than that share of a core on average."""
from __future__ import annotations

import pytest

from facilitator.core.slides.warm_pace import WARM_SHARE, WarmPace


class FakeCpu:
    """This thread's CPU time; a step spends what the test says."""

    def __init__(self) -> None:
        self.time = 0.0

    def __call__(self) -> float:
        return self.time

    def step(self, seconds: float):
        def spend() -> str:
            self.time += seconds
            return "done"
        return spend


def test_the_first_step_may_run_at_once():
    assert WarmPace().ready(0.0)


def test_a_step_rests_for_its_cpu_time_over_the_share():
    cpu = FakeCpu()
    pace = WarmPace(share=0.003, cpu=cpu)
    assert pace.run(cpu.step(0.006), now=100.0) == "done"  # the step's own result
    assert not pace.ready(101.0) and pace.rest_left(101.0) == pytest.approx(1.0)
    assert pace.ready(102.0) and pace.rest_left(102.0) == 0.0


def test_a_dearer_step_rests_longer_and_a_free_one_not_at_all():
    cpu = FakeCpu()
    pace = WarmPace(share=0.003, cpu=cpu)
    pace.run(cpu.step(0.012), now=0.0)  # a chart slide
    assert pace.rest_left(0.0) == pytest.approx(4.0)
    pace.run(cpu.step(0.0), now=4.0)  # nothing left to render
    assert pace.ready(4.0)


def test_over_a_warm_up_the_share_of_a_core_is_kept():
    """Steps of 3-10 ms run whenever the pace allows, at whole seconds (the countdown's
    boundaries): over the warm-up the CPU spent is within the share of the time."""
    cpu = FakeCpu()
    pace = WarmPace(cpu=cpu)
    costs = [0.010] + [0.003, 0.0045, 0.008, 0.005] * 5
    now, steps = 0, 0
    while steps < len(costs):
        if pace.ready(now):
            pace.run(cpu.step(costs[steps]), now)
            steps += 1
        now += 1
    assert cpu.time / (now + pace.rest_left(now)) <= WARM_SHARE
    assert now < 2 * cpu.time / WARM_SHARE  # and not much slower than the share asks


def test_a_rehearsal_clock_rests_as_long_in_real_seconds():
    cpu = FakeCpu()
    pace = WarmPace(share=0.003, cpu=cpu)
    pace.run(cpu.step(0.006), now=0.0, speed=10.0)  # its clock runs ten times faster
    assert pace.rest_left(0.0) == pytest.approx(20.0)


def test_a_step_that_fails_still_rests():
    cpu = FakeCpu()
    pace = WarmPace(share=0.003, cpu=cpu)

    def broken():
        cpu.time += 0.006
        raise RuntimeError("render failed")
    with pytest.raises(RuntimeError):
        pace.run(broken, now=0.0)
    assert pace.rest_left(0.0) == pytest.approx(2.0)


def test_the_share_must_be_positive():
    with pytest.raises(ValueError):
        WarmPace(share=0.0)
