"""A fixed start is kept (issue 9, item 1): the English afternoon, 15 min late."""
from __future__ import annotations

from english_day import M, MAPPING, REPORT, WRAP, at, hm, late_day


def test_a_fixed_start_keeps_its_time_and_names_the_block_that_must_give():
    runner, clock = late_day()
    s = runner.state()
    assert (s.current, s.remaining, s.exercise.remaining) == (MAPPING, 35 * M, 35 * M)
    report = s.blocks[REPORT]
    assert (hm(report.projected_start), hm(report.projected_end)) == ("16:50", "17:00")
    assert report.late_by == 15 * M
    (c,) = s.conflicts
    assert (c.fixed, c.gives, hm(c.must_end), c.left, c.needs) == (REPORT, MAPPING, "16:50", 20 * M, 35 * M)
    assert s.drift == 15 * M  # if nothing gives, the day ends 17.55


def test_the_catch_up_plan_cuts_the_running_exercise_and_the_room_sees_it():
    runner, clock = late_day()
    assert runner.state().catch_up.cuts == ((MAPPING, 15 * M),)
    runner.accept_catch_up()
    s = runner.state()
    assert (s.remaining, s.exercise.remaining, s.exercise.phase_remaining) == (20 * M, 20 * M, 20 * M)
    assert s.conflicts == () and s.catch_up is None and s.drift == 0
    assert hm(s.blocks[REPORT].projected_start) == "16:50"


def test_when_nothing_can_be_cut_the_plan_says_what_will_be_late():
    runner, clock = late_day(until=(16, 45))  # 20 min left of the mapping, room only 20 of them
    runner.accept_catch_up()
    clock.advance(25 * M)  # 17.10: the mapping runs 25 min over its cut end
    s = runner.state()
    assert s.catch_up.cuts == ((WRAP, 15 * M),)
    assert s.catch_up.late_starts == ((REPORT, 20 * M),)
    assert s.blocks[REPORT].late_by == 20 * M and hm(s.blocks[REPORT].projected_start) == "16:50"


def test_the_running_block_is_cut_only_down_to_its_minimum():
    runner, clock = late_day(start=(13, 40))  # 25 min late: the mapping may lose only 20
    s = runner.state()
    assert s.blocks[REPORT].late_by == 25 * M
    assert s.catch_up.cuts == ((MAPPING, 20 * M), (WRAP, 5 * M))
    assert s.catch_up.late_starts == ((REPORT, 5 * M),) and s.catch_up.late_after == 0


def test_before_the_day_there_is_the_plan_and_no_lateness():
    """The seed day at 19.27, not started: lunch at 11.30, not 20.57; no drift, no plan."""
    from engine_day import at as seed_at, hm as seed_hm, make_session
    from facilitator.core.day.clock import FakeClock
    from facilitator.core.day.runner import Runner

    s = Runner(make_session(), FakeClock(seed_at(19, 27))).state()
    assert (seed_hm(s.blocks[5].projected_start), s.blocks[5].block.title) == ("11.30", "Frokost")
    assert s.drift == 0 and s.catch_up is None and s.conflicts == ()
    # as the day will say once started: five hours from now, less the cake break before the
    # (long past) 13.00, which a late start shortens to nothing
    assert seed_hm(s.start_now_end) == "00.12"
    s = Runner(make_session(), FakeClock(seed_at(8, 30))).state()
    assert s.start_now_end is None and seed_hm(s.projected_end) == "14.00"


def test_starting_now_ends_when_the_started_day_will_end():
    """The seed day at 09.10, not started: 'Starting now: ends 14.00', as the day says once
    started (the cake break before the fixed 13.00 absorbs the 10 min); it said 14.10."""
    from engine_day import at as seed_at, hm as seed_hm, make_session
    from facilitator.core.day.clock import FakeClock
    from facilitator.core.day.runner import Runner

    for late in ((9, 10), (9, 40), (12, 0)):
        runner = Runner(make_session(), FakeClock(seed_at(*late)))
        before = runner.state().start_now_end
        runner.start_day()
        assert seed_hm(before) == seed_hm(runner.state().projected_end), late
    assert seed_hm(Runner(make_session(), FakeClock(seed_at(9, 10))).state().start_now_end) == "14.00"
