"""A report-back round driven with a fake clock: six groups of 4 min with a 1 min changeover,
shuffled before it starts, a minute added to a group, a group skipped. At each step: who
presents, the countdown, 'Gruppe 2 af 6 — næste: Gruppe 3', and when the day ends."""
from __future__ import annotations

from engine_day import M, at, hm
from facilitator.core.day.clock import FakeClock
from facilitator.core.day.derive import derive_state
from facilitator.core.day.round_words import round_line
from facilitator.core.day.runner import Runner
from facilitator.core.session.model import Block, BlockKind, ReportBack, Session
from facilitator.core.timefmt import format_countdown


def session(groups=6, duration=None) -> Session:
    rb = ReportBack(per_group=4 * M, changeover=1 * M, groups=groups)
    blocks = [
        Block("intro", "Intro", BlockKind.TALK, 30 * M),
        Block("runde", "Fremlæggelser", BlockKind.EXERCISE,
              duration or rb.duration(groups or 0), report_back=rb),
        Block("afslutning", "Afslutning", BlockKind.TALK, 30 * M, min_duration=15 * M),
    ]
    return Session("Dag", "da", 9 * 60, blocks, date="2026-11-26")


def seen(runner):
    """(group on the wall, its countdown, the round line, the day's projected end)."""
    s = runner.state()
    r = s.round
    name = "" if r.current is None else (r.current.name or f"Gruppe {r.current.index + 1}")
    left = "" if r.remaining is None else format_countdown(r.remaining)
    return name, left, round_line(r, "da"), hm(s.projected_end)


def test_six_groups_shuffled_with_a_minute_added_and_a_skip():
    clock = FakeClock(at(9, 0))
    runner = Runner(session(), clock)
    s = runner.state()
    assert s.blocks[1].planned_duration == 29 * M  # 6 x 4 min + 5 changeovers of 1 min
    assert hm(s.planned_end) == "10.29"

    runner.start_day()
    clock.advance(30 * M)
    runner.next_block()  # 09.30: the round block, nobody presents yet
    runner.shuffle_round(1, seed=7)
    r = runner.state().round
    order = [g.index + 1 for g in r.groups]
    assert order == [5, 1, 6, 4, 2, 3]  # the order shown before it starts
    assert round_line(r, "da") == "Første: Gruppe 5"
    assert seen(runner)[3] == "10.29"

    runner.next_group()  # the clicker: the first group presents
    assert seen(runner) == ("Gruppe 5", "04:00", "Gruppe 5 (1 af 6) — næste: Gruppe 1", "10.29")

    clock.advance(3 * M)
    runner.adjust_group(60)  # 09.33: a minute more for group 5
    assert seen(runner) == ("Gruppe 5", "02:00", "Gruppe 5 (1 af 6) — næste: Gruppe 1", "10.30")

    clock.advance(2 * M + 30)  # 09.35.30: 30 s over time; the groups after it are not squeezed
    assert seen(runner) == ("Gruppe 5", "+00:30", "Gruppe 5 (1 af 6) — næste: Gruppe 1", "10.30")
    runner.next_group()
    # 09.35.30 + 4 min + 4 x (1 + 4) min for the others = 09.59.30, then 30 min: 10.29.30
    assert seen(runner) == ("Gruppe 1", "04:00", "Gruppe 1 (2 af 6) — næste: Gruppe 6", "10.29")

    clock.advance(1 * M)
    runner.skip_group()  # 09.36.30: group 1 stops; group 6 presents now
    assert seen(runner) == ("Gruppe 6", "04:00", "Gruppe 6 (3 af 6) — næste: Gruppe 4", "10.25")
    assert [g.status for g in runner.state().round.groups] == [
        "done", "skipped", "presenting", "waiting", "waiting", "waiting"]

    clock.advance(4 * M)
    runner.next_group()  # 09.40.30
    assert seen(runner) == ("Gruppe 4", "04:00", "Gruppe 4 af 6 — næste: Gruppe 2", "10.24")
    clock.advance(4 * M)
    runner.next_group()
    clock.advance(4 * M)
    runner.next_group()  # 09.48.30: the last group
    assert seen(runner) == ("Gruppe 3", "04:00", "Gruppe 3 (6 af 6) — sidste gruppe", "10.22")
    clock.advance(3 * M)
    runner.next_group()  # 09.51.30: done early; the round's block is over
    s = runner.state()
    assert round_line(s.round, "da") == "Alle grupper har fremlagt"
    assert (s.remaining, hm(s.projected_end)) == (0, "10.21")

    # every command is in the journal: a replay lands on the same state
    again = derive_state(runner.session, runner.events, clock.now())
    assert again == runner.state()


