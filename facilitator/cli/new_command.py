"""`facilitator new OUT.yaml --slides deck.pdf --duration 45m`: a talk with its deck.

Writes a one-block session that shows every page of the PDF, ready to run with its
timer (the pympress use case, plus the agenda). The PDF is checked first (it exists,
opens without a password, is not damaged), the file is named relative to OUT.yaml,
and OUT.yaml is never overwritten. The text comes from core.session.talk_template.

(The blank and --from forms of `new` are another issue's; they share this command.)
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from facilitator.core.file_errors import os_error_text
from facilitator.core.session.loader import load_session_text
from facilitator.core.session.media_files import MediaProblem, pdf_facts
from facilitator.core.session.problems import SessionError
from facilitator.core.session.talk_template import talk_session_text
from facilitator.core.timefmt import format_minutes, parse_duration
from facilitator.core.workshop import atomic_write_text


def register(sub):
    p = sub.add_parser("new", help="write a new session file: a talk with its PDF slides",
                       description="Write a one-block session that shows every page of a PDF for the "
                                   "given time, ready for `facilitator run`. Never overwrites.")
    p.add_argument("out", metavar="OUT.yaml", type=Path, help="the file to write")
    add_options(p)
    p.set_defaults(func=run)
    return p


def add_options(p) -> None:
    p.add_argument("--slides", metavar="DECK.pdf", type=Path, required=True,
                   help="the PDF to show, one slide per page")
    p.add_argument("--duration", metavar="TIME", type=_duration, required=True,
                   help="how long the talk is, e.g. 45m or 1h15m")


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
    if out.exists():
        return _fail(f"{out} already exists; choose another name (nothing was written)")
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
    print(message, file=sys.stderr)
    return 1
