"""Run by test_deck_walk.py in a process whose offscreen platform has a laptop and a
projector. Walks the whole default deck with clicker keys and checks the wall at each step.
Skipped when collected any other way."""
from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from facilitator.core.session.model import BlockKind
from facilitator.core.day.wall import WallMode
from seed_day import open_day

pytestmark = pytest.mark.skipif("configfile=" not in os.environ.get("QT_QPA_PLATFORM", ""),
                                reason="needs the two-screen offscreen platform (test_deck_walk.py)")

WALL_BY_KIND = {BlockKind.TALK: WallMode.SLIDE, BlockKind.EXERCISE: WallMode.EXERCISE,
                BlockKind.BREAK: WallMode.BREAK}


@pytest.fixture
def day(qtbot, tmp_path):
    session, controller, presenter, wall = open_day(qtbot, tmp_path, screen_name="laptop")
    yield session, controller, presenter, wall
    controller.stop()


def shown_slide_id(wall):
    view = wall.slide_slot
    page = view.current_page()
    assert wall.current_page() is view and page is not None and page.isVisible()
    return page.slide.id


def click(qtbot, presenter, key=Qt.Key.Key_PageDown):
    qtbot.keyClick(presenter, key)


def test_walk_the_whole_deck_with_the_clicker(qtbot, day):
    session, controller, presenter, wall = day
    click(qtbot, presenter, Qt.Key.Key_F5)
    assert wall.isFullScreen() and wall.screen().name() == "projector"
    seen = []
    for index, block in enumerate(session.blocks):
        assert controller.state.current == index
        assert wall.mode() == WALL_BY_KIND[block.kind], block.id
        for n, slide_id in enumerate(block.slides):
            if n:
                click(qtbot, presenter)
            if block.kind == BlockKind.TALK:
                assert shown_slide_id(wall) == slide_id
            seen.append(slide_id)
        click(qtbot, presenter)  # past the last slide: only an offer
        assert controller.state.current == index
        assert "Press Next again" in presenter.deck_link.panel.offer.text()
        click(qtbot, presenter)  # taken
    assert controller.state.ended
    assert seen == [s for b in session.blocks for s in b.slides]


def test_black_wall_in_the_middle_of_a_talk(qtbot, day):
    session, controller, presenter, wall = day
    click(qtbot, presenter, Qt.Key.Key_F5)
    first, second = session.blocks[0].slides[:2]
    click(qtbot, presenter, Qt.Key.Key_B)
    assert wall.mode() == WallMode.BLACK and wall.current_page() is wall.black
    click(qtbot, presenter)  # the first press brings the slide back, it does not move
    assert shown_slide_id(wall) == first
    click(qtbot, presenter, Qt.Key.Key_Period)
    assert wall.current_page() is wall.black
    click(qtbot, presenter, Qt.Key.Key_Period)
    click(qtbot, presenter, Qt.Key.Key_Right)
    assert shown_slide_id(wall) == second
    click(qtbot, presenter, Qt.Key.Key_W)
    assert wall.current_page() is wall.white
    click(qtbot, presenter, Qt.Key.Key_Escape)
    assert shown_slide_id(wall) == second
    click(qtbot, presenter, Qt.Key.Key_Left)
    assert shown_slide_id(wall) == first
    shots = os.environ.get("FACILITATOR_SHOTS")
    if shots:
        wall.grab().save(os.path.join(shots, "deck-wall.png"))
        presenter.grab().save(os.path.join(shots, "deck-presenter.png"))


def test_a_slide_press_in_an_exercise_block_shows_the_slide(qtbot, day):
    session, controller, presenter, wall = day
    click(qtbot, presenter, Qt.Key.Key_F5)
    # the value-chain exercise opens with the Mallorca example, then the exercise slide
    ex_index = next(i for i, b in enumerate(session.blocks) if b.kind == BlockKind.EXERCISE and len(b.slides) > 1)
    controller.goto_block(ex_index)
    assert wall.mode() == WallMode.EXERCISE
    click(qtbot, presenter)
    assert wall.mode() == WallMode.SLIDE
    assert shown_slide_id(wall) == session.blocks[ex_index].slides[1]