def test_replay_mid_round_comes_back_on_the_same_group_with_its_time():
    clock = FakeClock(at(9, 0))
    runner = Runner(session(), clock)
    runner.start_day()
    clock.advance(30 * M)
    runner.next_block()
    runner.shuffle_round(1)  # a seed of the runner's own choosing, kept in the journal
    runner.next_group()
    clock.advance(4 * M)
    runner.next_group()
    clock.advance(4 * M)
    runner.next_group()
    clock.advance(70)  # 1 min 10 s into the third group
    resumed = Runner(runner.session, clock, events=runner.events)
    assert resumed.state().round == runner.state().round
    assert resumed.state().round.position == 2
    assert format_countdown(resumed.state().round.remaining) == "02:50"


def test_groups_added_on_the_day_move_the_plan_and_the_projection():
    """A round of the workshop's journeys plans 20 min; six journeys take 29 min."""
    clock = FakeClock(at(9, 0))
    runner = Runner(session(groups=None, duration=20 * M), clock)
    runner.start_day()
    s = runner.state()
    assert (s.blocks[1].planned_duration, hm(s.projected_end), s.catch_up) == (20 * M, "10.20", None)
    runner.set_round_groups(1, [(f"gruppe-{n}", f"Gruppe {n}") for n in range(1, 7)])
    s = runner.state()
    assert s.blocks[1].planned_duration == 29 * M
    assert hm(s.projected_end) == "10.29"
    # the closing talk may lose up to 15 min: the plan proposes 9
    assert s.catch_up is not None and s.catch_up.cuts == ((2, 9 * M),)
    clock.advance(30 * M)
    runner.next_block()
    runner.next_group()
    runner.set_round_groups(1, [(f"gruppe-{n}", f"Gruppe {n}") for n in range(1, 8)])  # a late group
    s = runner.state()
    assert len(s.round.groups) == 7 and hm(s.projected_end) == "10.34"
    assert round_line(s.round, "da") == "Gruppe 1 af 7 — næste: Gruppe 2"


def test_round_commands_outside_a_round_change_nothing():
    clock = FakeClock(at(9, 0))
    runner = Runner(session(), clock)
    runner.next_group()  # before the day
    runner.start_day()
    runner.next_group()  # on the intro, no round
    runner.skip_group()
    runner.adjust(60)  # the intro's own +1 min
    s = runner.state()
    assert s.round is None and s.remaining == 31 * M
    assert s.blocks[1].planned_duration == 29 * M


def test_a_group_whose_time_is_up_chimes_once():
    from facilitator.core.day.cues import timer_endings

    clock = FakeClock(at(9, 0))
    runner = Runner(session(), clock)
    runner.start_day()
    clock.advance(30 * M)
    runner.next_block()
    runner.next_group()
    clock.advance(4 * M - 1)
    before = runner.state()
    clock.advance(1)
    at_zero = runner.state()
    clock.advance(1)
    assert timer_endings(before, at_zero) == ("group",)
    assert timer_endings(at_zero, runner.state()) == ()


def test_the_runners_own_seeds_survive_the_journal(tmp_path):
    """A seed the journal refused (larger than a journal line may hold) would lose the order on replay."""
    from facilitator.core.day.journal import Journal

    path = tmp_path / "journal.jsonl"
    clock = FakeClock(at(9, 0))
    with Journal(path) as journal:
        runner = Runner(session(), clock, journal)
        runner.start_day()
        runner.next_block()
        for _ in range(50):
            runner.shuffle_round(1)
    events, warnings = Journal.read(path)
    assert warnings == [] and len(events) == 52
    assert Runner(runner.session, clock, events=events).state().round == runner.state().round


def test_a_journey_renamed_during_the_round_keeps_its_place():
    from facilitator.core.day.round_state import rounds_to_regroup

    clock = FakeClock(at(9, 0))
    runner = Runner(session(groups=None, duration=20 * M), clock)
    runner.start_day()
    journeys = [("gruppe-1", "Gruppe 1"), ("gruppe-2", "Gruppe 2")]
    assert rounds_to_regroup(runner.session, runner.round_of, journeys) == [1]
    runner.set_round_groups(1, journeys)
    assert rounds_to_regroup(runner.session, runner.round_of, journeys) == []
    runner.next_block()
    runner.next_group()
    renamed = [("gruppe-1", "Team Blå"), ("gruppe-2", "Gruppe 2")]
    assert rounds_to_regroup(runner.session, runner.round_of, renamed) == [1]
    runner.set_round_groups(1, renamed)
    r = runner.state().round
    assert [g.name for g in r.groups] == ["Team Blå", "Gruppe 2"]
    assert round_line(r, "da") == "Team Blå (1 af 2) — næste: Gruppe 2"
    # a journey deleted mid-round: its group stays in the round
    assert rounds_to_regroup(runner.session, runner.round_of, renamed[:1]) == []
