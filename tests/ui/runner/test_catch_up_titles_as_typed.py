"""The catch-up box names blocks by their titles as typed: "Journey <mapping> & co" is not HTML."""
from __future__ import annotations

import dataclasses

from english_day import MAPPING, at, english_session, late_day
from shown_label import shown
from facilitator.core.day.clock import FakeClock
from facilitator.core.day.runner import Runner
from facilitator.ui.runner.controller import AppController
from facilitator.ui.runner.presenter_window import PresenterWindow

TITLE = "Journey <b>mapping</b> &amp; co"


def test_the_catch_up_box_names_the_block_as_typed(qtbot):
    session = english_session()
    blocks = list(session.blocks)
    blocks[MAPPING] = dataclasses.replace(blocks[MAPPING], title=TITLE)
    session = dataclasses.replace(session, blocks=blocks)
    runner, clock = late_day(session=session)
    controller = AppController(session, runner, clock, lang="en")
    window = PresenterWindow(controller)
    qtbot.addWidget(window)
    window.show()
    assert shown(window.catch_up_label).splitlines() == [
        f"{TITLE} must end at 16:50: 20:00 left, not 35:00",
        f"Shorten {TITLE} by 15 min — ends on time",
    ]
    controller.stop()


def test_the_planner_names_the_block_of_an_exercise_as_typed(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from facilitator.ui.planner.planner_window import PlannerWindow

    path = tmp_path / "day.yaml"
    path.write_text('format: 1\ntitle: Dag\nstart: "09:00"\nblocks:\n'
                    '  - {id: a, title: "Hvad skal stå i <title>?", kind: talk, duration: 30m}\n', encoding="utf-8")
    window = PlannerWindow(path, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), lang="en")
    qtbot.addWidget(window)
    window.show()
    window.agenda_tab.table.selectRow(0)
    assert shown(window.agenda_tab.exercise.heading) == "'Hvad skal stå i <title>?' has no exercise."


def test_the_early_start_question_names_the_block_as_typed(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from shown_label import shown_auto

    session = english_session()
    controller = AppController(session, Runner(session, FakeClock(at(16, 0))), FakeClock(at(16, 0)), lang="en")
    window = PresenterWindow(controller)
    qtbot.addWidget(window)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.No)
    window.confirm_early_start("Hvad skal stå i <title>? & <b>mere</b>", at(16, 50))
    assert [shown_auto(t) for t in asked] == ["Hvad skal stå i <title>? & <b>mere</b> is set for 16:50 — start it now?"]
    controller.stop()
