"""Compare groups: an empty chart says what to do, the chart has a title, the labels have room."""
from PySide6.QtGui import QColor
from samples import session

from facilitator.ui.journeys.editor_window import JourneyEditorWindow

NO_FEELINGS = "No feelings yet: click in the Feeling lane to set them"


def open_compare(qtbot, tmp_path, groups=2, on_wall=False):
    """on_wall: the app's case (a participant window takes the view); else a window of its own."""
    w = JourneyEditorWindow(session(), tmp_path, (lambda _view: None) if on_wall else None)
    qtbot.addWidget(w)
    for _ in range(groups):
        w.new_group("mallorca")
    view = w.compare_groups()
    qtbot.addWidget(view)
    view.resize(900, 500)
    return w, view


def test_no_feelings_gives_a_hint_until_one_is_set(qtbot, tmp_path):
    w, view = open_compare(qtbot, tmp_path)
    assert view.hint_text() == NO_FEELINGS
    assert view.title_text() == "Følelser gennem rejsen – alle grupper"  # the Danish session's words
    assert view.windowTitle() == "Compare groups"
    w.current_board().edit(2, "feeling", -1)
    assert view.hint_text() == "" and any(pts for *_r, pts in view.series())
    w.undo_stack.undo()
    assert view.hint_text() == NO_FEELINGS


def test_no_groups_says_how_to_make_one(qtbot, tmp_path):
    _w, view = open_compare(qtbot, tmp_path, groups=0)
    assert view.hint_text() == "No groups yet: add one with New group"


def test_the_hint_is_painted_and_nothing_touches_the_left_edge(qtbot, tmp_path):
    w, view = open_compare(qtbot, tmp_path)
    empty = view.grab().toImage()
    w.current_board().edit(0, "feeling", -2)
    filled = view.grab().toImage()
    white = QColor("white").rgb()
    margin = 8  # the −2..+2 labels used to start a few pixels from the edge
    assert all(img.pixel(x, y) == white for img in (empty, filled)
               for x in range(margin) for y in range(img.height()))
    # the hint's card sits in the middle of the plot and goes once a feeling is set
    cx, cy = empty.width() * 0.42, empty.height() * 0.57
    differs = sum(empty.pixel(int(cx + dx), int(cy)) != filled.pixel(int(cx + dx), int(cy)) for dx in range(-150, 150))
    assert differs > 10


def test_on_the_wall_the_instruction_stays_with_the_facilitator(qtbot, tmp_path):
    """The room sees the chart, not "click in the Feeling lane"; the editor's status bar says it."""
    w, view = open_compare(qtbot, tmp_path, on_wall=True)
    assert view.on_wall
    assert w.statusBar().currentMessage() == NO_FEELINGS
    on_wall = view.grab().toImage()
    view.on_wall = False
    with_hint = view.grab().toImage()
    cx, cy = on_wall.width() * 0.42, on_wall.height() * 0.57
    differs = sum(on_wall.pixel(int(cx + dx), int(cy)) != with_hint.pixel(int(cx + dx), int(cy))
                  for dx in range(-150, 150))
    assert differs > 10  # the card is drawn only off the wall
