"""Quitting while the groups' journeys cannot be saved (disk full, folder made read-only, USB
stick pulled) never loses them without a word: the app asks before its windows close (save
them to another folder, quit without saving, or stay), and when nobody can be asked any more
it copies them to the user's data folder and says where on stderr."""
import errno
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from planner_helpers import answer_dialog
from samples import filled
from seed_day import started_day as day  # noqa: F401  (a fixture)

from facilitator.core.journeys import store as journey_store


def open_editor(qtbot, day, tmp_path):
    _session, _controller, presenter, _wall = day
    journey_store.save_journey(tmp_path, filled("Gruppe 1"))
    journey_store.save_journey(tmp_path, filled("Gruppe 2"))
    link = presenter.journeys_link
    link.read_in_process = False
    qtbot.keyClick(presenter, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: link.editor is not None and link.editor.isVisible(), timeout=20000)
    qtbot.addWidget(link.editor)
    return link.editor


def type_title(qtbot, editor, text):
    """The facilitator types the group's journey title and presses Return."""
    field = editor.current_tab().fields["title"]
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def pull_the_stick(tmp_path):
    """The journeys folder is gone and a file stands in its place: no save can go there."""
    shutil.move(tmp_path / "journeys", tmp_path / "journeys-away")
    (tmp_path / "journeys").write_text("not a folder", encoding="utf-8")


def put_it_back(tmp_path):
    (tmp_path / "journeys").unlink()
    shutil.move(tmp_path / "journeys-away", tmp_path / "journeys")


def click(text, seen):
    """Answer the dialog with the button whose text starts with `text`, noting what it said."""
    def fill(box):
        seen.append(box.text())
        next(b for b in box.buttons() if b.text().startswith(text)).click()
    return fill


def test_quit_with_an_unwritable_folder_asks_and_saves_the_journeys_elsewhere(qtbot, day, tmp_path, monkeypatch):
    _session, _controller, presenter, _wall = day
    editor = open_editor(qtbot, day, tmp_path)
    pull_the_stick(tmp_path)
    type_title(qtbot, editor, "Rejse til Rom")
    editor.close()  # the editor first (the presenter keeps the app running): its save fails
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    seen = []
    answer_dialog(qtbot, click("Save to another folder", seen))
    presenter.close()  # the app would quit now
    assert not presenter.isVisible()
    assert str(tmp_path / "journeys") in seen[0] and "Gruppe 1" in seen[0] and "lost" in seen[0]
    assert journey_store.load_journey(stick / "gruppe-1.yaml").title == "Rejse til Rom"
    assert [p.name for p in stick.iterdir()] == ["gruppe-1.yaml"]  # only the unsaved group


def test_cancel_keeps_the_app_open_and_the_autosave_trying(qtbot, day, tmp_path):
    _session, _controller, presenter, _wall = day
    editor = open_editor(qtbot, day, tmp_path)
    pull_the_stick(tmp_path)
    type_title(qtbot, editor, "Rejse til Rom")
    editor.close()
    answer_dialog(qtbot, click("Cancel", []))
    presenter.close()
    assert presenter.isVisible()
    put_it_back(tmp_path)  # the stick is back: the next autosave writes the edit
    qtbot.waitUntil(lambda: not editor.book.unsaved, timeout=5000)
    assert journey_store.load_journey(tmp_path / "journeys" / "gruppe-1.yaml").title == "Rejse til Rom"


def test_the_editor_closed_last_asks_too(qtbot, day, tmp_path, monkeypatch):
    _session, _controller, presenter, _wall = day
    editor = open_editor(qtbot, day, tmp_path)
    presenter.close()  # the editor stays open: the app runs on, nothing to ask yet
    assert not presenter.isVisible()
    pull_the_stick(tmp_path)
    type_title(qtbot, editor, "Rejse til Rom")
    seen = []
    answer_dialog(qtbot, click("Quit without saving", seen))
    editor.close()
    assert not editor.isVisible()
    assert "lost" in seen[0]
    data = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    editor.book.save_at_quit()  # what aboutToQuit does: she chose to let them go, no copy is kept
    assert not data.exists()
    put_it_back(tmp_path)
    assert journey_store.load_journey(tmp_path / "journeys" / "gruppe-1.yaml").title != "Rejse til Rom"


def test_a_chosen_folder_that_fails_too_is_named_and_asked_again(qtbot, day, tmp_path, monkeypatch):
    _session, _controller, presenter, _wall = day
    editor = open_editor(qtbot, day, tmp_path)
    pull_the_stick(tmp_path)
    type_title(qtbot, editor, "Rejse til Rom")
    editor.close()
    blocked = tmp_path / "blocked"
    blocked.write_text("a file, not a folder", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(blocked))
    seen = []

    def then_cancel(box):
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == "Cancel").click()

    def save_elsewhere(box):
        click("Save to another folder", seen)(box)
        answer_dialog(qtbot, then_cancel)

    answer_dialog(qtbot, save_elsewhere)
    presenter.close()
    assert presenter.isVisible()
    assert len(seen) == 2 and str(blocked) in seen[1]
    put_it_back(tmp_path)  # so the day's close at the end of the test saves


def test_when_no_dialog_can_be_shown_the_journeys_go_to_the_data_folder(qtbot, day, tmp_path, monkeypatch, capsys):
    editor = open_editor(qtbot, day, tmp_path)
    type_title(qtbot, editor, "Rejse til Rom")

    def disk_full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(journey_store, "atomic_write_text", disk_full)
    data = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    editor.book.save_at_quit()  # what aboutToQuit does, once the event loop has ended
    (copy,) = data.rglob("gruppe-1.yaml")
    assert copy.parent.parent.name == "recovered-journeys"
    assert journey_store.load_journey(copy).title == "Rejse til Rom"
    err = capsys.readouterr().err
    assert str(copy.parent) in err and "No space left on device" in err and "Gruppe 1" in err
    editor.book.settle_unsaved()  # the copy is kept: the test's own close has nothing to ask


@pytest.mark.parametrize("where", ["presenter", "editor"])
def test_quitting_with_everything_saved_asks_nothing(qtbot, day, tmp_path, where, monkeypatch):
    _session, _controller, presenter, _wall = day
    editor = open_editor(qtbot, day, tmp_path)
    type_title(qtbot, editor, "Rejse til Rom")
    monkeypatch.setattr(QMessageBox, "exec", lambda *_a: pytest.fail("a dialog was shown"))
    first, last = (editor, presenter) if where == "presenter" else (presenter, editor)
    first.close()
    last.close()
    assert not last.isVisible()
    assert journey_store.load_journey(tmp_path / "journeys" / "gruppe-1.yaml").title == "Rejse til Rom"


def test_a_planner_closed_last_asks_too(qtbot, day, tmp_path, monkeypatch):
    _session, _controller, presenter, _wall = day
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # the planner's recent files
    editor = open_editor(qtbot, day, tmp_path)
    pull_the_stick(tmp_path)
    type_title(qtbot, editor, "Rejse til Rom")
    editor.close()
    opened = []
    presenter.file_menu.planner_opened.connect(opened.append)
    presenter.file_menu.new()  # File > New…: the planner, opened between two seconds
    qtbot.waitUntil(lambda: bool(opened))
    planner = opened[0]
    qtbot.addWidget(planner)
    presenter.close()  # the planner keeps the app running
    assert not presenter.isVisible()
    stick = tmp_path / "stick"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    answer_dialog(qtbot, click("Save to another folder", []))
    planner.close()
    assert not planner.isVisible()
    assert journey_store.load_journey(stick / "gruppe-1.yaml").title == "Rejse til Rom"
