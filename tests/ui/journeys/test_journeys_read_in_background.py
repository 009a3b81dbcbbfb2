"""Opening the journey editor reads the groups' files away from the GUI thread: the countdown runs on."""
import threading

from facilitator.core.journeys import store as journey_store
from seed_day import started_day as day  # noqa: F401  (a fixture)


def test_the_countdown_keeps_ticking_while_the_journeys_are_read(qtbot, day, monkeypatch):
    session, controller, presenter, wall = day
    release = threading.Event()
    real_load_all = journey_store.load_all

    def slow_load_all(folder):  # a 50 MB file on a slow disk
        release.wait(20)
        return real_load_all(folder)

    monkeypatch.setattr(journey_store, "load_all", slow_load_all)
    link = presenter.journeys_link
    link.read_in_process = False  # a thread of this process, so the stand-in above is what reads
    presenter.open_journeys.trigger()
    assert link.editor is None and "Reading the groups" in presenter.statusBar().currentMessage()
    before = presenter.block_countdown.text()
    controller.clock.advance(65)
    controller.tick()
    assert presenter.block_countdown.text() != before  # the GUI thread was free to redraw
    presenter.open_journeys.trigger()  # pressed again while reading: still one editor
    release.set()
    qtbot.waitUntil(lambda: link.editor is not None and link.editor.isVisible(), timeout=20000)
    qtbot.addWidget(link.editor)
    assert presenter.statusBar().currentMessage() == ""
    assert link.open_editor() is link.editor
