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


def test_journal_for_today_offers_only_todays_day(tmp_path):
    assert storage.journal_for_today(tmp_path) is None
    with Journal(storage.journal_path(tmp_path)) as j:
        j.append(Event(at(9, 1), "start_day"))
    assert storage.journal_for_today(tmp_path, dt.date(2026, 11, 26)) == tmp_path / "journal.jsonl"
    assert storage.journal_for_today(tmp_path, dt.date(2026, 11, 27)) is None


def test_a_day_not_resumed_sets_the_old_journal_aside(tmp_path):
    assert storage.set_aside_journal(tmp_path) is None
    for _ in range(2):
        with Journal(storage.journal_path(tmp_path)) as j:
            j.append(Event(at(9, 1), "start_day"))
        storage.set_aside_journal(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal-2026-11-26-2.jsonl",
                                                         "journal-2026-11-26.jsonl"]
    assert storage.journal_for_today(tmp_path, dt.date(2026, 11, 26)) is None
