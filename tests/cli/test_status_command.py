"""`facilitator status` replays a workshop folder's journal and prints where the day stands."""
from __future__ import annotations

import datetime as dt

import pytest

from engine_day import M, at, make_session
from facilitator.cli import main, status_command
from facilitator.core import workshop as storage
from facilitator.core.day.clock import FakeClock
from facilitator.core.day.events import Event
from facilitator.core.day.journal import Journal
from facilitator.core.day.runner import Runner


@pytest.fixture
def workshop(tmp_path, monkeypatch):
    """A folder where the day ran 09.04-09.40: the intro ran 2 min over, the exercise is on."""
    session_file = tmp_path / "sociale-medier.yaml"
    session_file.write_text("# the test's session is built in Python\n")
    monkeypatch.setattr(status_command, "load_or_report", lambda path: make_session())
    folder = storage.prepare_workshop_dir(session_file, tmp_path / "workshop", dt.date(2026, 11, 26))
    clock = FakeClock(at(9, 4))
    with Journal(storage.journal_path(folder)) as j:
        runner = Runner(make_session(), clock, j)
        runner.start_day()
        clock.advance(32 * M)
        runner.next_block()
        runner.start_exercise()
        clock.advance(4 * M)
        runner.adjust(-10 * M)
    return folder


def test_status_in_danish(workshop, capsys):
    assert main(["status", "--workshop-dir", str(workshop), "--at", "2026-11-26T09:45"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "Workshop om sociale medier — 09.45",
        "Blok 2 af 11: Øvelse: Fremtidsfortælling — 11:00 tilbage",
        # the −10 min was given while the exercise ran: it ended the first phase (6 min left)
        # and took the other 4 from the second
        "Øvelse: Fremtidsfortælling — 01:00 tilbage",
        "Fase 2 af 2: Hold talen for sidemanden — 01:00 tilbage",
        "Til tiden — slutter 14.00",
        "Resten af dagen:",
        "  09.56  Hvorfor bruge de sociale medier",
        "  10.26  Pause",
        "  10.41  De fem største sociale medier",
        "  11.30* Frokost",
        "  12.00  Adfærd på sociale medier",
        "  12.20  Øvelse: De sociale medier i værdikæden",
        "  12.45  Pause og kage",
        "  13.00* Den sociale mediestrategi",
        "  13.45  Opsamling, spørgsmål og evaluering",
    ]


@pytest.mark.parametrize("flag", ["--lang", "--language"])  # one name as in `run`, the old one kept
def test_status_in_english_with_overtime_and_drift(workshop, capsys, flag):
    assert main(["status", "--workshop-dir", str(workshop), "--at", "2026-11-26T10:30",
                 flag, "en"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Workshop om sociale medier — 10:30",
        "Block 2 of 11: Øvelse: Fremtidsfortælling — 34:00 overtime",
        "Exercise: Fremtidsfortælling — 44:00 overtime",
        "Phase 2 of 2: Hold talen for sidemanden — 44:00 overtime",
        "15 min late — ends 14:15",
        "Still to come:",
        "  10:30  Hvorfor bruge de sociale medier",
        "  11:00  Pause",
        "  11:15  De fem største sociale medier",
        # lunch keeps 11.30: the block before it is named, with what it has left
        "  11:30* Frokost — De fem største sociale medier must end at 11:30: 15:00 left, not 45:00",
        "  12:00  Adfærd på sociale medier",
        "  12:20  Øvelse: De sociale medier i værdikæden",
        "  12:45  Pause og kage",
        "  13:00* Den sociale mediestrategi",
        "  13:45  Opsamling, spørgsmål og evaluering",
        "Catch-up proposal: Hvorfor bruge de sociale medier −10 min, De fem største sociale medier −15 min",
        "Frokost will start 5 min late",
    ]


def test_status_without_a_journal_says_so(tmp_path, capsys):
    assert main(["status", "--workshop-dir", str(tmp_path)]) == 1
    assert "no run journal in" in capsys.readouterr().err


def test_status_names_a_damaged_journal_line(workshop, capsys):
    with open(storage.journal_path(workshop), "a") as f:
        f.write('{"t": 1, "typ')
    assert main(["status", "--workshop-dir", str(workshop), "--at", "2026-11-26T09:45"]) == 0
    captured = capsys.readouterr()
    assert "skipped a torn last line" in captured.err and "11:00 tilbage" in captured.out


def test_status_needs_to_know_the_session(tmp_path, capsys):
    with Journal(storage.journal_path(tmp_path)) as j:
        Runner(make_session(), FakeClock(at(9, 0)), j).start_day()
    assert main(["status", "--workshop-dir", str(tmp_path)]) == 1
    assert "--session FILE" in capsys.readouterr().err


def test_status_before_the_start_and_after_the_end(workshop, tmp_path, capsys):
    other = tmp_path / "other"
    with Journal(storage.journal_path(other)) as j:
        runner = Runner(make_session(), FakeClock(at(8, 40)), j)
        runner.check_clock()
        runner.clock.sleep(600)
        runner.check_clock()  # a clock jump logged before the day started
    args = ["status", "--workshop-dir", str(other), "--session", "x.yaml", "--at", "2026-11-26T08:55"]
    assert main(args) == 0
    assert "Dagen er ikke startet (planlagt 09.00–14.00)." in capsys.readouterr().out
    with Journal(storage.journal_path(workshop)) as j:
        j.append(Event(at(13, 58), "end_day"))
    assert main(["status", "--workshop-dir", str(workshop), "--at", "2026-11-26T15:00"]) == 0
    out = capsys.readouterr().out
    assert "Dagen sluttede kl. 13.58." in out and "2 min foran — slutter 13.58" in out


def test_status_at_an_earlier_time_leaves_out_later_commands(workshop, capsys):
    """--at 09.20 is before the 09.36 'next block': the intro is still on, not the exercise."""
    assert main(["status", "--workshop-dir", str(workshop), "--at", "2026-11-26T09:20"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith("Blok 1 af 11:") and "14:00 tilbage" in out[1]
    assert not any(line.startswith("Øvelse") for line in out[2:])


def test_status_with_a_malformed_at_is_a_usage_error(workshop, capsys):
    from cli_helpers import run_cli

    result = run_cli("status", "--workshop-dir", str(workshop), "--at", "half past nine")
    assert result.code == 2 and "2026-11-26T10:20" in result.err


def test_status_during_lunch_names_it_and_says_when_we_start_again(tmp_path, monkeypatch, capsys):
    session_file = tmp_path / "s.yaml"
    session_file.write_text("# built in Python\n")
    monkeypatch.setattr(status_command, "load_or_report", lambda path: make_session())
    folder = storage.prepare_workshop_dir(session_file, tmp_path / "w", dt.date(2026, 11, 26))
    clock = FakeClock(at(9, 0))
    with Journal(storage.journal_path(folder)) as j:
        runner = Runner(make_session(), clock, j)
        runner.start_day()
        clock.set_wall(at(11, 30))
        runner.goto_block(5)  # Frokost, fixed at 11.30, before the block after it
    assert main(["status", "--workshop-dir", str(folder), "--at", "2026-11-26T11:40"]) == 0
    out = capsys.readouterr().out
    assert "Frokost — vi starter igen kl. 12.00" in out
