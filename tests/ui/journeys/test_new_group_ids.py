"""A new group never takes the id of a group deleted today (a report-back round remembers that
one as presented, so the new group never presented) nor of a journey file the editor has not
read (saving the new group wrote over it)."""
from pathlib import Path

from samples import filled, session

from facilitator.core.journeys import store as journey_store
from facilitator.ui.journeys.editor_window import JourneyEditorWindow


def open_editor(qtbot, folder):
    w = JourneyEditorWindow(session(), folder)
    qtbot.addWidget(w)
    return w


def test_a_new_group_does_not_take_the_id_of_one_deleted_today(qtbot, tmp_path):
    journey_store.save_journey(tmp_path, filled("Gruppe 1"))
    w = open_editor(qtbot, tmp_path)
    (old,) = w.book.ids()
    w.delete_group()
    new = w.new_group("mallorca")
    assert w.book.journey(new).group == "Gruppe 1" and new != old
    w.undo_stack.undo()
    w.undo_stack.undo()  # the deleted group back, with its own id
    assert w.book.ids() == [old]


def test_a_new_group_does_not_write_over_a_journey_file_not_read(qtbot, tmp_path):
    w = open_editor(qtbot, tmp_path)  # an empty folder: the editor has read no group
    theirs = journey_store.save_journey(tmp_path, filled("Gruppe 1"))  # written since (another window)
    before = Path(theirs).read_bytes()
    new = w.new_group(None)
    w.book.save_now()
    assert new != Path(theirs).stem and Path(theirs).read_bytes() == before
