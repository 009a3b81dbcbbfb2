"""The catch-up box shows what fits: on a day of 300 flexible blocks two hours late it names
the first cuts and how many more there are, not 120 of them clipped over the countdowns;
Accept still makes every cut."""
from __future__ import annotations

from datetime import datetime

import pytest
from shown_label import as_rich

from facilitator.core.day.clock import FakeClock
from facilitator.core.day.runner import Runner
from facilitator.core.session.model import Block, BlockKind, Session
from facilitator.ui.runner.controller import AppController
from facilitator.ui.runner.presenter_window import PresenterWindow

M = 60


def many_blocks_late():
    """300 talks of 2 min that may lose one each, the first run 2 h over: 120 cuts catch up."""
    blocks = [Block(f"b{i}", f"Blok nummer {i + 1}", BlockKind.TALK, 2 * M, min_duration=M) for i in range(300)]
    session = Session("Mange blokke", "da", 9 * 60, blocks, date="2026-11-26")
    clock = FakeClock(datetime(2026, 11, 26, 9, 0).timestamp())
    runner = Runner(session, clock)
    runner.start_day()
    clock.advance(122 * M)
    return session, runner, clock


@pytest.fixture
def late_presenter(qtbot):
    session, runner, clock = many_blocks_late()
    controller = AppController(session, runner, clock, lang="en")
    window = PresenterWindow(controller)
    qtbot.addWidget(window, before_close_func=lambda _w: controller.stop())
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window, controller


def fits(label) -> bool:
    """Every line of the label drawn: the height its text needs at its width is there."""
    return label.heightForWidth(label.width()) <= label.height()


def test_the_box_names_the_first_cuts_and_how_many_more(late_presenter):
    window, controller = late_presenter
    assert len(controller.state.catch_up.cuts) == 120
    assert window.catch_up_label.text() == (
        "Shorten Blok nummer 2 by 1 min, Blok nummer 3 by 1 min, Blok nummer 4 by 1 min, "
        "… and 117 more blocks, 117 min in all — ends on time")
    assert fits(window.catch_up_label)
    assert window.block_countdown.height() > window.catch_up_box.height()  # the countdown stays the big thing
    tip = as_rich(window.catch_up_label.toolTip())  # the whole plan, on hovering
    assert "Blok nummer 121 by 1 min — ends on time" in tip and tip.count(" by 1 min") == 120


def test_accept_makes_every_cut(late_presenter):
    window, controller = late_presenter
    window.catch_up_button.click()
    state = controller.state
    assert state.catch_up is None or not state.catch_up.cuts
    assert not window.catch_up_box.isVisible()
    assert round(state.drift) <= 0  # 120 blocks shortened by 1 min: the day ends on time again


def test_in_danish_too(qtbot, danish):
    session, runner, clock = many_blocks_late()
    controller = AppController(session, runner, clock, lang="da")
    window = PresenterWindow(controller)
    qtbot.addWidget(window, before_close_func=lambda _w: controller.stop())
    assert window.catch_up_label.text() == (
        "Forkort Blok nummer 2 med 1 min, Blok nummer 3 med 1 min, Blok nummer 4 med 1 min, "
        "… og 117 blokke mere, 117 min i alt — slutter til tiden")


def test_four_cuts_are_all_named(qtbot):
    """'… and 1 more block' would take the room of the block's own name."""
    from types import SimpleNamespace

    from facilitator.ui import texts

    blocks = [SimpleNamespace(block=SimpleNamespace(title=f"B{i}")) for i in range(5)]
    plan = SimpleNamespace(cuts=[(i, 60) for i in range(1, 5)], late_after=0, late_starts=[])
    assert texts.catch_up_text(plan, blocks) == "Shorten B1 by 1 min, B2 by 1 min, B3 by 1 min, B4 by 1 min — ends on time"


def test_many_late_fixed_starts_are_summed_up_too(qtbot):
    """Every fixed start still late had a line of its own (50 fixed starts: 50 lines, clipped)."""
    from types import SimpleNamespace

    from facilitator.ui import texts

    blocks = [SimpleNamespace(block=SimpleNamespace(title=f"B{i}")) for i in range(60)]
    plan = SimpleNamespace(cuts=[(1, 60)], late_after=600, late_starts=[(i, 600) for i in range(10, 60)])
    assert texts.catch_up_text(plan, blocks).split("\n") == [
        "Shorten B1 by 1 min — still 10 min late", "B10 will start 10 min late", "… and 49 more"]
    assert texts.catch_up_text(plan, blocks, shown=None).count("will start 10 min late") == 50
    two = SimpleNamespace(cuts=[], late_after=600, late_starts=[(10, 600), (11, 600)])
    assert texts.catch_up_text(two, blocks).count("will start") == 2  # '… and 1 more' would take its room
