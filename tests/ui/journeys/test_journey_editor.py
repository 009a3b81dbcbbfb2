"""Driving the journey editor as the facilitator does: pytest-qt, real widgets, offscreen."""
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QToolBar
from samples import filled, session

from facilitator.core.journeys import store as journey_store
from facilitator.ui.journeys.editor_window import JourneyEditorWindow
from facilitator.ui.journeys.paint import feeling_y
from facilitator.ui.journeys.wall_view import JourneyWallView


@pytest.fixture
def editor(qtbot, tmp_path):
    journey_store.save_journey(tmp_path, filled("Gruppe 1"))
    walls = []
    w = JourneyEditorWindow(session(), tmp_path, walls.append)
    w.walls = walls
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def titles(w):
    return [t.title for t in w.book.journey(w.current_id()).touchpoints]


def on_disk(w, jid=None):
    return journey_store.load_journey(Path(w.workshop_dir) / "journeys" / f"{jid or w.current_id()}.yaml")


def phase_title_field(board):
    """The heading's text field open for typing (a new or renamed phase), or None."""
    shown = [w for w in board.findChildren(QLineEdit, options=Qt.FindChildOption.FindDirectChildrenOnly)
             if w.isVisible()]
    assert len(shown) <= 1
    return shown[0] if shown else None


def cell_center(board, index, lane):
    return board.layout_.lane_rect(lane, board.layout_.col_of(index)).center().toPoint()


def test_add_by_keyboard_and_type_the_title(editor, qtbot):
    board = editor.current_board()
    board.select(2)
    qtbot.keyClick(board, Qt.Key_Insert)
    assert board.editor is not None
    qtbot.keyClicks(board.editor.widgets["title"], "Kunden læser nyhedsbrevet")
    qtbot.keyClick(board.editor.widgets["title"], Qt.Key_Return)
    assert titles(editor)[3] == "Kunden læser nyhedsbrevet"
    assert editor.book.journey("gruppe-1").touchpoints[3].phase == "foer"


