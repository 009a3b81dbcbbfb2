"""The clicker and keyboard do what the shortcut sheet says, on either window."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator.core.day.wall import WallMode


@pytest.fixture
def shown(qtbot, windows):
    controller, presenter, wall, _placer = windows
    presenter.show()
    qtbot.waitExposed(presenter)
    presenter.activateWindow()
    qtbot.waitUntil(presenter.isActiveWindow)
    return controller, presenter, wall


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, key, modifier)


def test_f5_starts_the_day_and_page_keys_move_between_blocks(qtbot, shown):
    controller, presenter, _ = shown
    press(qtbot, presenter, Qt.Key.Key_PageDown)
    assert not controller.state.started  # a stray click before the day does nothing
    press(qtbot, presenter, Qt.Key.Key_F5)
    assert controller.state.started and controller.state.current == 0
    # These blocks have no slides: the first press offers the next block, the second takes it.
    press(qtbot, presenter, Qt.Key.Key_PageDown)
    assert controller.state.current == 0
    hint = presenter.deck_link.panel.offer  # beside the slide preview, where she looks
    assert "Press Next again" in hint.text() and hint.isVisible()
    press(qtbot, presenter, Qt.Key.Key_PageDown)
    assert controller.state.current == 1
    assert hint.text() == ""  # the offer was taken: it no longer holds
    press(qtbot, presenter, Qt.Key.Key_Right)
    press(qtbot, presenter, Qt.Key.Key_Space)
    assert controller.state.current == 2
    # Back never moves the agenda by accident; Ctrl+PageUp does on purpose.
    press(qtbot, presenter, Qt.Key.Key_Left)
    press(qtbot, presenter, Qt.Key.Key_PageUp)
    assert controller.state.current == 2
    press(qtbot, presenter, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert controller.state.current == 1
    press(qtbot, presenter, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert controller.state.current == 2


def test_black_and_white_wall_keys_toggle_and_escape_returns(qtbot, shown):
    controller, presenter, wall = shown
    press(qtbot, presenter, Qt.Key.Key_F5)
    press(qtbot, presenter, Qt.Key.Key_B)
    assert wall.mode() == WallMode.BLACK and wall.current_page() is wall.black
    press(qtbot, presenter, Qt.Key.Key_B)
    assert wall.mode() == WallMode.AGENDA
    press(qtbot, presenter, Qt.Key.Key_Period)
    assert wall.mode() == WallMode.BLACK
    press(qtbot, presenter, Qt.Key.Key_W)
    assert wall.mode() == WallMode.WHITE and wall.current_page() is wall.white
    press(qtbot, presenter, Qt.Key.Key_Escape)
    assert wall.mode() == WallMode.AGENDA
    press(qtbot, presenter, Qt.Key.Key_Comma)
    assert wall.mode() == WallMode.WHITE


def test_exercise_and_time_keys(qtbot, shown, clock):
    controller, presenter, wall = shown
    press(qtbot, presenter, Qt.Key.Key_F5)
    press(qtbot, presenter, Qt.Key.Key_PageDown)
    press(qtbot, presenter, Qt.Key.Key_PageDown)
    assert wall.mode() == WallMode.EXERCISE
    press(qtbot, presenter, Qt.Key.Key_E)
    assert controller.state.exercise.status == "running"
    assert controller.state.exercise.phase_index == 0
    press(qtbot, presenter, Qt.Key.Key_N)
    assert controller.state.exercise.phase_index == 1
    press(qtbot, presenter, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert controller.state.exercise.phase_index == 0
    press(qtbot, presenter, Qt.Key.Key_E)
    assert controller.state.exercise.status == "paused"
    before = controller.state.remaining
    press(qtbot, presenter, Qt.Key.Key_Plus)
    assert controller.state.remaining == pytest.approx(before + 60)
    press(qtbot, presenter, Qt.Key.Key_Minus)
    assert controller.state.remaining == pytest.approx(before)


def test_keys_pressed_on_the_wall_work_too(qtbot, shown):
    controller, presenter, wall = shown
    wall.show()
    qtbot.waitExposed(wall)
    wall.activateWindow()
    qtbot.waitUntil(wall.isActiveWindow)
    press(qtbot, wall, Qt.Key.Key_F5)
    press(qtbot, wall, Qt.Key.Key_PageDown)
    press(qtbot, wall, Qt.Key.Key_PageDown)
    assert controller.state.current == 1
    press(qtbot, wall, Qt.Key.Key_B)
    assert wall.mode() == WallMode.BLACK


def test_a_press_before_the_day_says_how_to_start_it(qtbot, shown):
    controller, presenter, _ = shown
    press(qtbot, presenter, Qt.Key.Key_PageUp)
    assert not controller.state.started
    assert "F5" in presenter.statusBar().currentMessage()


def test_shortcut_sheet_lists_the_clicker_keys(shown):
    _, presenter, _ = shown
    rows = dict(presenter.shortcut_rows())
    assert any("PgDown" in k and "Space" in k for k in rows.values())
    assert any("F5" == k for k in rows.values())
    assert any("B" in k and "." in k for k in rows.values())


def test_f5_brings_a_closed_wall_back(qtbot, shown):
    controller, presenter, wall = shown
    wall.show()
    wall.close()
    assert not wall.isVisible()
    press(qtbot, presenter, Qt.Key.Key_F5)
    assert wall.isVisible()
    press(qtbot, presenter, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert wall.isVisible() and controller.state.started


def test_the_presenter_shows_a_blank_wall_and_the_button_stays_pressed(qtbot, shown):
    """B blanks the wall the facilitator cannot see: the presenter says so, the button looks
    pressed; a second W brings the wall back and releases it."""
    from PySide6.QtWidgets import QToolButton

    controller, presenter, _wall = shown
    black = next(b for b in presenter.findChildren(QToolButton) if b.defaultAction() is presenter.act_black)
    assert black.isCheckable() and not black.isChecked()
    press(qtbot, presenter, Qt.Key.Key_B)
    assert controller.wall_mode() == WallMode.BLACK
    assert black.isChecked() and presenter.blank_label.isVisible()
    assert "black" in presenter.blank_label.text()
    press(qtbot, presenter, Qt.Key.Key_W)
    assert presenter.act_white.isChecked() and not black.isChecked() and "white" in presenter.blank_label.text()
    press(qtbot, presenter, Qt.Key.Key_W)
    assert not presenter.act_white.isChecked() and not presenter.blank_label.isVisible()


def test_the_offer_goes_when_the_block_moves_otherwise_and_nothing_jumps(qtbot, shown):
    """The hint used to stay in the status bar through the next blocks, and the status bar
    appearing pushed the button rows up ~22 px."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QToolButton

    controller, presenter, _ = shown
    pause = next(b for b in presenter.findChildren(QToolButton) if b.defaultAction() is presenter.act_pause)
    press(qtbot, presenter, Qt.Key.Key_F5)
    button_y = pause.mapTo(presenter, QPoint(0, 0)).y()
    press(qtbot, presenter, Qt.Key.Key_PageDown)
    assert "Press Next again" in presenter.deck_link.panel.offer.text()
    press(qtbot, presenter, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # on purpose
    assert controller.state.current == 1
    assert presenter.deck_link.panel.offer.text() == ""
    presenter.statusBar().showMessage("A message")
    qtbot.waitUntil(lambda: presenter.statusBar().isVisible())
    presenter.layout().activate()
    QApplication.processEvents()  # the layout settles (no waiting on time)
    assert pause.mapTo(presenter, QPoint(0, 0)).y() == button_y


def test_the_readme_key_table_names_every_shortcut_the_presenter_has(shown):
    """The README lacked `A` and said F5 starts the day where the F1 sheet said Ctrl+Return:
    every key the F1 sheet lists is in the README's table, and F5 is documented as what it does."""
    from pathlib import Path

    _controller, presenter, _ = shown
    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    table = "\n".join(line for line in readme.splitlines() if line.startswith("| `"))
    documented = set(table.split("`")[1::2])
    native = {"PgDown": "PageDown", "PgUp": "PageUp", "Ctrl+PgDown": "Ctrl+PageDown",
              "Ctrl+PgUp": "Ctrl+PageUp"}  # Qt's short names for the README's
    missing = [(text, key) for text, keys in presenter.shortcut_rows() for key in keys.split(", ")
               if native.get(key, key) not in documented]
    assert missing == []
    f5 = next(line for line in table.splitlines() if line.startswith("| `F5` |"))
    assert "start the day" in f5 and dict(presenter.shortcut_rows())["Start day and show wall"] == "F5"
