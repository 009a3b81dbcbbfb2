"""`facilitator run [FILE]`: open the presenter and participant windows on a session."""
from __future__ import annotations

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("run", help="open the presenter and participant windows (the default)")
    p.add_argument("file", nargs="?", type=Path, metavar="FILE",
                   help="session file (YAML); default: the bundled workshop")
    p.add_argument("--workshop-dir", type=Path, metavar="DIR",
                   help="folder for the run journal and the groups' journeys "
                        "(default: one per session and date under your data folder)")
    p.add_argument("--lang", choices=("da", "en"),
                   help="language of the presenter window and dialogs (default: $FACILITATOR_LANG, "
                        "the Language menu's choice, or the system's language); the wall always "
                        "speaks the session's language")
    choice = p.add_mutually_exclusive_group()
    choice.add_argument("--resume", dest="resume", action="store_const", const=True,
                        help="replay today's journal without asking")
    choice.add_argument("--fresh", dest="resume", action="store_const", const=False,
                        help="start the day afresh; an old journal is kept under a new name")
    p.set_defaults(func=run, resume=None)


def run(args) -> int:
    from facilitator.bundled import default_session_path
    from facilitator.ui.app import run_app

    return run_app(args.file or default_session_path(), args.workshop_dir, args.lang, args.resume)
