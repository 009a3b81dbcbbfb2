"""run_planner: `facilitator plan [SESSION.yaml]` as its own application."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer

READY_LINE = "facilitator: planner ready"


def run_planner(path: Path | None = None, lang: str | None = None) -> int:
    from facilitator.ui.app import _application
    from facilitator.ui.i18n import setup_language
    from facilitator.ui.planner.planner_window import PlannerWindow

    app = _application()
    lang = setup_language(app, lang)
    window = PlannerWindow(path, lang=lang)
    window.show()
    QTimer.singleShot(0, lambda: print(READY_LINE, flush=True))  # the start-up benchmark waits for it
    return app.exec()
