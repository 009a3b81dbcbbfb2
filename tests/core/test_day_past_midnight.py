"""An evening workshop that runs past midnight is still today's run: a restart at 00.10
resumes it from yesterday's workshop folder and the planner still protects its blocks,
while a day that ended, or began more than a working day ago, is over."""
from __future__ import annotations

import datetime as dt
import time

from facilitator.core import workshop
from facilitator.core.day.events import END_DAY, NEXT_BLOCK, START_DAY, Event
from facilitator.core.day.journal import Journal
from facilitator.core.workshop import JournalChoice, default_workshop_dir, open_journal, todays_run

EVENING = dt.datetime(2026, 11, 29, 19, 0)
AFTER_MIDNIGHT = dt.datetime(2026, 11, 30, 0, 10)


def _events(*kinds_at):
    return [Event(at.timestamp(), kind) for kind, at in kinds_at]


def test_a_day_begun_yesterday_evening_is_todays_run_until_it_ends():
    running = _events((START_DAY, EVENING), (NEXT_BLOCK, EVENING + dt.timedelta(hours=4)))
    now = AFTER_MIDNIGHT.timestamp()
    assert todays_run(running, AFTER_MIDNIGHT.date(), now)
    ended = running + _events((END_DAY, EVENING + dt.timedelta(hours=5)))
    assert not todays_run(ended, AFTER_MIDNIGHT.date(), now)
    two_days_ago = _events((START_DAY, EVENING - dt.timedelta(days=1)))
    assert not todays_run(two_days_ago, AFTER_MIDNIGHT.date(), now)
    yesterday_morning = _events((START_DAY, dt.datetime(2026, 11, 29, 5, 0)))  # 19 h ago: over
    assert not todays_run(yesterday_morning, AFTER_MIDNIGHT.date(), now)
    assert todays_run(_events((START_DAY, dt.datetime(2026, 11, 30, 0, 5))), AFTER_MIDNIGHT.date(), now)


def test_a_restart_after_midnight_asks_to_resume_the_evening(tmp_path):
    folder = tmp_path / "ws"
    folder.mkdir()
    with Journal(workshop.journal_path(folder)) as j:
        for e in _events((START_DAY, EVENING), (NEXT_BLOCK, EVENING + dt.timedelta(hours=5))):
            j.append(e)
    asked = []
    opened = open_journal(folder, [], None, ask=lambda evs: asked.append(len(evs)) or True,
                          today=AFTER_MIDNIGHT.date(), now=AFTER_MIDNIGHT.timestamp())
    assert asked == [2] and opened.choice is JournalChoice.REPLAY and len(opened.events) == 2


