"""Loading the session file named on the command line, for every sub-command.

Problems go to stderr as ``FILE:LINE:COL: message`` lines, one per problem;
the caller exits 1. Never a traceback for a bad file.
"""
from __future__ import annotations

import sys

from facilitator.core.loader import load_session
from facilitator.core.problems import SessionError
from facilitator.core.session import Session


def add_file_argument(parser) -> None:
    parser.add_argument("file", metavar="FILE", help="a session file (YAML), e.g. sessions/sociale-medier-090310.yaml")


def load_or_report(path: str) -> Session | None:
    _tolerant_output()
    try:
        return load_session(path)
    except SessionError as e:
        for problem in e.problems:
            print(problem, file=sys.stderr)
    except Exception as e:  # noqa: BLE001 -- a bug must still not show the user a traceback
        print(f"{path}:1:1: internal error while reading the file ({type(e).__name__}: {e}); "
              "please report it", file=sys.stderr)
    return None


def _tolerant_output() -> None:
    """A terminal that cannot show 'ø' gets an escape, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
