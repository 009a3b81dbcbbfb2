"""The slide on the wall is written for a restart off the GUI thread: a slow disk never holds a
slide or block change, and the newest position is the one left on disk."""
from __future__ import annotations

import threading

from facilitator.core import workshop
from facilitator.ui.slides import deck_position
from facilitator.ui.slides.deck_position import DeckPositionKeeper


def test_the_newest_position_is_written_while_the_gui_goes_on(qtbot, tmp_path, monkeypatch):
    release, writing, written, threads = threading.Event(), threading.Event(), [], []
    real_save = workshop.save_deck_position

    def slow_disk(folder, block, slide):
        threads.append(threading.current_thread())
        writing.set()
        release.wait(10)  # an fsync on a USB stick
        real_save(folder, block, slide)
        written.append((block, slide))

    monkeypatch.setattr(deck_position.workshop, "save_deck_position", slow_disk)
    keeper = DeckPositionKeeper(tmp_path)
    keeper.keep(0, 1)  # returns at once: the write waits on the "disk"
    assert writing.wait(10)
    keeper.keep(0, 2)
    keeper.keep(1, 0)
    assert workshop.load_deck_position(tmp_path) is None and not keeper.idle()
    saved = []
    keeper.saved.connect(lambda: saved.append(1))
    release.set()
    qtbot.waitUntil(lambda: keeper.idle() and len(saved) == 2)
    assert workshop.load_deck_position(tmp_path) == (1, 0)
    assert written == [(0, 1), (1, 0)]  # (0, 2) was overtaken before its turn
    assert threading.main_thread() not in threads


def test_a_failed_write_comes_back_to_the_gui(qtbot, tmp_path):
    (tmp_path / workshop.DECK_POSITION).mkdir()  # where the file goes: every write fails
    keeper = DeckPositionKeeper(tmp_path)
    with qtbot.waitSignal(keeper.failed) as failure:
        keeper.keep(2, 3)
    assert isinstance(failure.args[0], OSError)
    assert keeper.wait(5)
