"""The journal file replaced while the day runs: the presenter says so and a fresh
journal keeps the day (issue 9, item 5)."""
from __future__ import annotations

import os

from english_day import late_day
from facilitator.core.day import journal as journal_mod
from facilitator.core.day.journal import Journal
from facilitator.ui.app import build_windows


def test_the_presenter_says_a_fresh_journal_was_written(qtbot, tmp_path):
    path = tmp_path / "w" / "journal.jsonl"
    journal = Journal(path)
    runner, clock = late_day(journal)
    controller, presenter, wall, placer, chime = build_windows(runner.session, runner, clock, "en")
    qtbot.addWidget(presenter)
    qtbot.addWidget(wall)
    (tmp_path / "w" / "copy").write_text("")
    os.replace(tmp_path / "w" / "copy", path)  # the file replaced under the running app
    presenter.act_plus1.trigger()
    assert "replaced or deleted" in presenter.statusBar().currentMessage()
    assert journal_mod.read(path)[0] == runner.events
    controller.stop()
    journal.close()


def test_a_deleted_folder_s_lock_is_taken_again(qtbot, tmp_path):
    import shutil

    from PySide6.QtCore import QLockFile

    from facilitator.core import workshop as storage
    from facilitator.ui.app import hold_again, lock_workshop

    folder = tmp_path / "w"
    folder.mkdir()
    lock = lock_workshop(folder)
    shutil.rmtree(folder)  # the folder deleted while the day runs
    folder.mkdir()  # ... and written again with the fresh journal
    assert hold_again(lock)
    other = QLockFile(str(storage.lock_path(folder)))
    assert not other.tryLock(0)  # a second window is still refused
    lock.unlock()