def test_edit_in_place_by_double_click_then_undo_redo_with_keys(editor, qtbot):
    board = editor.current_board()
    old = titles(editor)[1]
    qtbot.mouseDClick(board, Qt.LeftButton, pos=cell_center(board, 1, "channel"))
    line = board.editor.widgets["channel"]
    line.selectAll()
    qtbot.keyClicks(line, "Nyhedsbrev & <b>web</b>")
    qtbot.keyClick(line, Qt.Key_Return)
    tp = editor.book.journey("gruppe-1").touchpoints[1]
    assert tp.channel == "Nyhedsbrev & <b>web</b>" and tp.title == old
    qtbot.keyClick(board, Qt.Key_Z, Qt.ControlModifier)
    assert tp.channel == "Web"
    qtbot.keyClick(board, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert tp.channel == "Nyhedsbrev & <b>web</b>"


def test_owner_and_social_cells_edit_two_fields_as_one_undo_step(editor, qtbot):
    board = editor.current_board()
    ed = board.edit_in_place(0, "owner")
    ed.widgets["owner"].setCurrentIndex(ed.widgets["owner"].findData("customer"))
    ed.widgets["owner_name"].setText("TripAdvisor")
    qtbot.keyClick(ed.widgets["owner_name"], Qt.Key_Return)
    tp = editor.book.journey("gruppe-1").touchpoints[0]
    assert (tp.owner, tp.owner_name) == ("customer", "TripAdvisor")
    editor.undo_stack.undo()
    assert (tp.owner, tp.owner_name) == ("us", "Mytravel")
    ed = board.edit_in_place(0, "social")
    ed.widgets["platforms"].setText("Facebook, YouTube")
    ed.commit()
    assert tp.platforms == ["Facebook", "YouTube"]


def test_click_in_the_feeling_lane_sets_the_feeling(editor, qtbot):
    board = editor.current_board()
    col = board.layout_.col_of(4)
    pos = QPoint(int(col.x + board.layout_.col_w / 2), int(feeling_y(board.layout_, -2)))
    qtbot.mouseClick(board, Qt.LeftButton, pos=pos)
    assert editor.book.journey("gruppe-1").touchpoints[4].feeling == -2
    qtbot.keyClick(board, Qt.Key_Plus)
    assert editor.book.journey("gruppe-1").touchpoints[4].feeling == -1


def test_alt_right_moves_and_crosses_into_the_next_phase(editor, qtbot):
    board = editor.current_board()
    first = titles(editor)[0]
    board.select(0)
    qtbot.keyClick(board, Qt.Key_Right, Qt.AltModifier)
    assert titles(editor)[1] == first and board.current == 1
    qtbot.keyClick(board, Qt.Key_Right, Qt.AltModifier)
    qtbot.keyClick(board, Qt.Key_Right, Qt.AltModifier)  # past the last of 'Før rejsen'
    tp = editor.book.journey("gruppe-1").touchpoints[board.current]
    assert tp.title == first and tp.phase == "under"
    for _ in range(3):
        editor.undo_stack.undo()
    assert titles(editor)[0] == first and editor.book.journey("gruppe-1").touchpoints[0].phase == "foer"


def test_typing_then_clicking_elsewhere_keeps_the_text(editor, qtbot):
    board = editor.current_board()
    ed = board.edit_in_place(2, "pain")
    qtbot.keyClicks(ed.widgets["pain"], "Kø ved skranken")
    editor.tabs.currentWidget().fields["title"].setFocus()
    assert editor.book.journey("gruppe-1").touchpoints[2].pain == "Kø ved skranken"
    assert board.editor is None


def test_drag_and_drop_events_move_the_card(editor, qtbot):
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    board = editor.current_board()
    before = titles(editor)
    mime = QMimeData()
    mime.setData("application/x-facilitator-touchpoint", b"0")
    end = board.layout_.col_of(2)
    drop = QDropEvent(QPointF(end.x + board.layout_.col_w - 5, 100), Qt.MoveAction, mime,
                      Qt.LeftButton, Qt.NoModifier)
    board.dropEvent(drop)
    assert titles(editor)[:3] == [before[1], before[2], before[0]]


def test_drop_reorders_into_another_phase_and_undo_puts_it_back(editor):
    board = editor.current_board()
    before = titles(editor)
    last = board.layout_.col_of(8)  # 'Kunde skriver anmeldelse på TripAdvisor', in 'Efter rejsen'
    target = board.layout_.col_of(1)
    board.drop_touchpoint(8, target.x + 10)  # dropped on the left part of column 1
    assert titles(editor)[1] == before[8]
    assert editor.book.journey("gruppe-1").touchpoints[1].phase == "foer"
    assert last is not None
    editor.undo_stack.undo()
    assert titles(editor) == before
    editor.undo_stack.redo()
    assert titles(editor)[1] == before[8]


def test_delete_duplicate_and_autosave_within_two_seconds(editor, qtbot):
    board = editor.current_board()
    board.select(0)
    qtbot.keyClick(board, Qt.Key_D, Qt.ControlModifier)
    qtbot.keyClick(board, Qt.Key_Delete)
    qtbot.keyClick(board, Qt.Key_Delete)
    assert len(titles(editor)) == 8
    assert editor.book.timer.isActive() and editor.book.timer.interval() <= 2000
    editor.book.timer.timeout.emit()  # the autosave firing, without waiting for it
    assert [t.title for t in on_disk(editor).touchpoints] == titles(editor)


def test_groups_new_rename_duplicate_delete_with_undo(editor, qtbot, tmp_path):
    jid = editor.new_group("mallorca")
    assert editor.tabs.count() == 2 and editor.tabs.tabText(1) == "Gruppe 2" and editor.current_id() == jid
    editor.rename_group("Lufthavnen")
    assert editor.tabs.tabText(1) == "Lufthavnen"
    dup = editor.duplicate_group()
    assert editor.tabs.tabText(2) == "Gruppe 2" and editor.book.journey(dup).touchpoints
    blank = editor.new_group(None)
    assert editor.book.journey(blank).touchpoints == [] and editor.tabs.count() == 4
    editor.tabs.setCurrentIndex(1)
    editor.delete_group()
    assert [editor.tabs.tabText(i) for i in range(3)] == ["Gruppe 1", "Gruppe 2", "Gruppe 3"]
    editor.book.save_now()
    assert not (tmp_path / "journeys" / f"{jid}.yaml").exists()
    editor.undo_stack.undo()
    assert editor.tabs.tabText(1) == "Lufthavnen"
    editor.book.save_now()
    assert on_disk(editor, jid).group == "Lufthavnen"


def test_show_on_wall_gives_the_callback_a_live_wall_view(editor, qtbot):
    editor.act_wall.trigger()
    (wall,) = editor.walls
    assert isinstance(wall, JourneyWallView) and wall.title_text() == "Gruppe 1 – Rejse til Mallorca"
    qtbot.addWidget(wall)
    board = editor.current_board()
    board.edit(0, "title", "Ny første kontakt")
    assert wall.book.journey(wall.jid).touchpoints[0].title == "Ny første kontakt"
    wall.resize(1280, 720)
    assert not wall.grab().isNull()


def test_compare_shows_each_group_with_its_own_colour_and_shape(editor, qtbot):
    editor.new_group("mallorca")
    editor.current_board().edit(0, "feeling", 2)
    editor.act_compare.trigger()
    (view,) = [w for w in editor.walls if w is editor.compare_view]
    qtbot.addWidget(view)
    series = view.series()
    assert [s[0] for s in series] == ["Gruppe 1", "Gruppe 2"]
    assert series[0][1] != series[1][1] and series[0][2] != series[1][2]
    assert series[1][3] == [(pytest.approx(1 / 18), 2)]  # the first of 3 in the first of 3 phases
    assert len(series[0][3]) == 9


def test_broken_file_is_reported_and_kept(qtbot, tmp_path):
    journey_store.save_journey(tmp_path, filled("Gruppe 1"))
    (tmp_path / "journeys" / "gruppe-2.yaml").write_text("id: g\ngroup: [\n", encoding="utf-8")
    w = JourneyEditorWindow(session(), tmp_path)
    qtbot.addWidget(w)
    assert w.tabs.count() == 1 and w.banner.isVisibleTo(w) and "gruppe-2.yaml:" in w.banner.text()
    assert any(".broken-" in p.name for p in (tmp_path / "journeys").iterdir())


def test_export_pdf_from_the_editor(editor, tmp_path, qtbot):
    job = editor.export_pdf(str(tmp_path / "alle.pdf"))
    assert "Exporting PDF" in editor.statusBar().currentMessage() and not editor.act_export.isEnabled()
    qtbot.waitUntil(lambda: job.done, timeout=30000)
    from pdftext import pages
    assert "Gruppe 1 – Rejse til Mallorca" in pages(job.result[0])[0]
    assert "Exported to" in editor.statusBar().currentMessage() and editor.act_export.isEnabled()


def test_export_to_a_place_that_cannot_be_written_says_so(editor, tmp_path, qtbot):
    """A read-only folder or a PDF held open by a viewer: a message in the status bar, no traceback."""
    (tmp_path / "afile").write_text("")
    job = editor.export_pdf(str(tmp_path / "afile" / "alle.pdf"))
    qtbot.waitUntil(lambda: job.done, timeout=30000)
    assert job.result is None and "Could not export" in editor.statusBar().currentMessage()


def test_a_deleted_wall_view_does_not_break_later_edits(editor, qtbot):
    wall = editor.show_current_on_wall()
    compare = editor.compare_groups()
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    wall.deleteLater()
    compare.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert not shiboken6.isValid(wall) and not shiboken6.isValid(compare)
    editor.current_board().edit(0, "title", "Efter væggen")
    editor.new_group(None)
    assert editor.tabs.count() == 2


def test_starting_with_an_empty_workshop(qtbot, tmp_path):
    w = JourneyEditorWindow(session(), tmp_path)
    qtbot.addWidget(w)
    assert w.tabs.count() == 0 and not w.act_wall.isEnabled()
    w.new_group(None)
    assert w.tabs.count() == 1 and [p.title for p in w.book.journeys[0].phases] == ["Før", "Under", "Efter"]
    w.book.save_now()
    assert (tmp_path / "journeys" / "gruppe-1.yaml").exists()


def test_continuous_typing_does_not_postpone_the_autosave(editor, monkeypatch):
    """The save is due 1.5 s after the first unsaved edit, however many edits follow."""
    timer = editor.book.timer
    starts = []
    real_start = timer.start
    monkeypatch.setattr(timer, "start", lambda *a: (starts.append(a), real_start(*a)))
    board = editor.current_board()
    for k in range(5):
        board.edit(0, "pain", f"kø {k}")
    assert len(starts) == 1 and timer.interval() <= 2000
    timer.timeout.emit()
    assert on_disk(editor).touchpoints[0].pain == "kø 4" and not editor.book.unsaved


def test_double_click_a_phase_heading_to_rename_it(editor, qtbot):
    board = editor.current_board()
    x0, x1, _title, _pid = board.layout_.phases[0]
    qtbot.mouseDClick(board, Qt.LeftButton, pos=QPoint(int((x0 + x1) / 2), int(board.layout_.phase_h / 2)))
    line = phase_title_field(board)
    line.selectAll()
    qtbot.keyClicks(line, "Inden afrejse")
    qtbot.keyClick(line, Qt.Key_Return)
    assert editor.book.journey("gruppe-1").phases[0].title == "Inden afrejse"
    editor.undo_stack.undo()
    assert editor.book.journey("gruppe-1").phases[0].title == "Før rejsen"


def test_undo_button_stays_short_and_names_the_edit_in_its_tooltip(editor):
    # "Undo Edit touchpoint" on the toolbar pushed Export PDF out of sight on a 1366 px laptop
    board = editor.current_board()
    board.edit(1, "channel", "Nyhedsbrev")
    assert editor.act_undo.text() == "Undo" and editor.act_undo.isEnabled()
    assert editor.act_undo.toolTip().startswith("Undo ") and len(editor.act_undo.toolTip()) > len("Undo ")
    editor.act_undo.trigger()
    assert editor.act_redo.text() == "Redo" and editor.act_redo.toolTip().startswith("Redo ")
    assert editor.book.journey("gruppe-1").touchpoints[1].channel != "Nyhedsbrev"


def test_a_blank_groups_phase_headings_are_not_cut(editor):
    """A new blank group has phases but no touchpoints: each heading still fits its column."""
    from PySide6.QtGui import QFontMetricsF

    from facilitator.ui.journeys.paint import _font

    editor.new_group(None)
    lay = editor.current_board().layout_
    metrics = QFontMetricsF(_font(15 * lay.scale, True))
    assert lay.phases
    for x0, x1, title, _pid in lay.phases:
        assert metrics.horizontalAdvance(title) <= (x1 - x0) - 8, title


def test_toolbar_keeps_export_in_view_at_1366_in_danish(qtbot, tmp_path, qapp):
    """Undo/redo labels do not grow with the command's name and push 'Eksportér PDF' off the toolbar."""
    from facilitator.ui.i18n import install_language

    install_language("da", qapp)
    try:
        w = JourneyEditorWindow(session(), tmp_path)
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        qtbot.waitExposed(w)
        w.new_group(None)
        w.new_group(None)
        w.delete_group()
        w.undo_stack.undo()
        qapp.processEvents()
        toolbar = w.findChild(QToolBar)
        button = toolbar.widgetForAction(w.act_export)
        assert button is not None and button.isVisible()
        assert w.act_undo.text() == "Fortryd" and "Ny gruppe" in w.act_undo.toolTip()
    finally:
        install_language("en", qapp)


def test_forty_broken_files_leave_room_for_the_journeys(qtbot, tmp_path):
    """A folder of broken files (a sync gone wrong): the banner named each on a line and took
    the whole window, the groups' journeys under it out of sight. It names the first few,
    says how many more, and keeps every one in its tooltip."""
    journey_store.save_journey(tmp_path, filled("Gruppe 1"))
    for i in range(2, 42):
        (tmp_path / "journeys" / f"gruppe-{i}.yaml").write_text("id: g\ngroup: [\n", encoding="utf-8")
    w = JourneyEditorWindow(session(), tmp_path)
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    qtbot.waitExposed(w)
    assert w.tabs.count() == 1 and w.tabs.height() > 400
    assert "gruppe-2.yaml:" in w.banner.text() and "… and 35 more" in w.banner.text()
    assert all(f"gruppe-{i}.yaml:" in w.banner.toolTip() for i in range(2, 42))
