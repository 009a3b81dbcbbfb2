"""`facilitator journeys` -- print the groups' journeys and the worksheets for the room.

    facilitator journeys export JOURNEY.yaml... -o OUT.pdf [--paper a4|a3] [--split] [--session FILE]
    facilitator journeys worksheet SESSION.yaml [--template mallorca] --groups 6 [--blank]
                                   [--paper a4|a3] [--split] -o OUT.pdf

Exit codes: 0 ok, 1 bad input (each problem printed as FILE:LINE:COL: message).
"""
from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("journeys", help="export the groups' journeys or print worksheets as PDF")
    jsub = p.add_subparsers(dest="journeys_command", metavar="ACTION", required=True)

    e = jsub.add_parser("export", help="journey files (YAML) to PDF, one journey per page")
    e.add_argument("journeys", nargs="+", metavar="JOURNEY.yaml")
    e.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    e.add_argument("--paper", choices=("a4", "a3"), default="a4")
    e.add_argument("--split", action="store_true", help="one PDF per group: OUT-<group>.pdf")
    e.add_argument("--session", metavar="SESSION.yaml", help="take the workshop title and date from here")
    e.add_argument("--lang", "--language", dest="lang", choices=("da", "en"),
                   help="language of the print-out (default: the session's: from --session, the journey file, "
                        "or the session named in the workshop folder's workshop.json)")
    e.set_defaults(func=run_export)

    w = jsub.add_parser("worksheet", help="worksheets for N groups, pre-filled from a template or blank")
    w.add_argument("session", metavar="SESSION.yaml")
    w.add_argument("--template", help="journey template id (default: the session's only one)")
    w.add_argument("--groups", type=int, default=1, metavar="N")
    w.add_argument("--blank", action="store_true", help="empty columns; the template gives only its phases")
    w.add_argument("--paper", choices=("a4", "a3"), default="a4")
    w.add_argument("--split", action="store_true", help="one PDF per group")
    w.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    w.set_defaults(func=run_worksheet, usage_error=w.error)  # a bad --groups is answered as argparse does


def run_export(args) -> int:
    from facilitator.cli.session_arg import load_or_report
    from facilitator.core.journeys.store import JourneyFileError, load_journey
    from facilitator.export.journey_pdf import split_paths, write_journeys_pdf, write_journeys_split
    from facilitator.export.labels import human_date

    journeys, bad = [], False
    for path in args.journeys:
        try:
            journeys.append(load_journey(path))
        except JourneyFileError as e:
            print(e, file=sys.stderr)
            bad = True
        except Exception as e:  # noqa: BLE001 -- a bug must still not show the user a traceback
            print(f"{path}:1:1: internal error while reading the file ({type(e).__name__}: {e}); please report it",
                  file=sys.stderr)
            bad = True
    kwargs = {"paper": args.paper}
    session = None
    if args.session:
        session = load_or_report(args.session)
        if session is None:
            return 1
        kwargs.update(workshop_title=session.title, date=human_date(session.date, session.language))
    if bad:
        return 1
    kwargs["language"] = args.lang or (session.language if session else export_language(journeys, args.journeys))
    outs = split_paths(journeys, args.output) if args.split else [args.output]
    clash = _output_is_input(outs, [*args.journeys, *([args.session] if args.session else [])])
    if clash:
        print(f"facilitator journeys: {clash} is one of the input files; choose another name for the PDF (-o)",
              file=sys.stderr)
        return 1
    notices: list[str] = []
    try:
        if args.split:
            outs = write_journeys_split(journeys, args.output, notices=notices, **kwargs)
        else:
            outs = [write_journeys_pdf(journeys, args.output, notices=notices, **kwargs)]
    except OSError as e:
        return _cannot_write(args.output, e)
    for notice in notices:
        print(f"facilitator journeys: warning: {notice}", file=sys.stderr)
    for out in outs:
        print(out)
    return 0


def _output_is_input(outputs, inputs) -> str | None:
    """The first output that would overwrite an input (the same file, by any name), or None."""
    import os

    for out in outputs:
        for given in inputs:
            try:
                if os.path.samefile(out, given):
                    return str(out)
            except OSError:  # the output does not exist yet: it cannot be an input
                pass
    return None


def export_language(journeys, paths) -> str:
    """The print-out's language when no --lang or --session says: the journey files' own
    (the editor records the session's), else the session named in their workshop folder's
    workshop.json, else Danish (a session's default)."""
    from pathlib import Path

    for j in journeys:
        if j.language:
            return j.language
    for path in paths:
        language = _workshop_language(Path(path).resolve().parent.parent)
        if language:
            return language
    return "da"


def _workshop_language(folder) -> str | None:
    from facilitator.core.session.loader import load_session
    from facilitator.core.workshop import read_workshop_info

    info = read_workshop_info(folder) or {}
    if not isinstance(info.get("session"), str):
        return None
    try:
        return load_session(info["session"]).language
    except Exception:  # noqa: BLE001 -- a moved or broken session file: fall back, do not fail the print-out
        return None


def _cannot_write(output: str, e: OSError) -> int:
    """An output path in a missing, read-only or full place: a message, not a traceback."""
    from facilitator.core.file_errors import os_error_text

    print(f"facilitator journeys: cannot write {os_error_text(e, output)}", file=sys.stderr)
    return 1


def run_worksheet(args) -> int:
    from facilitator.cli.session_arg import load_or_report
    from facilitator.export.labels import human_date
    from facilitator.export.worksheet_pdf import write_worksheets_pdf

    from facilitator.core.journeys.model import MAX_GROUPS, MIN_GROUPS

    if not MIN_GROUPS <= args.groups <= MAX_GROUPS:
        args.usage_error(f"--groups must be between {MIN_GROUPS} and {MAX_GROUPS}")  # exits with 2
    session = load_or_report(args.session)
    if session is None:
        return 1
    ids = [t.id for t in session.journey_templates]
    template = None
    if args.template:
        if args.template not in ids:
            have = ", ".join(ids) or "none"
            print(f"{args.session}:1:1: no journey template '{args.template}' (the session has: {have})",
                  file=sys.stderr)
            return 1
        template = session.journey_template(args.template)
    elif len(ids) == 1:
        template = session.journey_templates[0]
    elif not args.blank:
        print(f"{args.session}:1:1: say which journey template with --template ({', '.join(ids) or 'none'})",
              file=sys.stderr)
        return 1
    notices: list[str] = []
    try:
        outs = write_worksheets_pdf(args.output, template, args.groups, blank=args.blank, paper=args.paper,
                                    workshop_title=session.title,
                                    date=human_date(session.date, session.language),
                                    language=session.language, split=args.split, notices=notices)
    except OSError as e:
        return _cannot_write(args.output, e)
    for notice in notices:
        print(f"facilitator journeys: warning: {notice}", file=sys.stderr)
    for out in outs:
        print(out)
    return 0
