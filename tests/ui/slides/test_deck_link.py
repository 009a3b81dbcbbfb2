"""Slides in the running day on one screen: the seed deck, driven by keys on the presenter."""
from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.core.day.wall import WallMode
from facilitator.core.workshop import load_deck_position
from seed_day import open_day, shown_overview
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
    dialog = shown_overview(presenter)
    target = session.blocks[0].slides[4]
    index = [s for b in session.blocks for s in b.slides].index(target)
    dialog.choose(index)
    assert wall_slide(wall) == target
    assert wall.mode() == WallMode.SLIDE


def test_tab_opens_the_overview_grid_too(qtbot, day):
    _session, _controller, presenter, _wall = day
    qtbot.keyClick(presenter, Qt.Key.Key_Tab)
    assert shown_overview(presenter).buttons[0].isChecked()


def test_before_the_day_no_key_changes_the_slide_even_with_the_panel_focused(qtbot, tmp_path):
    """The clicker's rule holds wherever the focus is: before F5 the first slide waits."""
    session, controller, presenter, wall = open_day(qtbot, tmp_path)
    panel = presenter.deck_link.panel
    qtbot.mouseClick(panel, Qt.MouseButton.LeftButton)
    first = session.blocks[0].slides[0]
    for key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_End):
        qtbot.keyClick(panel, key)
    assert panel.current_slide().id == first
    # the wall shows the agenda; its slide view is filled when the slides come up (F5)
    assert wall.mode() == WallMode.AGENDA and wall.slide_slot.current_page() is None
    assert not controller.state.started
    assert "F5" in presenter.statusBar().currentMessage()
    controller.stop()


def test_the_presenter_shows_the_slide_count_and_the_notes(qtbot, day):
    session, controller, presenter, wall = day
    panel = presenter.deck_link.panel
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    total = len(session.blocks[0].slides)
    assert panel.counter.text().startswith(f"Slide 2 of {total}")
    assert session.blocks[0].notes.split()[0] in panel.notes.toPlainText()


def test_the_journey_editor_opens_from_the_presenter_and_shows_on_the_wall(qtbot, day):
    session, controller, presenter, wall = day
    presenter.open_journeys.trigger()  # the journeys are read on a worker thread first
    qtbot.waitUntil(lambda: presenter.journeys_link.editor is not None)
    editor = presenter.journeys_link.editor
    qtbot.addWidget(editor)
    assert editor.isVisible()
    editor.new_group("mallorca")
    view = editor.show_current_on_wall()
    assert wall.mode() == WallMode.JOURNEY and wall.current_page() is view
    presenter.activateWindow()  # back to the presenter window (the editor had the focus)
    qtbot.waitUntil(presenter.isActiveWindow)
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
    positions = presenter.deck_link.positions  # written on a pool thread, off the redraw
    qtbot.waitUntil(lambda: positions.idle() and load_deck_position(tmp_path) == (0, 3))
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
    dialog = shown_overview(presenter)
    qtbot.waitExposed(dialog)
    current = dialog.buttons[dialog.current]
    assert current.isChecked() and dialog.current > 10
    viewport = dialog.scroll.viewport()
    top_left = current.mapTo(viewport, current.rect().topLeft())
    assert viewport.rect().contains(top_left) and viewport.rect().contains(
        current.mapTo(viewport, current.rect().bottomRight()))


def test_a_slide_position_that_cannot_be_saved_is_said_once(qtbot, tmp_path):
    """The folder went read-only mid-day: the slides move on, the presenter hears it once."""
    session, controller, presenter, wall = open_day(qtbot, tmp_path)
    qtbot.keyClick(presenter, Qt.Key.Key_F5)
    (tmp_path / "deck.json").unlink(missing_ok=True)
    (tmp_path / "deck.json").mkdir()  # a folder where the file goes: every save fails
    positions = presenter.deck_link.positions
    with qtbot.waitSignal(positions.failed):  # written on a pool thread, off the redraw
        qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert wall_slide(wall) == session.blocks[0].slides[1]
    message = presenter.statusBar().currentMessage()
    assert "cannot be remembered" in message and "deck.json" in message
    presenter.statusBar().clearMessage()
    with qtbot.waitSignal(positions.failed):
        qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert wall_slide(wall) == session.blocks[0].slides[2]
    assert presenter.statusBar().currentMessage() == ""
    controller.stop()


def test_a_damaged_deck_json_restarts_on_the_blocks_first_slide(qtbot, tmp_path):
    """deck.json edited or damaged (JSON allows Infinity): the restart shows the block's
    first slide, as with no deck.json, instead of failing to open the windows."""
    from facilitator.core.day.runner import Runner
    from facilitator.ui.app import build_windows

    session, controller, presenter, wall = open_day(qtbot, tmp_path)
    qtbot.keyClick(presenter, Qt.Key.Key_F5)
    events, clock = controller.runner.events, controller.clock
    controller.stop()
    (tmp_path / "deck.json").write_text('{"block": 0, "slide": Infinity}\n', encoding="utf-8")
    assert load_deck_position(tmp_path) is None
    controller2, presenter2, wall2, _placer, _chime = build_windows(
        session, Runner(session, clock, None, events), clock, "da", folder=tmp_path)
    qtbot.addWidget(presenter2)
    qtbot.addWidget(wall2)
    assert wall_slide(wall2) == session.blocks[0].slides[0]
    controller2.stop()


def test_a_block_shown_as_a_card_builds_no_slide_until_the_slides_come_up(qtbot, day):
    """The exercise card comes up at the block change; the wall's slide view is not made to
    build the block's first slide behind it (20-100 ms of the change, for nothing). When the
    facilitator brings the slides up, the wall shows the slide the presenter shows."""
    session, controller, presenter, wall = day
    before = wall.slide_slot.current_page()
    controller.next_block()  # the exercise
    assert wall.mode() == WallMode.EXERCISE
    assert wall.slide_slot.current_page() is before
    qtbot.keyClick(presenter, Qt.Key.Key_Home)  # the block's first slide, on the wall
    assert wall.mode() == WallMode.SLIDE
    assert wall_slide(wall) == presenter.deck_link.panel.current_slide().id == session.blocks[1].slides[0]