def test_the_default_folder_after_midnight_is_yesterdays_while_its_day_runs(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    session = tmp_path / "aften.yaml"
    today = dt.date.today()
    yesterdays = default_workshop_dir(session, today - dt.timedelta(days=1))
    assert default_workshop_dir(session) == default_workshop_dir(session, today)  # nothing runs
    yesterdays.mkdir(parents=True)
    with Journal(workshop.journal_path(yesterdays)) as j:
        j.append(Event(time.time() - 3 * 3600, START_DAY))  # begun three hours ago, not ended
    assert default_workshop_dir(session) == yesterdays
    with Journal(workshop.journal_path(yesterdays)) as j:
        j.append(Event(time.time() - 60, END_DAY))
    assert default_workshop_dir(session) == default_workshop_dir(session, today)  # it ended


NIGHT_SESSION = """format: 1
title: Natværksted
language: da
start: "22:00"
blocks:
  - {id: a, title: Oplæg om natten, kind: talk, duration: 1h55m}
  - {id: p, title: Midnatspause, kind: break, duration: 15m}
  - {id: b, title: Øvelse efter midnat, kind: exercise, duration: 20m}
  - {id: c, title: Afslutning, kind: talk, duration: 15m, start: "00:40"}
"""


def test_a_fixed_start_after_midnight_in_an_evening_day_is_the_next_day():
    """'00:40' after blocks that end at 00.30 is ten minutes later, not 24 hours earlier
    (check refused it: 'starts at 00.40, before the block before it ends at 00.30')."""
    from facilitator.core.day.clock import FakeClock
    from facilitator.core.day.runner import Runner
    from facilitator.core.session.loader import load_session_text
    from facilitator.core.session.schedule import planned_schedule
    from facilitator.core.timefmt import format_clock_seconds

    session = load_session_text(NIGHT_SESSION, "nat.yaml")
    assert [format_clock_seconds(p.start) for p in planned_schedule(session)] == ["22.00", "23.55", "00.10", "00.40"]
    clock = FakeClock(dt.datetime(2026, 11, 29, 22, 0))
    runner = Runner(session, clock)
    runner.start_day()
    clock.advance(130 * 60)  # 00.10: the exercise after midnight begins on time
    runner.next_block()
    runner.next_block()
    state = runner.state()
    assert dt.datetime.fromtimestamp(state.blocks[3].projected_start) == dt.datetime(2026, 11, 30, 0, 40)
    assert dt.datetime.fromtimestamp(state.projected_end) == dt.datetime(2026, 11, 30, 0, 55)


def test_the_planner_reads_a_fixed_start_after_midnight_the_same_way():
    """The planner's agenda: 10 min free before Afslutning 00.40, not a conflict of a day."""
    from types import SimpleNamespace as Row

    from facilitator.core.session.plan_rules import day_end, fixed_start_notes

    rows = [Row(title="Oplæg om natten", duration=115 * 60, fixed_start=None),
            Row(title="Midnatspause", duration=15 * 60, fixed_start=None),
            Row(title="Øvelse efter midnat", duration=20 * 60, fixed_start=None),
            Row(title="Afslutning", duration=15 * 60, fixed_start=40)]
    [note] = fixed_start_notes(22 * 60, rows)
    assert (note.kind, note.minutes, note.title) == ("gap", 10, "Afslutning")
    assert day_end(22 * 60, rows) == (24 * 60 + 55) * 60


EVENING_TYPO = """\
format: 1
title: Evening workshop
language: en
start: "19:00"
blocks:
  - {id: welcome, title: Welcome, kind: talk, duration: 30m}
  - {id: dinner, title: Dinner, kind: break, duration: 45m, start: "18:30"}
  - {id: wrap, title: Wrap-up, kind: talk, duration: 20m}
"""


def test_a_fixed_start_just_before_an_evening_begins_is_a_conflict_not_tomorrow(tmp_path, capsys):
    """'18:30' (meant 19:30) in a 19.00 evening was read as 18.30 the next day: check said
    'the day runs past midnight' and '1380 min free before Dinner'. It is today's, an hour
    before the block before it ends, as a morning day says it."""
    from facilitator.cli import main

    path = tmp_path / "evening.yaml"
    path.write_text(EVENING_TYPO, encoding="utf-8")
    assert main(["check", str(path)]) == 1
    said = capsys.readouterr().err
    assert (f"{path}:7:68: block 'dinner' starts at 18:30, before the block before it ('welcome') ends at "
            "19:30 as planned" in said)
    assert "past midnight" not in said and "1380 min" not in said


def test_the_planner_shows_the_same_conflict():
    from types import SimpleNamespace as Row

    from facilitator.core.session.plan_rules import fixed_start_notes

    rows = [Row(title="Welcome", duration=30 * 60, fixed_start=None),
            Row(title="Dinner", duration=45 * 60, fixed_start=18 * 60 + 30),
            Row(title="Wrap-up", duration=20 * 60, fixed_start=None)]
    [note] = fixed_start_notes(19 * 60, rows)
    assert (note.kind, note.minutes, note.title) == ("conflict", 60, "Dinner")
