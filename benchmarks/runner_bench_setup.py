"""Shared by the runner benchmarks: a small day and both windows on the real engine."""
from __future__ import annotations

from facilitator.core.session.model import Block, BlockKind, Exercise, Phase, Session


def bench_session() -> Session:
    ex = Exercise("ex", "Øvelse", 20 * 60, "Skriv stikord.",
                  [Phase("Alene", 10 * 60), Phase("I gruppen", 10 * 60)])
    return Session("Benchmark", "da", 9 * 60, [
        Block("talk", "Oplæg", BlockKind.TALK, 30 * 60, notes="Noter"),
        Block("ex", "Øvelse", BlockKind.EXERCISE, 30 * 60, exercises=[ex]),
        Block("pause", "Pause", BlockKind.BREAK, 15 * 60),
    ])


def seed_session() -> Session:
    """The default session: its exercise block and the talk after it have slides to warm up."""
    from facilitator.bundled import default_session_path
    from facilitator.core.session.loader import load_session
    return load_session(default_session_path())


def running_day(offset: float = 0.5, seed: bool = False, folder=None):
    """Both windows shown, the exercise block running and its timer starting
    ``offset`` seconds out of step with the block, so two countdowns tick.
    ``seed``: the default session's day (slides warming up in the first seconds).
    ``folder``: a workshop folder (the journey editor opens on it)."""
    from PySide6.QtCore import QTimer

    from facilitator.core.day.clock import SystemClock
    from facilitator.core.day.runner import Runner
    from facilitator.ui.app import build_windows

    clock = SystemClock()
    session = seed_session() if seed else bench_session()
    runner = Runner(session, clock)
    parts = build_windows(session, runner, clock, "da", folder=folder)
    controller, presenter, wall, placer, chime = parts
    chime.set_muted(True)
    presenter.resize(1366, 740)  # a laptop screen
    wall.resize(1920, 1080)  # a projector
    presenter.show()
    wall.show()
    controller.start_day()
    controller.next_block()
    QTimer.singleShot(int(offset * 1000), controller.start_exercise)
    return parts
