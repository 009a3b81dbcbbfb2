"""Phases in the journey editor, driven as the facilitator does: right-click a heading or open the
toolbar's Phase menu, add / rename / move / delete, Ctrl+Z and Ctrl+Shift+Z, the autosaved file."""
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication
from test_journey_editor import editor, on_disk, phase_title_field, titles  # noqa: F401  (editor is the fixture)

START = ["Før rejsen", "Under rejsen", "Efter rejsen"]


def phase_titles(w, journey=None):
    return [p.title for p in (journey or w.book.journey(w.current_id())).phases]


def heading(board, k):
    x0, x1, _title, _pid = board.layout_.phases[k]
    return QPoint(int((x0 + x1) / 2), int(board.layout_.top + board.layout_.phase_h / 2))


def choose(qtbot, window, open_menu, text) -> bool:
    """Open a popup menu, pick the entry called text with the keyboard; returns whether it was enabled."""
    seen = {}

    def pick():
        menu = QApplication.activePopupWidget()
        action = next(a for a in menu.actions() if a.text() == text)
        seen["enabled"] = action.isEnabled()
        if action.isEnabled():
            menu.setActiveAction(action)
            qtbot.keyClick(menu, Qt.Key_Return)
        else:
            menu.close()

    QTimer.singleShot(0, pick)
    open_menu()
    assert "enabled" in seen, "no menu opened"
    # a desktop gives the window back its activation when the menu closes; offscreen has to be asked
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return seen["enabled"]


def right_click_heading(qtbot, board, k):
    # QTest's mouse clicks go straight to the widget, past the window that turns a right click into
    # a context-menu event; so send that event as the window would
    def click():
        pos = heading(board, k)
        qtbot.mousePress(board, Qt.RightButton, pos=pos)
        QApplication.sendEvent(board, QContextMenuEvent(QContextMenuEvent.Mouse, pos, board.mapToGlobal(pos)))
    return click


def undo(qtbot, w):
    qtbot.keyClick(w.current_board(), Qt.Key_Z, Qt.ControlModifier)


def redo(qtbot, w):
    qtbot.keyClick(w.current_board(), Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)


def saved(w):
    assert w.book.timer.isActive() and w.book.timer.interval() <= 2000
    w.book.timer.timeout.emit()  # the autosave firing, without waiting for it
    return on_disk(w)


def test_add_a_phase_from_the_heading_menu_type_its_name_undo_and_redo(editor, qtbot):
    board = editor.current_board()
    assert choose(qtbot, editor, right_click_heading(qtbot, board, 1), "Add phase after")
    line = phase_title_field(board)  # the new heading opens for typing, like a new touchpoint does
    assert line.text() == "Ny fase"  # the session is Danish, and so is its content
    line.selectAll()
    qtbot.keyClicks(line, "Hjemrejsen")
    qtbot.keyClick(line, Qt.Key_Return)
    assert phase_titles(editor) == ["Før rejsen", "Under rejsen", "Hjemrejsen", "Efter rejsen"]
    assert phase_titles(editor, saved(editor)) == phase_titles(editor)
    undo(qtbot, editor)
    assert phase_titles(editor)[2] == "Ny fase"
    undo(qtbot, editor)
    assert phase_titles(editor) == START and phase_titles(editor, saved(editor)) == START
    redo(qtbot, editor)
    redo(qtbot, editor)
    assert phase_titles(editor, saved(editor)) == ["Før rejsen", "Under rejsen", "Hjemrejsen", "Efter rejsen"]


def test_add_phase_before_the_first_and_add_a_touchpoint_under_it(editor, qtbot):
    board = editor.current_board()
    board.select(0)
    assert choose(qtbot, editor, right_click_heading(qtbot, board, 0), "Add phase before")
    line = phase_title_field(board)
    line.selectAll()
    qtbot.keyClicks(line, "Drømmen")
    qtbot.keyClick(line, Qt.Key_Return)
    assert phase_titles(editor) == ["Drømmen", *START]
    assert board.editor is None  # Enter named the phase; it did not go on to open the selected card
    # the new phase, not the selected card's, is the one the toolbar's Phase menu works on now
    assert choose(qtbot, editor, lambda: qtbot.mouseClick(editor.phase_button, Qt.LeftButton), "Move phase right")
    assert phase_titles(editor) == ["Før rejsen", "Drømmen", *START[1:]]
    editor.undo_stack.undo()
    x0, x1, _t, pid = board.layout_.phases[0]
    first_card = QPoint(int((x0 + x1) / 2), int(board.layout_.lane_y["touchpoint"][0] + 5))
    qtbot.mouseClick(board, Qt.LeftButton, pos=first_card)  # the new, empty phase's "+"
    qtbot.keyClicks(board.editor.widgets["title"], "Kunden drømmer om sol")
    qtbot.keyClick(board.editor.widgets["title"], Qt.Key_Return)
    assert titles(editor)[0] == "Kunden drømmer om sol" and editor.book.journey("gruppe-1").touchpoints[0].phase == pid


