"""The workshop folder and atomic writes."""
from __future__ import annotations

import datetime as dt
import json
import os
import sys

import pytest

from engine_day import at
from facilitator.core import workshop as storage
from facilitator.core.day.events import Event
from facilitator.core.day.journal import Journal


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG layout")
def test_default_folder_is_per_session_and_date_under_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    folder = storage.default_workshop_dir("/x/sociale-medier-090310.yaml", dt.date(2026, 11, 26))
    assert folder == tmp_path / "facilitator" / "workshops" / "sociale-medier-090310-2026-11-26"


def test_prepare_creates_the_folder_and_records_the_session(tmp_path):
    session = tmp_path / "s.yaml"
    session.write_text("title: x\n")
    folder = storage.prepare_workshop_dir(session, tmp_path / "a" / "b", dt.date(2026, 11, 26))
    assert folder.is_dir()
    info = json.loads((folder / "workshop.json").read_text())
    assert info["session"] == str(session.resolve()) and info["date"] == "2026-11-26"
    assert storage.read_workshop_info(folder) == info
    assert [p.name for p in folder.iterdir()] == ["workshop.json"]  # no temporary files left


def test_atomic_write_replaces_whole_or_not_at_all(tmp_path, monkeypatch):
    target = tmp_path / "agenda.txt"
    storage.atomic_write_text(target, "gammel")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        storage.atomic_write_text(target, "ny")
    assert target.read_text() == "gammel"
    assert [p.name for p in tmp_path.iterdir()] == ["agenda.txt"]
    monkeypatch.undo()
    storage.atomic_write_bytes(target, "ny æøå".encode())
    assert target.read_text(encoding="utf-8") == "ny æøå"


def test_only_the_journal_of_the_day_it_began_is_asked_about(tmp_path):
    never = lambda events: pytest.fail("asked")  # noqa: E731
    assert storage.open_journal(tmp_path, ["a"], None, never).choice == "none"
    with Journal(storage.journal_path(tmp_path)) as j:
        j.append(Event(at(9, 1), "start_day"))
    opened = storage.open_journal(tmp_path, ["a"], None, lambda events: True, today=dt.date(2026, 11, 26))
    assert opened.choice == "replay" and len(opened.events) == 1
    opened = storage.open_journal(tmp_path, ["a"], None, never, today=dt.date(2026, 11, 27))
    assert opened.choice == "set_aside" and opened.kept.name == "journal-2026-11-26.jsonl"


def test_a_day_not_resumed_sets_the_old_journal_aside(tmp_path):
    assert storage.set_aside_journal(tmp_path) is None
    for _ in range(2):
        with Journal(storage.journal_path(tmp_path)) as j:
            j.append(Event(at(9, 1), "start_day"))
        storage.set_aside_journal(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal-2026-11-26-2.jsonl",
                                                         "journal-2026-11-26.jsonl"]


# --- what becomes of the journal when the app opens the folder -------------------------

def _today_journal(folder, session_path, days_ago: int = 0):
    import time

    storage.prepare_workshop_dir(session_path, folder)
    with Journal(storage.journal_path(folder)) as j:
        j.append(Event(time.time() - 60 - days_ago * 86400, "start_day"))
    return storage.journal_path(folder)


@pytest.mark.parametrize("has_events, changed, resume, today, choice", [
    (False, False, None, False, "none"),
    (False, True, True, True, "none"),
    (True, True, True, True, "other_agenda"),
    (True, True, None, True, "other_agenda"),
    (True, False, True, False, "replay"),
    (True, False, False, True, "set_aside"),
    (True, False, None, True, "ask"),
    (True, False, None, False, "set_aside"),
])
def test_the_journal_choice(has_events, changed, resume, today, choice):
    assert storage.journal_choice(has_events=has_events, agenda_changed=changed, resume=resume,
                                  from_today=today) == choice


