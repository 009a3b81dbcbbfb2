"""Opening the journey editor on many groups and a big journey: the tab on screen is usable at
once, the other tabs are built one per event-loop turn with a bar in the status bar, and the
countdown keeps being redrawn in between; in the end every group's journey is in the editor."""
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from samples import filled
from seed_day import started_day as day  # noqa: F401  (a fixture)

from facilitator.core.journeys import parcel, store
from facilitator.core.journeys.model import Touchpoint
from facilitator.ui.journeys import editor_window
from facilitator.ui.journeys.slices import Slices

GROUPS = 8


def write_groups(folder) -> list:
    journeys = [filled(f"Gruppe {n}") for n in range(1, GROUPS + 1)]
    big = journeys[-1]
    big.touchpoints = [Touchpoint(f"Kontaktpunkt {k}", big.phases[0].id, channel="Web", feeling=k % 3 - 1)
                       for k in range(parcel.ROWS * 2 + 1)]  # comes back in several parcels
    for journey in journeys:
        store.save_journey(folder, journey)
    return journeys


def test_the_countdown_runs_on_while_the_tabs_are_built_in_slices(qtbot, day, monkeypatch):
    session, controller, presenter, wall = day
    link = presenter.journeys_link
    write_groups(link.folder)
    link.read_in_process = False  # a thread: quicker to start than a process, the same slices after it
    seen = []  # (countdown on the presenter, tabs still to build, status bar) at each slice

    def at_each_slice(_done, _total):
        editor = link.editor
        seen.append((presenter.block_countdown.text(), len(editor.unbuilt_tabs()),
                     editor.statusBar().currentMessage(), editor.current_board() is not None))
        controller.clock.advance(1)  # a second passes: its redraw must get its turn before the next slice
        QTimer.singleShot(0, controller.tick)

    class WatchedSlices(Slices):
        def start(self):
            self.progress.connect(at_each_slice)
            return super().start()

    monkeypatch.setattr(editor_window, "Slices", WatchedSlices)
    presenter.open_journeys.trigger()
    qtbot.waitUntil(lambda: link.editor is not None and link.editor.isVisible(), timeout=20000)
    editor = link.editor
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.building.done, timeout=20000)  # every tab built, the bar gone

    assert not editor.unbuilt_tabs()
    assert len(seen) == GROUPS - 1  # the first tab was built at once, the others one per slice
    assert all(usable for *_rest, usable in seen)  # the tab on screen had its board all along
    assert "boards" in seen[0][2]  # "Laying out the groups' boards…" while it builds
    while_building = [countdown for countdown, unbuilt, *_rest in seen if unbuilt > 0]
    assert len(set(while_building)) == len(while_building) >= GROUPS - 2  # a new second at every slice
    assert "boards" not in editor.statusBar().currentMessage()

    on_disk, _problems = store.load_all(link.folder)
    tabs = [editor.tabs.widget(i) for i in range(editor.tabs.count())]
    assert [editor.tabs.tabText(i) for i in range(editor.tabs.count())] == [j.group for j in on_disk]
    assert [tab.board.journey for tab in tabs] == on_disk
    assert len(tabs[-1].board.journey.touchpoints) == parcel.ROWS * 2 + 1


class Countdowns(QObject):  # the controller's side of it
    second_passed = Signal()
    ms = 1000

    def ms_to_next_redraw(self):
        return self.ms


def test_a_step_that_cannot_be_cut_waits_for_the_redraw_when_one_is_near(qtbot):
    from facilitator.ui.journeys.slices import between_seconds

    countdowns, ran = Countdowns(), []
    between_seconds(countdowns, lambda: ran.append("far"))
    assert ran == ["far"]  # the next redraw is far: at once
    countdowns.ms = 40
    between_seconds(countdowns, lambda: ran.append("near"))
    assert ran == ["far"]  # it would make that redraw late
    countdowns.second_passed.emit()
    qtbot.waitUntil(lambda: ran == ["far", "near"])  # just after the redraw
    countdowns.second_passed.emit()
    assert ran == ["far", "near"]  # once


def test_no_slice_starts_just_before_a_redraw(qtbot):
    countdowns, ran = Countdowns(), []
    countdowns.ms = 10
    slices = Slices((ran.append(n) for n in range(3)), 3, countdowns=countdowns).start()
    for _ in range(5):
        QCoreApplication.processEvents()  # event-loop turns: a 0 ms timer would fire
    assert ran == []  # it would make the redraw 10 ms from now late
    countdowns.ms = 1000
    countdowns.second_passed.emit()  # redrawn: the next second is far away
    qtbot.waitUntil(lambda: slices.done)
    assert ran == [0, 1, 2]
