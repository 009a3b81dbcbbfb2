"""Run by test_two_screens.py in a process whose offscreen platform has two screens
(laptop 1366x768 left, projector right), since the platform is fixed per process.
Skipped when collected any other way.
"""
from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QGuiApplication

from facilitator.core.day.wall import WallMode
from facilitator.ui.fit_label import FitLabel
from facilitator.ui.settings import WALL_SCREEN

pytestmark = pytest.mark.skipif("configfile=" not in os.environ.get("QT_QPA_PLATFORM", ""),
                                reason="needs the two-screen offscreen platform (test_two_screens.py)")


def _screen(name):
    return next(s for s in QGuiApplication.screens() if s.name() == name)


@pytest.fixture
def placed(qtbot, windows):
    controller, presenter, wall, placer = windows
    presenter.setGeometry(_screen("laptop").availableGeometry().adjusted(0, 30, 0, 0))
    presenter.show()
    qtbot.waitExposed(presenter)
    placer.place()
    qtbot.waitExposed(wall)
    return windows


def test_wall_goes_full_screen_on_the_projector(placed):
    controller, presenter, wall, placer = placed
    assert presenter.screen().name() == "laptop"
    assert wall.isFullScreen()
    assert wall.screen().name() == "projector"
    assert wall.geometry() == _screen("projector").geometry()


def test_swap_screens_and_remember(placed, settings, qtbot):
    controller, presenter, wall, placer = placed
    placer.swap()
    qtbot.waitUntil(lambda: wall.screen().name() == "laptop")
    assert presenter.screen().name() == "projector"
    assert wall.isFullScreen()
    assert settings.value(WALL_SCREEN) == "laptop"


def test_a_remembered_screen_that_is_gone_is_ignored(placed, settings):
    controller, presenter, wall, placer = placed
    settings.setValue(WALL_SCREEN, "old-projector")
    placer.place()
    assert wall.screen().name() == "projector" and wall.isFullScreen()


def test_unplugging_the_projector_keeps_the_wall_as_a_window(placed, clock, qtbot):
    controller, presenter, wall, placer = placed
    controller.start_day()
    controller.next_block()
    controller.start_exercise()
    clock.advance(61)
    controller.tick()
    before = wall.exercise_card.countdown.text()
    # The offscreen platform cannot unplug a screen from Python, so the placer is
    # told the screens are only the laptop's and asked to re-place, as its
    # screenRemoved handler does.
    laptop = _screen("laptop")
    placer.screens = lambda: [laptop]
    placer.place()
    qtbot.waitUntil(lambda: not wall.isFullScreen())
    assert wall.isVisible() and wall.screen().name() == "laptop"
    assert laptop.availableGeometry().contains(wall.geometry())
    assert wall.mode() == WallMode.EXERCISE and wall.current_page() is wall.exercise_card
    assert wall.exercise_card.countdown.text() == before
    # ... and plugged back in: full screen on the projector again
    placer.screens = QGuiApplication.screens
    placer.place()
    qtbot.waitUntil(wall.isFullScreen)
    assert wall.screen().name() == "projector"


def test_on_the_projector_nothing_is_clipped_and_digits_are_big(placed, clock, qtbot):
    controller, presenter, wall, placer = placed
    controller.start_day()
    controller.next_block()
    controller.start_exercise()
    clock.advance(15 * 60 + 72)
    controller.tick()
    projector = _screen("projector")
    qtbot.waitUntil(lambda: wall.size() == projector.geometry().size())
    card = wall.exercise_card
    assert card.countdown.digit_height() >= projector.geometry().height() / 4
    assert [w.text() for w in card.findChildren(FitLabel) if w.text() and w.is_clipped()] == []
    shots = os.environ.get("FACILITATOR_SHOTS")
    if shots:
        tag = f"{projector.geometry().width()}x{projector.geometry().height()}" \
              f"@{projector.devicePixelRatio():g}"
        wall.grab().save(os.path.join(shots, f"wall-exercise-overtime-{tag}.png"))
        controller.next_block()
        clock.advance(60)
        controller.tick()
        wall.grab().save(os.path.join(shots, f"wall-break-{tag}.png"))
        presenter.grab().save(os.path.join(shots, f"presenter-{tag}.png"))
