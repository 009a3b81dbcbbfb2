"""A day without a report-back round never reads the groups' journeys: reading them on the
GUI thread at each new block (a 2 MB journey takes seconds) would stop the countdown. What
the facilitator can see of it: a broken journey file stays where it is, not set aside."""
from __future__ import annotations

from datetime import datetime

from facilitator.core.journeys import store
from facilitator.core.journeys.model import blank_journey
from facilitator.core.session.model import Block, BlockKind, Session

M = 60


def test_a_day_without_a_round_leaves_the_journey_files_alone(qtbot, tmp_path, settings):
    from facilitator.core.day.clock import FakeClock
    from facilitator.core.day.runner import Runner
    from facilitator.ui.app import build_windows

    folder = tmp_path / "workshop"
    store.save_journey(folder, blank_journey("Gruppe 1"))
    broken = store.journeys_dir(folder) / "gruppe-2.yaml"
    broken.write_text("touchpoints: [unclosed\n", encoding="utf-8")
    session = Session("Uden runde", "da", 9 * 60, [
        Block("intro", "Velkommen", BlockKind.TALK, 30 * M),
        Block("ovelse", "Øvelse", BlockKind.EXERCISE, 20 * M),
    ])
    clock = FakeClock(datetime(2026, 11, 26, 9, 0, 0))
    controller, presenter, wall, _placer, _chime = build_windows(
        session, Runner(session, clock), clock, "da", settings, folder=folder)
    qtbot.addWidget(presenter)
    qtbot.addWidget(wall)
    controller.start_day()
    controller.next_block()
    controller.next_block()
    clock.advance(3)
    controller.tick()
    assert broken.exists() and not list(store.journeys_dir(folder).glob("*.broken-*"))
    controller.stop()
