"""Command line: ``facilitator`` opens the GUI; sub-commands work without a display.

Each sub-command lives in its own module with ``register(subparsers)``; the module
sets ``func`` on its parser. Exit codes: 0 ok, 1 bad input, 2 usage error.
"""
from __future__ import annotations

import argparse
import sys

from facilitator import __version__

from facilitator.cli import (
    agenda_command, check_command, journeys_command, new_command, plan_command, run_command, status_command,
)

COMMANDS = (run_command, check_command, agenda_command, status_command, journeys_command, new_command, plan_command)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description="Run a workshop day: agenda timer, presenter and projector views, journey worksheets.",
    )
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version")):
        argv = ["run", *argv]  # plain `facilitator` opens the GUI on the default session
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)
