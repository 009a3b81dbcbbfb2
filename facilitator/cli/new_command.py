"""`facilitator new OUT.yaml`: start a session file, blank or from another session.

    facilitator new my-day.yaml --title "Customer journeys" --start 9:30 --lang en
    facilitator new copy.yaml --from sessions/sociale-medier-090310.yaml --title "Ny dag"

A blank file is a small valid day (a welcome, one exercise in two phases, a break and a
wrap-up); a copy keeps the other file's comments and layout and changes only what is asked.
It never overwrites a file. Options are added in ``add_options`` and applied, in order, by
the steps in ``STEPS``: a new option is one argument and one step.
"""
from __future__ import annotations

import sys
from pathlib import Path

from facilitator.core.session.blank import blank_session_text
from facilitator.core.session.document import SessionDocument
from facilitator.core.session.problems import SessionError
from facilitator.core.timefmt import format_clock, parse_clock


def register(sub):
    p = sub.add_parser("new", help="write a new session file (blank, or a copy of another)",
                       description="Write a new session file that `facilitator check` passes: a small "
                                   "day to plan from, or a copy of --from with a new title. Never overwrites.")
    p.add_argument("out", metavar="OUT.yaml", type=Path, help="the file to write")
    add_options(p)
    p.set_defaults(func=run)
    return p


def add_options(p) -> None:
    p.add_argument("--from", dest="source", metavar="SESSION", type=Path, help="copy this session file")
    p.add_argument("--title", metavar="T", help="the session's title")
    p.add_argument("--start", metavar="HH:MM", type=_clock, help="when the day starts, e.g. 09:30")
    p.add_argument("--lang", choices=("da", "en"), help="language of the content (default en; a copy keeps its own)")


def _clock(text: str) -> str:
    import argparse

    try:
        minutes = parse_clock(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None
    return format_clock(minutes, "en")


def run(args) -> int:
    out: Path = args.out
    if out.exists():
        return _fail(f"{out} already exists; choose another name (nothing was written)")
    try:
        doc = _start(args)
        for step in STEPS:
            step(doc, args)
    except SessionError as e:
        for problem in e.problems:
            print(problem, file=sys.stderr)
        return 1
    problems = doc.problems()
    if problems:  # a --from file with problems is copied all the same, and they are said
        for problem in problems:
            print(problem, file=sys.stderr)
    try:
        doc.save(out)
    except OSError as e:
        return _fail(f"cannot write {out}: {e.strerror or e}")
    print(out)
    return 0


def _start(args) -> SessionDocument:
    if args.source:
        doc = SessionDocument.open(args.source)
        doc.path = None
        return doc
    return SessionDocument.from_text(blank_session_text(args.title, args.start or "09:00", args.lang or "en"))


def _title(doc: SessionDocument, args) -> None:
    if args.title and args.source:
        doc.set_session_field("title", args.title)


def _start_time(doc: SessionDocument, args) -> None:
    if args.start and args.source:
        doc.set_session_field("start", args.start)


def _language(doc: SessionDocument, args) -> None:
    if args.lang and args.source:
        doc.set_session_field("language", args.lang)


STEPS = [_title, _start_time, _language]


def _fail(message: str) -> int:
    print(f"facilitator new: {message}", file=sys.stderr)
    return 1
