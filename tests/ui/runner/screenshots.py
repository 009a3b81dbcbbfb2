"""Grab both windows to PNG on the seed workshop, Danish, at a given wall size.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.runner.screenshots OUTDIR [WIDTHxHEIGHT]   (QT_SCALE_FACTOR=2 for dpr 2)

Not a test: a helper to look at what the room and the facilitator see.
"""
from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication


def main(out: Path, size: tuple[int, int]) -> None:
    from facilitator.bundled import default_session_path
    from facilitator.core.clock import FakeClock
    from facilitator.core.loader import load_session
    from facilitator.core.runner import Runner
    from facilitator.core.wall import WallMode
    from facilitator.ui.app import build_windows
    from facilitator.ui.i18n import install_translators

    app = QApplication.instance() or QApplication([])
    install_translators(app, "da")
    session = load_session(default_session_path())
    clock = FakeClock(datetime(2026, 11, 26, 9, 3, 0))
    controller, presenter, wall, _placer, chime = build_windows(session, Runner(session, clock),
                                                                clock, "da")
    chime.set_muted(True)
    chime._flashes.clear()  # a chime's flash would frame every shot
    presenter.resize(1366, 740)
    wall.resize(*size)
    presenter.show()
    wall.show()
    tag = f"{size[0]}x{size[1]}@{wall.devicePixelRatio():g}"
    out.mkdir(parents=True, exist_ok=True)

    def shot(name):
        app.processEvents()
        wall.grab().save(str(out / f"wall-{name}-{tag}.png"))

    controller.start_day()
    clock.advance(34 * 60)
    controller.next_block()
    controller.start_exercise()
    clock.advance(7 * 60 + 12.4)
    controller.tick()
    shot("exercise")
    presenter.grab().save(str(out / f"presenter-exercise-{tag}.png"))
    clock.advance(24 * 60)
    controller.tick()
    shot("exercise-overtime")
    controller.next_block()
    controller.next_block()
    clock.advance(3 * 60)
    controller.tick()
    shot("break")
    presenter.grab().save(str(out / f"presenter-break-{tag}.png"))
    controller.set_wall_mode(WallMode.AGENDA)
    shot("agenda")
    controller.stop()


if __name__ == "__main__":
    w, h = (int(x) for x in (sys.argv[2] if len(sys.argv) > 2 else "1920x1080").split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main(Path(sys.argv[1]), (w, h))
