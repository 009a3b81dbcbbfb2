"""A day with a report-back round reads a big journeys folder (a file near the 2 MB cap: seconds
of PyYAML) away from the GUI thread: the countdown runs on, the round gets its groups when the
read ends, and an unchanged folder is not read again at the next block."""
from __future__ import annotations

import threading
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from facilitator.core.day.wall import WallMode
from facilitator.core.journeys import parcel, store
from facilitator.core.journeys.model import Touchpoint, blank_journey
from facilitator.core.session.model import Block, BlockKind, ReportBack, Session
from facilitator.ui.runner import folder_journeys

M = 60


def round_session() -> Session:
    return Session("Workshop om sociale medier", "da", 9 * 60, [
        Block("intro", "Velkommen", BlockKind.TALK, 30 * M),
        Block("runde", "Grupperne fremlægger", BlockKind.EXERCISE, 20 * M,
              report_back=ReportBack(per_group=4 * M, changeover=1 * M, groups=None)),
        Block("slut", "Opsamling", BlockKind.TALK, 30 * M, min_duration=15 * M),
    ])


def write_group(folder, n, touchpoints=12):
    j = blank_journey(f"Gruppe {n}", ("Før rejsen", "Under rejsen", "Efter rejsen"), title="Rejse til Mallorca")
    for k in range(touchpoints):
        j.touchpoints.append(Touchpoint(f"Kontaktpunkt {k + 1} hos gruppe {n}", j.phases[k * 3 // touchpoints].id))
    store.save_journey(folder, j)


@pytest.fixture
def held_reads(monkeypatch):
    """load_all_packed waits for `release` (a 2 MB file on a slow laptop), in a thread of this process."""
    release, calls = threading.Event(), []
    real = parcel.load_all_packed

    def slow(folder):
        calls.append("reading")
        release.wait(20)
        calls[-1] = "read"
        return real(folder)

    monkeypatch.setattr(parcel, "load_all_packed", slow)
    monkeypatch.setattr(folder_journeys.FolderJourneys, "in_process", False)
    monkeypatch.setattr(folder_journeys, "AT_ONCE_BYTES", 1000)  # these few KB count as a big folder
    return release, calls


@pytest.fixture
def day(qtbot, tmp_path, settings, held_reads):
    from facilitator.core.day.clock import FakeClock
    from facilitator.core.day.runner import Runner
    from facilitator.ui.app import build_windows

    folder = tmp_path / "workshop"
    for n in (1, 2, 3):
        write_group(folder, n, touchpoints=40 if n == 3 else 12)
    session = round_session()
    clock = FakeClock(datetime(2026, 11, 26, 9, 0, 0))
    controller, presenter, wall, _placer, _chime = build_windows(
        session, Runner(session, clock), clock, "da", settings, folder=folder)
    qtbot.addWidget(presenter)
    qtbot.addWidget(wall)
    presenter.show()
    wall.show()
    qtbot.waitExposed(presenter)
    yield controller, presenter, wall, clock, folder
    held_reads[0].set()
    controller.stop()


def groups(controller, block=1):
    state = controller.runner.round_of(block)
    return [] if state is None else [g.name for g in state.groups]


def test_the_countdown_runs_while_the_round_reads_a_big_folder(qtbot, day, held_reads):
    controller, presenter, wall, clock, folder = day
    release, calls = held_reads
    assert calls == []  # nothing read beside the app's start-up
    qtbot.keyClick(presenter, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: len(calls) == 1)  # read when the first block begins, before the round's
    for _ in range(3):
        before = presenter.block_countdown.text()
        clock.advance(61)
        controller.tick()
        assert presenter.block_countdown.text() != before  # the GUI thread is free while it reads
    assert calls == ["reading"]  # ... and it really is still reading
    assert groups(controller) == []  # not known yet: the plan is not emptied meanwhile
    release.set()
    qtbot.waitUntil(lambda: groups(controller) == ["Gruppe 1", "Gruppe 2", "Gruppe 3"], timeout=20000)
    clock.advance(30 * M)
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # the round block
    card = presenter.round_link.card
    assert wall.mode() == WallMode.ROUND and wall.current_page() is card
    assert card.big.text() == "Rækkefølge:\n1. Gruppe 1\n2. Gruppe 2\n3. Gruppe 3"
    assert controller.state.blocks[1].planned_duration == 14 * M
    assert len(calls) == 1  # the folder did not change: not read again at the new block


def test_a_group_written_during_the_day_joins_the_next_round_after_a_new_read(qtbot, day, held_reads):
    controller, presenter, wall, clock, folder = day
    release, calls = held_reads
    release.set()
    qtbot.keyClick(presenter, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: groups(controller) == ["Gruppe 1", "Gruppe 2", "Gruppe 3"], timeout=20000)
    write_group(folder, 4)  # saved by the editor, closed again
    clock.advance(30 * M)
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # the round block
    qtbot.waitUntil(lambda: groups(controller) == ["Gruppe 1", "Gruppe 2", "Gruppe 3", "Gruppe 4"], timeout=20000)
    assert len(calls) == 2