def test_delete_a_phase_from_the_toolbar_keeps_its_touchpoints_in_the_previous_phase(editor, qtbot):
    board = editor.current_board()
    before = titles(editor)
    board.select(4)  # "Kunde flyver med SAS ..." in Under rejsen: the Phase menu works on that phase
    assert choose(qtbot, editor, lambda: qtbot.mouseClick(editor.phase_button, Qt.LeftButton), "Delete phase")
    assert phase_titles(editor) == ["Før rejsen", "Efter rejsen"]
    assert titles(editor) == before  # same cards, same order: they joined "Før rejsen" at its end
    j = editor.book.journey("gruppe-1")
    assert [t.phase for t in j.touchpoints] == ["foer"] * 7 + ["efter"] * 2
    assert "Før rejsen" in editor.statusBar().currentMessage()
    disk = saved(editor)
    assert phase_titles(editor, disk) == ["Før rejsen", "Efter rejsen"] and len(disk.touchpoints) == 9
    undo(qtbot, editor)
    assert phase_titles(editor) == START and [t.phase for t in j.touchpoints][3:7] == ["under"] * 4
    assert [t.phase for t in saved(editor).touchpoints][3:7] == ["under"] * 4
    redo(qtbot, editor)
    assert phase_titles(editor) == ["Før rejsen", "Efter rejsen"] and titles(editor) == before


def test_move_a_phase_right_and_left_its_touchpoints_travel_with_it(editor, qtbot):
    board = editor.current_board()
    before = titles(editor)
    assert not choose(qtbot, editor, right_click_heading(qtbot, board, 0), "Move phase left")  # already first
    assert choose(qtbot, editor, right_click_heading(qtbot, board, 0), "Move phase right")
    assert phase_titles(editor) == ["Under rejsen", "Før rejsen", "Efter rejsen"]
    assert titles(editor) == before[3:7] + before[:3] + before[7:]
    assert [t.title for t in saved(editor).touchpoints] == titles(editor)
    undo(qtbot, editor)
    assert phase_titles(editor) == START and titles(editor) == before
    redo(qtbot, editor)
    assert phase_titles(editor) == ["Under rejsen", "Før rejsen", "Efter rejsen"]
    # the heading just moved is still the one the toolbar works on
    assert choose(qtbot, editor, lambda: qtbot.mouseClick(editor.phase_button, Qt.LeftButton), "Move phase right")
    assert phase_titles(editor, saved(editor)) == ["Under rejsen", "Efter rejsen", "Før rejsen"]


def test_rename_from_the_menu_and_the_last_phase_cannot_be_deleted(editor, qtbot):
    editor.new_group(None)
    board = editor.current_board()
    assert choose(qtbot, editor, right_click_heading(qtbot, board, 0), "Rename phase")
    line = phase_title_field(board)
    line.selectAll()
    qtbot.keyClicks(line, "Inden")
    qtbot.keyClick(line, Qt.Key_Return)
    assert choose(qtbot, editor, right_click_heading(qtbot, board, 1), "Rename phase")
    line = phase_title_field(board)
    qtbot.keyClicks(line, "Ups")
    qtbot.keyClick(line, Qt.Key_Escape)
    assert phase_titles(editor) == ["Inden", "Under", "Efter"] and phase_title_field(board) is None
    for _ in range(2):
        assert choose(qtbot, editor, right_click_heading(qtbot, board, 1), "Delete phase")
    assert phase_titles(editor) == ["Inden"]
    assert not choose(qtbot, editor, right_click_heading(qtbot, board, 0), "Delete phase")
    board.delete_phase()  # a keyboard path to it still gets an answer
    assert phase_titles(editor) == ["Inden"] and "at least one phase" in editor.statusBar().currentMessage()
    for _ in range(3):
        undo(qtbot, editor)
    assert phase_titles(editor) == ["Før", "Under", "Efter"]
