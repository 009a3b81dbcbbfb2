"""`facilitator plan [SESSION.yaml]`: open the planner on a session, or on its start page."""
from __future__ import annotations

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("plan", help="plan a session in the planner window",
                       description="Open the planner: the agenda as a table with times that recompute as "
                                   "you type, exercises, slides, platforms and journey templates. Without a "
                                   "file it opens on its start page (recent sessions, new, open).")
    p.add_argument("file", nargs="?", type=Path, metavar="SESSION.yaml", help="the session file to plan")
    p.add_argument("--lang", choices=("da", "en"), help="language of the window")
    p.set_defaults(func=run)


def run(args) -> int:
    from facilitator.ui.planner.launch import run_planner

    return run_planner(args.file, args.lang)
