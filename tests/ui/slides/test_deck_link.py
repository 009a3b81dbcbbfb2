"""Slides in the running day on one screen: the seed deck, driven by keys on the presenter."""
from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.core.day.wall import WallMode
from seed_day import open_day
from seed_day import started_day as day  # noqa: F401  (a fixture)


def wall_slide(wall):
    return wall.slide_slot.current_page().slide.id


def test_home_and_end_stay_in_the_block(qtbot, day):
    session, controller, presenter, wall = day
    slides = session.blocks[0].slides
    qtbot.keyClick(presenter, Qt.Key.Key_End)
    assert wall_slide(wall) == slides[-1]
    assert controller.state.current == 0
    qtbot.keyClick(presenter, Qt.Key.Key_Home)
    assert wall_slide(wall) == slides[0]


def test_the_overview_grid_jumps_and_the_wall_follows(qtbot, day):
    session, controller, presenter, wall = day
    qtbot.keyClick(presenter, Qt.Key.Key_G)
    dialog = presenter.deck_link.panel._overview
    assert dialog is not None and dialog.isVisible()
    target = session.blocks[0].slides[4]
    index = [s for b in session.blocks for s in b.slides].index(target)
    dialog.choose(index)
    assert wall_slide(wall) == target
    assert wall.mode() == WallMode.SLIDE


def test_the_presenter_shows_the_slide_count_and_the_notes(qtbot, day):
    session, controller, presenter, wall = day
    panel = presenter.deck_link.panel
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    total = len(session.blocks[0].slides)
    assert panel.counter.text().startswith(f"Slide 2 of {total}")
    assert session.blocks[0].notes.split()[0] in panel.notes.toPlainText()


def test_the_journey_editor_opens_from_the_presenter_and_shows_on_the_wall(qtbot, day):
    session, controller, presenter, wall = day
    presenter.open_journeys.trigger()
    editor = presenter.journeys_link.editor
    qtbot.addWidget(editor)
    assert editor.isVisible()
    editor.new_group("mallorca")
    view = editor.show_current_on_wall()
    assert wall.mode() == WallMode.JOURNEY and wall.current_page() is view
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert wall.mode() == WallMode.SLIDE


def test_a_restart_comes_back_to_the_slide_on_the_wall(qtbot, tmp_path):
    from facilitator.core.day.runner import Runner
    from facilitator.ui.app import build_windows

    session, controller, presenter, wall = open_day(qtbot, tmp_path)
    qtbot.keyClick(presenter, Qt.Key.Key_F5)
    for _ in range(3):
        qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    fourth = session.blocks[0].slides[3]
    assert wall_slide(wall) == fourth
    events, clock = controller.runner.events, controller.clock
    controller.stop()
    # the process dies; a new one replays the journal on the same workshop folder
    controller2, presenter2, wall2, _placer, _chime = build_windows(
        session, Runner(session, clock, None, events), clock, "da", folder=tmp_path)
    qtbot.addWidget(presenter2)
    qtbot.addWidget(wall2)
    assert wall_slide(wall2) == fourth
    assert presenter2.deck_link.panel.counter.text().startswith("Slide 4 of")
    controller2.stop()


def test_the_overview_grid_opens_at_the_current_slide(qtbot, day):
    """G in a late block used to open at slide 1 of block 1, the current slide out of sight."""
    session, controller, presenter, wall = day
    last = max(i for i, b in enumerate(session.blocks) if b.slides)
    controller.goto_block(last)
    qtbot.keyClick(presenter, Qt.Key.Key_End)
    qtbot.keyClick(presenter, Qt.Key.Key_G)
    dialog = presenter.deck_link.panel._overview
    qtbot.waitExposed(dialog)
    current = dialog.buttons[dialog.current]
    assert current.isChecked() and dialog.current > 10
    viewport = dialog.scroll.viewport()
    top_left = current.mapTo(viewport, current.rect().topLeft())
    assert viewport.rect().contains(top_left) and viewport.rect().contains(
        current.mapTo(viewport, current.rect().bottomRight()))