def test_resume_replays_and_fresh_keeps_the_old_journal(tmp_path):
    path = _today_journal(tmp_path, tmp_path / "s.yaml")
    opened = storage.open_journal(tmp_path, ["a"], resume=True)
    assert [e.type for e in opened.events] == ["start_day"] and path.exists()
    opened = storage.open_journal(tmp_path, ["a"], resume=False)
    assert opened.events == [] and opened.choice == "set_aside" and not path.exists()
    kept = list(tmp_path.glob("journal-*.jsonl"))
    assert kept == [opened.kept] and "start_day" in kept[0].read_text()


def test_the_facilitator_is_asked_about_todays_journal_only(tmp_path):
    _today_journal(tmp_path, tmp_path / "s.yaml")
    asked = []
    opened = storage.open_journal(tmp_path, ["a"], resume=None, ask=lambda evs: asked.append(evs) or True)
    assert len(asked) == 1 and [e.type for e in asked[0]] == ["start_day"]
    assert opened.choice == "replay" and len(opened.events) == 1
    opened = storage.open_journal(tmp_path, ["a"], resume=None, ask=lambda evs: False)
    assert opened.choice == "set_aside" and opened.events == [] and opened.kept.exists()


def test_yesterdays_journal_is_set_aside_without_asking(tmp_path):
    _today_journal(tmp_path, tmp_path / "s.yaml", days_ago=1)
    opened = storage.open_journal(tmp_path, ["a"], resume=None,
                                  ask=lambda evs: pytest.fail("asked about yesterday's journal"))
    assert opened.choice == "set_aside" and opened.events == [] and opened.kept.exists()


def test_a_journal_for_other_blocks_is_set_aside_not_replayed(tmp_path):
    path = _today_journal(tmp_path, tmp_path / "s.yaml")
    storage.record_agenda(tmp_path, ["intro", "pause"])
    assert not storage.agenda_changed(tmp_path, ["intro", "pause"])
    assert storage.agenda_changed(tmp_path, ["intro", "extra", "pause"])
    opened = storage.open_journal(tmp_path, ["intro", "extra", "pause"], resume=True)
    assert opened.choice == "other_agenda" and opened.events == [] and not path.exists()
    assert opened.kept.name.startswith("journal-") and len(list(tmp_path.glob("journal-*.jsonl"))) == 1
    assert not storage.agenda_changed(tmp_path, ["intro", "extra", "pause"])  # the new agenda is recorded


@pytest.mark.skipif(sys.platform.startswith("win"), reason="symbolic links need privileges on Windows")
def test_saving_a_session_opened_through_a_symlink_writes_the_file_it_points_to(tmp_path):
    """A session kept in a synced folder and opened through a link: the save reaches the
    real file, and the link stays a link (a rename over it had put a copy in its place)."""
    from facilitator.core.session.document import SessionDocument

    real = tmp_path / "synced" / "dag.yaml"
    real.parent.mkdir()
    real.write_text("format: 1\ntitle: Gammel\n", encoding="utf-8")
    link = tmp_path / "dag.yaml"
    link.symlink_to(real)
    doc = SessionDocument.open(link)
    doc.set_text(doc.text.replace("Gammel", "Ny"))
    doc.save()
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "format: 1\ntitle: Ny\n"
    assert sorted(p.name for p in real.parent.iterdir()) == ["dag.yaml"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_save_keeps_the_files_permissions(tmp_path):
    """A session file others may read (0644) stays readable to them after a save; the
    temporary file's 0600 had become the session's."""
    target = tmp_path / "dag.yaml"
    target.write_text("format: 1\n", encoding="utf-8")
    target.chmod(0o644)
    storage.atomic_write_text(target, "format: 1\ntitle: Ny\n")
    assert target.stat().st_mode & 0o777 == 0o644


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_new_file_is_as_readable_as_the_users_other_files(tmp_path):
    """A first save (a new session, journey or workshop.json) gets 0666 less the umask, as any
    new file does, not the temporary file's 0600."""
    old = os.umask(0o022)
    try:
        storage.atomic_write_text(tmp_path / "ny.yaml", "format: 1\n")
    finally:
        os.umask(old)
    assert (tmp_path / "ny.yaml").stat().st_mode & 0o777 == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ny.yaml"]  # no temporary file left
