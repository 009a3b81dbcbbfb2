"""`facilitator report --workshop-dir DIR [-o report.pdf] [--csv report.csv] [--suggest NEXT.yaml]`:
what the day took against its plan.

Replays the workshop folder's run journal against its session file (the one recorded in
DIR/workshop.json unless --session names another). Writes the PDF with -o (or to
DIR/day-report.pdf when no other output is asked for; --journeys appends the groups'
journeys), the CSV with --csv (one row per block, exercise and phase), and with --suggest
a copy of the session file with each block's duration set to what the day took, rounded to
5 minutes, comments kept, and a line per change on stdout. The report speaks the session's language; these lines the interface's.
Exit 1 when the folder has no journal or the session cannot be read.
"""
from __future__ import annotations

import sys
from pathlib import Path

from facilitator.core import workshop as storage
from facilitator.core.day import journal
from facilitator.core.day.clock import SystemClock
from facilitator.core.file_errors import os_error_text
from facilitator.core.report.day_report import day_report
from facilitator.core.report.suggest import suggest
from facilitator.core.report.table import csv_text
from facilitator.core.session.document import SessionDocument
from facilitator.core.session.loader import load_session_text
from facilitator.core.session.problems import SessionError

from facilitator.cli.session_arg import load_or_report
from facilitator.cli.wording import REPORT_WORDS, interface_language


def register(sub) -> None:
    p = sub.add_parser("report", help="the day's report: planned against actual, as PDF and CSV, "
                                      "and a suggestion for the next plan")
    p.add_argument("--workshop-dir", required=True, type=Path, metavar="DIR",
                   help="the workshop folder holding the run journal")
    p.add_argument("--session", type=Path, metavar="FILE",
                   help="the session file (default: the one recorded in DIR/workshop.json)")
    p.add_argument("-o", "--output", type=Path, metavar="PDF", help="the PDF (default, when neither --csv nor --suggest is given: DIR/day-report.pdf)")
    p.add_argument("--csv", type=Path, metavar="CSV", help="also write the table as CSV")
    p.add_argument("--suggest", type=Path, metavar="NEXT.yaml",
                   help="write a copy of the session with each block's duration set to what the day took")
    p.add_argument("--journeys", action="store_true", help="append the groups' journeys to the PDF")
    p.add_argument("--lang", choices=("da", "en"), help="language of these lines (not of the report)")
    p.set_defaults(func=run)


def run(args) -> int:
    w = REPORT_WORDS[interface_language(args.lang)]
    folder = args.workshop_dir
    # a rehearsal's journal runs on its simulated clock, often ahead of the computer's: not "future"
    now = float("inf") if Path(folder).name == storage.REHEARSAL_DIR else SystemClock().now()
    try:  # vetted as `run` and `status` vet it (duplicates, steps back in time, future lines)
        events, warnings = journal.load(storage.journal_path(folder), now)
    except OSError as exc:  # e.g. journal.jsonl is a folder
        print(w["cannot_read"].format(reason=os_error_text(exc, storage.journal_path(folder))), file=sys.stderr)
        return 1
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not events:
        print(w["no_journal"].format(folder=folder), file=sys.stderr)
        return 1
    session_file = args.session or (storage.read_workshop_info(folder) or {}).get("session")
    if not session_file:
        print(w["no_session"].format(folder=folder), file=sys.stderr)
        return 1
    session = load_or_report(str(session_file))
    if session is None:
        return 1
    changed = storage.agenda_changed(folder, [b.id for b in session.blocks])
    if changed:
        print(w["agenda_changed"].format(file=session_file), file=sys.stderr)
    clash = _output_is_input(args, [Path(session_file), storage.journal_path(folder), folder / storage.WORKSHOP_INFO])
    if clash is not None:  # the report written over the day's only record
        print(w["is_input"].format(file=clash), file=sys.stderr)
        return 1
    report = day_report(session, events)
    try:
        return _write(args, w, folder, session_file, session, report, changed)
    except OSError as exc:
        # a failed rename names the temporary file first and the output the user gave second
        print(w["cannot_write"].format(file=exc.filename2 or exc.filename or "", reason=exc.strerror or exc),
              file=sys.stderr)
        return 1


def _output_is_input(args, inputs) -> Path | None:
    """The first of -o, --csv and --suggest that is one of the inputs (by any name), or None."""
    import os

    for out in (args.output, args.csv, args.suggest):
        for given in inputs if out is not None else ():
            try:
                if os.path.samefile(out, given):
                    return out
            except OSError:  # the output does not exist yet: it cannot be an input
                pass
    return None


def _write(args, w, folder: Path, session_file, session, report, changed: bool = False) -> int:
    if args.csv:
        storage.atomic_write_text(args.csv, csv_text(report))
        print(w["wrote"].format(file=args.csv))
    if args.output or not (args.csv or args.suggest):
        from facilitator.export.day_report_pdf import write_day_report_pdf  # reportlab only when a PDF is asked for

        journeys = []
        if args.journeys:
            from facilitator.core.journeys import store

            journeys, _problems = store.load_all(folder)
        out = args.output or folder / "day-report.pdf"
        write_day_report_pdf(report, out, journeys)
        from facilitator.export.agenda_pdf import agenda_notice  # the same titles as the handout

        notice = agenda_notice(session, str(out))
        if notice:
            print(f"warning: {notice}", file=sys.stderr)
        print(w["wrote"].format(file=out))
    if args.suggest and changed:  # the journal's block positions would give a block another's time
        print(w["no_suggestion"], file=sys.stderr)
        return 1
    if args.suggest:
        return _suggest(args.suggest, w, Path(session_file), session, report)
    return 0


def _suggest(target: Path, w, session_file: Path, session, report) -> int:
    try:  # opened as the planner opens it: a BOM and CRLF line ends are put back on save
        doc = SessionDocument.open(session_file)
    except SessionError as exc:
        print("\n".join(str(p) for p in exc.problems), file=sys.stderr)
        return 1
    text, changes = suggest(doc.text, session, report)
    try:
        load_session_text(text, str(target))
    except SessionError as exc:  # never write a plan that `check` refuses
        print(w["not_checked"], file=sys.stderr)
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    doc.set_text(text)
    doc.save(target)  # atomic
    for c in changes:
        print(w["shared" if c.shared else "change"].format(block=c.block, field=c.field, old=c.old, new=c.new))
    if not changes:
        print(w["no_change"])
    print(w["wrote"].format(file=target))
    return 0
