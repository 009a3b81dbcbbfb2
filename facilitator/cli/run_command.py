"""`facilitator run [FILE]`: open the presenter and participant windows on a session."""
from __future__ import annotations

import argparse
import sys
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
    p.add_argument("--rehearse", action="store_true",
                   help="rehearse the day on a simulated clock from its planned start, with its own "
                        "journal in the workshop folder's rehearsal folder (the real day's is not touched)")
    p.add_argument("--at", type=_clock_time, metavar="HH:MM",
                   help="with --rehearse: start the simulated clock at this time (default: the planned start)")
    p.add_argument("--speed", type=_speed, default=1, metavar="N",
                   help="with --rehearse: run the simulated clock N times as fast (1-60, default 1)")
    p.set_defaults(func=run, resume=None)


def _clock_time(text: str) -> int:
    from facilitator.core.timefmt import parse_clock

    try:
        return parse_clock(text)
    except ValueError as exc:
        # parse_clock's own words speak of a file ("write it in quotes"): not on a command line
        why = exc if "of the day" in str(exc) else f"{text!r} is not a clock time like 13:15 or 9.30"
        raise argparse.ArgumentTypeError(str(why)) from None


def _speed(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 1 <= value <= 60:
        raise argparse.ArgumentTypeError(f"--speed is 1 to 60, not {text!r}")
    return value


def run(args) -> int:
    import gc

    # Start-up makes about 30,000 objects that live all day (Qt's enums, the model,
    # the widgets' wrappers); the cyclic collector went over them some 50 times (13 ms) before
    # the first paint. It is paused until then (ui/app.py: collector_back).
    gc.disable()
    from facilitator.bundled import default_session_path
    from facilitator.ui.app import rehearse, run_app

    session = args.file or default_session_path()
    if args.rehearse:
        return rehearse(session, speed=args.speed, at=args.at, workshop_dir=args.workshop_dir, lang=args.lang)
    if args.at is not None or args.speed != 1:
        print("facilitator run: --at and --speed go with --rehearse", file=sys.stderr)
        return 2
    return run_app(session, args.workshop_dir, args.lang, args.resume)
