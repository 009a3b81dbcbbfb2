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
