"""Loading the session file named on the command line, for every sub-command.

Problems go to stderr as ``FILE:LINE:COL: message`` lines, one per problem;
the caller exits 1. Never a traceback for a bad file.
"""
from __future__ import annotations

import sys
from typing import Callable

from facilitator.core.session.loader import read_session
from facilitator.core.session.model import Session


def session_command(sub, name: str, help: str, description: str):
    """A sub-command parser whose first argument is a session file."""
    parser = sub.add_parser(name, help=help, description=description)
    parser.add_argument("file", metavar="FILE", help="a session file (YAML), e.g. sessions/sociale-medier-090310.yaml")
    return parser


def print_for_session(path: str, render: Callable[[Session], str], warnings: bool = False,
                      files_present: bool = False) -> int:
    """Print render(session) and return 0, or report the file's problems and return 1.
    With warnings, also what loads but looks unintended, as FILE:LINE:COL: warning: ... on stderr.
    files_present: a slide's PDF or image that cannot be read is an error (check), not a warning."""
    session = load_or_report(path, files_present)
    if session is None:
        return 1
    for warning in session.warnings if warnings else ():
        print(warning, file=sys.stderr)
    print(render(session))
    return 0


def load_or_report(path, files_present: bool = False) -> Session | None:
    """The session, or None after printing each of its problems to stderr (every sub-command
    that reads a session file comes here). Only `check` insists that the slides' PDFs and
    images are there; the agenda, the status and the journeys do not need them."""
    _tolerant_output()
    session, problems = read_session(path, files_present=files_present)
    for problem in problems:
        print(problem, file=sys.stderr)
    return session


def _tolerant_output() -> None:
    """A terminal that cannot show 'ø' gets an escape, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
