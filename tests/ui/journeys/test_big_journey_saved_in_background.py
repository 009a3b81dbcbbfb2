"""Saving a big journey (near the store's 2 MB cap: seconds of PyYAML) does not stop the countdown:
it is written away from the GUI thread, one save at a time, and the file ends with the last edit."""
import threading

from samples import filled

from facilitator.core.journeys import parcel
from facilitator.core.journeys import store as journey_store
from facilitator.ui.journeys.book import AT_ONCE_MAX
from seed_day import started_day as day  # noqa: F401  (a fixture)

BIG = AT_ONCE_MAX + 250  # touchpoints: over the size written at once


def big_editor(qtbot, day, tmp_path):
    _session, controller, presenter, _wall = day
    journey_store.save_journey(tmp_path, filled("Gruppe 1", n=BIG))
    journey_store.save_journey(tmp_path, filled("Gruppe 2"))
    link = presenter.journeys_link
    link.read_in_process = False
    presenter.open_journeys.trigger()
    qtbot.waitUntil(lambda: link.editor is not None and link.editor.isVisible(), timeout=20000)
    qtbot.addWidget(link.editor)
    link.editor.book.in_process = False  # a thread of this process, so the stand-in below is what writes
    return link.editor


def held_saves(monkeypatch):
    """save_packed waits for `release` (a slow disk, a 2 MB journey), then writes as it would."""
    release, calls = threading.Event(), []
    real = parcel.save_packed

    def slow(folder, parcels):
        calls.append(len(parcels))
        release.wait(20)
        return real(folder, parcels)

    monkeypatch.setattr(parcel, "save_packed", slow)
    return release, calls


def test_the_countdown_keeps_ticking_while_a_big_journey_is_saved(qtbot, day, tmp_path, monkeypatch):
    _session, controller, presenter, _wall = day
    editor = big_editor(qtbot, day, tmp_path)
    release, calls = held_saves(monkeypatch)
    book = editor.book
    book.journey("gruppe-1").title = "Første udgave"
    book.touch("gruppe-1")
    book.journey("gruppe-2").title = "Lille gruppe"
    book.touch("gruppe-2")
    book.timer.timeout.emit()  # the autosave firing
    # the small group is written at once, the big one is being written
    assert journey_store.load_journey(journey_store.journey_path(tmp_path, "gruppe-2")).title == "Lille gruppe"
    qtbot.waitUntil(lambda: calls == [1 + (BIG + parcel.ROWS - 1) // parcel.ROWS])
    assert book.unsaved and book.saving == {"gruppe-1"}
    for _ in range(3):  # the wall's countdown goes on while the save is held
        before = presenter.block_countdown.text()
        controller.clock.advance(61)
        controller.tick()
        assert presenter.block_countdown.text() != before
    held = journey_store.load_journey(journey_store.journey_path(tmp_path, "gruppe-1"))
    assert held.title != "Første udgave"  # the save really is still running beside the countdown
    # edits made meanwhile wait for the running save and are written after it
    book.journey("gruppe-1").title = "Anden udgave"
    book.journey("gruppe-1").touchpoints.pop()
    book.touch("gruppe-1")
    book.timer.timeout.emit()
    assert len(calls) == 1  # one save at a time
    release.set()
    qtbot.waitUntil(lambda: not book.unsaved, timeout=20000)
    assert len(calls) == 2
    on_disk = journey_store.load_journey(journey_store.journey_path(tmp_path, "gruppe-1"))
    assert on_disk.title == "Anden udgave" and len(on_disk.touchpoints) == BIG - 1
    assert journey_store.journey_path(tmp_path, "gruppe-1").read_text(encoding="utf-8") == \
        journey_store.dump_journey(book.journey("gruppe-1"))  # the same YAML as a save at once
    assert "Saved" in editor.statusBar().currentMessage() or editor.statusBar().currentMessage() == "Gemt"


def test_quitting_during_a_big_save_waits_for_it_and_writes_the_last_edit(qtbot, day, tmp_path, monkeypatch):
    editor = big_editor(qtbot, day, tmp_path)
    release, calls = held_saves(monkeypatch)
    book = editor.book
    book.journey("gruppe-1").title = "Første udgave"
    book.touch("gruppe-1")
    book.save_now()
    qtbot.waitUntil(lambda: len(calls) == 1)
    book.journey("gruppe-1").title = "Sidste udgave"
    book.touch("gruppe-1")
    running = book._job
    release.set()
    book.flush()  # what aboutToQuit does
    assert not book.unsaved
    assert journey_store.load_journey(journey_store.journey_path(tmp_path, "gruppe-1")).title == "Sidste udgave"
    qtbot.waitUntil(lambda: running.done)  # the first save's late outcome changes nothing
    assert journey_store.load_journey(journey_store.journey_path(tmp_path, "gruppe-1")).title == "Sidste udgave"
    assert len(calls) == 1


def test_a_big_journey_deleted_while_it_is_saved_stays_deleted(qtbot, day, tmp_path, monkeypatch):
    editor = big_editor(qtbot, day, tmp_path)
    release, calls = held_saves(monkeypatch)
    book = editor.book
    book.journey("gruppe-1").title = "Første udgave"
    book.touch("gruppe-1")
    book.save_now()
    qtbot.waitUntil(lambda: len(calls) == 1)
    book.remove_group("gruppe-1")
    book.save_now()
    assert len(calls) == 1
    release.set()
    qtbot.waitUntil(lambda: not book.unsaved, timeout=20000)
    assert not journey_store.journey_path(tmp_path, "gruppe-1").exists()


def test_a_failed_background_save_is_told_and_tried_again(qtbot, day, tmp_path, monkeypatch):
    editor = big_editor(qtbot, day, tmp_path)
    book = editor.book
    real, tries = parcel.save_packed, []

    def full_disk(folder, parcels):
        tries.append(1)
        if len(tries) == 1:
            raise OSError(28, "No space left on device")
        return real(folder, parcels)

    monkeypatch.setattr(parcel, "save_packed", full_disk)
    book.journey("gruppe-1").title = "Ny titel"
    book.touch("gruppe-1")
    book.save_now()
    qtbot.waitUntil(lambda: "No space left" in editor.statusBar().currentMessage(), timeout=20000)
    assert book.unsaved and book.timer.isActive()
    book.timer.timeout.emit()
    qtbot.waitUntil(lambda: not book.unsaved, timeout=20000)
    assert journey_store.load_journey(journey_store.journey_path(tmp_path, "gruppe-1")).title == "Ny titel"
