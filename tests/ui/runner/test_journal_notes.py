"""What the presenter's status bar (and stderr) says about a damaged journal as the day
opens: in the facilitator's language, a few lines and how many more, a file that is no
journal at all set aside by name."""
from __future__ import annotations

from datetime import datetime

from seed_day import open_day
from facilitator.core import workshop
from facilitator.core.day.clock import FakeClock
from facilitator.core.day.journal import Journal
from facilitator.core.day.runner import Runner
from facilitator.core.session.loader import load_session
from facilitator.bundled import default_session_path
from facilitator.ui import app as app_module

NINE = datetime(2026, 11, 26, 9, 0, 0)


def seed_journal(folder) -> list[bytes]:
    """The seed day started at 9.00 and paused and resumed, in the folder's journal; its lines."""
    session = load_session(default_session_path())
    clock = FakeClock(NINE)
    with Journal(workshop.journal_path(folder)) as j:
        runner = Runner(session, clock, j)
        runner.start_day()
        for _ in range(2):
            clock.advance(60)
            runner.pause()
            clock.advance(60)
            runner.resume()
    return workshop.journal_path(folder).read_bytes().splitlines()


def opened_with(folder, lines: list[bytes]):
    workshop.journal_path(folder).write_bytes(b"\n".join(lines))
    ids = [b.id for b in load_session(default_session_path()).blocks]
    return workshop.open_journal(folder, ids, resume=True, now=NINE.timestamp() + 3600)


def test_skipped_lines_are_named_in_danish(qtbot, tmp_path, danish, capsys):
    folder = tmp_path / "w"
    lines = seed_journal(folder)
    opened = opened_with(folder, lines + [lines[2], b'{"t": 17957'])  # a duplicate, a torn last line
    _session, _controller, presenter, _wall = open_day(qtbot, tmp_path)
    app_module.show_journal_notes(presenter, opened, folder)
    shown = presenter.statusBar().currentMessage()
    assert "journal.jsonl:7: sprang en afrevet sidste linje over" in shown
    assert "journal.jsonl:6: udeladt: en gentagelse af linje 3" in shown
    assert "skipped" not in shown and "duplicate" not in shown
    assert "journal.jsonl:7: sprang en afrevet sidste linje over" in capsys.readouterr().err


def test_a_binary_file_among_the_lines_is_summed_up_not_listed(qtbot, tmp_path, capsys):
    """10,000 lines of noise after the day: stderr names the first three and counts the
    rest, not ten thousand lines; the status bar names as many as its one line holds and
    the count, in sight."""
    folder = tmp_path / "w"
    lines = seed_journal(folder)
    opened = opened_with(folder, lines + [b"\x00\x17\xff binary noise %d" % k for k in range(10_000)])
    assert len(opened.skipped) == 10_000 and len(opened.events) == len(lines)
    _session, _controller, presenter, _wall = open_day(qtbot, tmp_path)
    app_module.show_journal_notes(presenter, opened, folder)
    bar = presenter.statusBar()
    shown = bar.currentMessage()
    assert shown.startswith("journal.jsonl:6: skipped a garbled line")
    assert "journal.jsonl:9:" not in shown and shown.endswith("more lines skipped")
    assert bar.fontMetrics().horizontalAdvance(shown) <= bar.width()
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 4 and err[-1] == f"{folder}: … and 9997 more lines skipped"
    assert err[0].startswith(f"{folder}: journal.jsonl:6: skipped a garbled line") and "journal.jsonl:8:" in err[2]


def test_a_journal_saved_as_utf16_is_set_aside_and_the_day_starts_a_fresh_one(qtbot, tmp_path, danish):
    """Notepad saved the journal as UTF-16: not one line of it reads. It is kept under
    another name (never appended to), the facilitator is told so, and the day's commands
    go to a fresh journal."""
    import os

    folder = tmp_path / "w"
    lines = seed_journal(folder)
    utf16 = b"\r\n".join(lines).decode("utf-8").encode("utf-16")
    workshop.journal_path(folder).write_bytes(utf16)
    os.utime(workshop.journal_path(folder), (NINE.timestamp(), NINE.timestamp()))
    ids = [b.id for b in load_session(default_session_path()).blocks]
    opened = workshop.open_journal(folder, ids, resume=None, now=NINE.timestamp() + 3600)
    kept = folder / "journal-2026-11-26.jsonl"
    assert kept.read_bytes() == utf16 and not workshop.journal_path(folder).exists()
    assert opened.events == []

    _session, controller, presenter, _wall = open_day(qtbot, tmp_path)
    app_module.show_journal_notes(presenter, opened, folder)
    shown = presenter.statusBar().currentMessage()
    assert "kunne slet ikke læses" in shown and "journal-2026-11-26.jsonl" in shown
    assert "sprang" not in shown  # its lines are not listed one by one: the file was set aside

    with Journal(workshop.journal_path(folder)) as j:
        Runner(load_session(default_session_path()), FakeClock(NINE), j).start_day()
    assert workshop.journal_path(folder).read_bytes().count(b"\n") == 1  # a fresh journal, no mix
    assert kept.read_bytes() == utf16


def test_a_journal_with_some_good_lines_is_kept_and_replayed(tmp_path):
    folder = tmp_path / "w"
    lines = seed_journal(folder)
    opened = opened_with(folder, lines + [b"\xff\xfe\x00garbage"] * 3)
    assert opened.choice is workshop.JournalChoice.REPLAY and len(opened.events) == len(lines)
    assert workshop.journal_path(folder).exists() and opened.kept is None


def test_resuming_after_the_question_replays_the_journal_once(qtbot, tmp_path, monkeypatch):
    """The resume question says where the day is, which replays the journal; the day then
    goes on from that replay, not from a second one (a 50 MB journal replays in seconds)."""
    import time

    from PySide6.QtWidgets import QApplication

    from facilitator.core.day.replay import DayFold

    folder = tmp_path / "ws"
    with Journal(workshop.journal_path(folder)) as j:  # today's day, begun ten minutes ago
        runner = Runner(load_session(default_session_path()), FakeClock(time.time() - 600), j)
        runner.start_day()
        runner.pause()
        runner.resume()
    replays, asked, shown = [], [], {}
    real_apply_all = DayFold.apply_all

    def counted(fold, events):
        replays.append(len(list(events)))
        real_apply_all(fold, events)

    def exec_once_shown():
        from facilitator.ui.runner.participant_window import ParticipantWindow
        from facilitator.ui.runner.presenter_window import PresenterWindow

        for window in QApplication.topLevelWidgets():
            if isinstance(window, (PresenterWindow, ParticipantWindow)) and window.isVisible():
                shown[type(window).__name__] = window
                window.close()
        return 0

    monkeypatch.setattr(DayFold, "apply_all", counted)
    monkeypatch.setattr(app_module, "_ask_resume", lambda n, where: asked.append((n, where)) or True)
    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_once_shown))
    assert app_module.run_app(default_session_path(), folder, "en", resume=None) == 0
    assert asked and asked[0][0] == 3 and "left" in asked[0][1]  # the question said where the day is
    assert replays == [3] and set(shown) == {"PresenterWindow", "ParticipantWindow"}
