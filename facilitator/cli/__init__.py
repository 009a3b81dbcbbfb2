"""Command line: ``facilitator`` opens the GUI; sub-commands work without a display.

Each sub-command lives in its own module with ``register(subparsers)``; the module
sets ``func`` on its parser. Exit codes: 0 ok, 1 bad input, 2 usage error.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from facilitator import __version__

# command name -> its module; only the module of the command being run is imported (the
# others pull in the PDF writer, the report and the planner: start-up time of the GUI)
COMMANDS = {"run": "run_command", "check": "check_command", "agenda": "agenda_command",
            "status": "status_command", "journeys": "journeys_command", "new": "new_command",
            "plan": "plan_command", "report": "report_command"}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with `only`, just that command (the same parsing for it,
    without importing the other commands' modules)."""
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description="Run a workshop day: agenda timer, presenter and projector views, journey worksheets.",
    )
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in COMMANDS.items():
        if only in (None, name):
            importlib.import_module(f"facilitator.cli.{module}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version")):
        argv = ["run", *argv]  # plain `facilitator` opens the GUI on the default session
    parser = build_parser(argv[0] if argv[0] in COMMANDS else None)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        return _reader_gone()


def _reader_gone() -> int:
    """The output's reader went away (`facilitator agenda FILE | head -1`): stop quietly, as
    Unix tools do. What is still buffered goes nowhere, or Python's flush at exit would raise
    the same error again with a traceback."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 1
