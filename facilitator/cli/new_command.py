"""`facilitator new OUT.yaml`: start a session file -- blank, from another session, or a talk with its deck.

    facilitator new my-day.yaml --title "Customer journeys" --start 9:30 --lang en
    facilitator new copy.yaml --from sessions/sociale-medier-090310.yaml --title "Ny dag"
    facilitator new talk.yaml --slides deck.pdf --duration 45m

A blank file is a small valid day (a welcome, one exercise in two phases, a break and a
wrap-up); a copy keeps the other file's comments and layout and changes only what is asked.
With --slides and --duration it writes a one-block talk that shows every page of the PDF (the
PDF is checked first and named relative to OUT.yaml; the text comes from
core.session.talk_template). It never overwrites a file. Options are added in ``add_options``;
the blank and --from forms apply theirs, in order, by the steps in ``STEPS``.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from facilitator.core.file_errors import os_error_text
from facilitator.core.session.blank import blank_session_text
from facilitator.core.session.document import SessionDocument
from facilitator.core.session.loader import load_session_text
from facilitator.core.session.media_files import MediaProblem, pdf_facts
from facilitator.core.session.problems import SessionError
from facilitator.core.session.talk_template import talk_session_text
from facilitator.core.timefmt import format_clock, format_minutes, parse_clock, parse_duration
from facilitator.core.workshop import atomic_write_text


def register(sub):
    p = sub.add_parser("new", help="write a new session file (blank, a copy of another, or a talk with its PDF)",
                       description="Write a new session file that `facilitator check` passes: a small day to "
                                   "plan from, a copy of --from with a new title, or (with --slides and "
                                   "--duration) a one-block talk that shows every page of a PDF. Never overwrites.")
    p.add_argument("out", metavar="OUT.yaml", type=Path, help="the file to write")
    add_options(p)
    p.set_defaults(func=run)
    return p


def add_options(p) -> None:
    p.add_argument("--from", dest="source", metavar="SESSION", type=Path, help="copy this session file")
    p.add_argument("--title", metavar="T", help="the session's title")
    p.add_argument("--start", metavar="HH:MM", type=_clock, help="when the day starts, e.g. 09:30")
    p.add_argument("--lang", choices=("da", "en"), help="language of the content (default en; a copy keeps its own)")
    p.add_argument("--slides", metavar="DECK.pdf", type=Path,
                   help="a talk: the PDF to show, one slide per page (with --duration)")
    p.add_argument("--duration", metavar="TIME", type=_duration,
                   help="how long the talk is, e.g. 45m or 1h15m (with --slides)")


def _clock(text: str) -> str:
    try:
        minutes = parse_clock(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None
    return format_clock(minutes, "en")


def _duration(text: str) -> int:
    try:
        seconds = parse_duration(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a duration; write 45m, 1h15m or 90s") from None
    if seconds <= 0:
        raise argparse.ArgumentTypeError("a talk needs more than zero minutes")
    return seconds


def run(args) -> int:
    out: Path = args.out
    if (args.slides is None) != (args.duration is None):
        print("facilitator new: --slides and --duration go together (a talk with its deck)", file=sys.stderr)
        return 2
    if out.exists():
        return _fail(f"{out} already exists; choose another name (nothing was written)")
    if args.slides is not None:
        return _talk(args, out)
    try:
        doc = _start(args)
        for step in STEPS:
            step(doc, args)
    except SessionError as e:
        for problem in e.problems:
            print(problem, file=sys.stderr)
        return 1
    for problem in doc.problems():  # a --from file with problems is copied all the same, and they are said
        print(problem, file=sys.stderr)
    try:
        doc.save(out)
    except OSError as e:
        return _fail(f"cannot write {os_error_text(e, out)}")
    print(out)
    return 0


# -- a blank day, or a copy -------------------------------------------------------------------

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


# -- a talk with its deck -----------------------------------------------------------------------

def _talk(args, out: Path) -> int:
    try:
        facts = pdf_facts(str(args.slides.resolve()))
    except MediaProblem as e:
        return _fail(f"{args.slides}: {e}")
    text = talk_session_text(_relative(args.slides, out), args.duration)
    try:
        load_session_text(text, str(out))  # what `check` will say: nothing
    except SessionError as e:  # pragma: no cover -- the template and the checks disagree: a bug
        return _fail("\n".join(str(p) for p in e.problems))
    try:
        atomic_write_text(out, text)
    except OSError as e:
        return _fail(f"cannot write {os_error_text(e, out)}")
    pages = "1 page" if facts.page_count == 1 else f"{facts.page_count} pages"
    print(f"{out}: a {format_minutes(args.duration)} talk showing {pages} of {args.slides.name}")
    print(f"run it with: facilitator run {out}")
    return 0


def _relative(deck: Path, out: Path) -> str:
    """The deck's path as the session file names it: relative to the session's folder."""
    try:
        return Path(os.path.relpath(deck.resolve(), out.resolve().parent)).as_posix()
    except ValueError:  # another drive (Windows): only an absolute path reaches it
        return str(deck.resolve())


def _fail(message: str) -> int:
    print(f"facilitator new: {message}", file=sys.stderr)
    return 1
