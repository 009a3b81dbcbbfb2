"""run_planner: `facilitator plan [SESSION.yaml]` as its own application."""
from __future__ import annotations

from pathlib import Path


def run_planner(path: Path | None = None, lang: str | None = None) -> int:
    from facilitator.ui.app import _application
    from facilitator.ui.i18n import setup_language
    from facilitator.ui.planner.planner_window import PlannerWindow

    app = _application()
    lang = setup_language(app, lang)
    window = PlannerWindow(path, lang=lang)
    window.show()
    return app.exec()
