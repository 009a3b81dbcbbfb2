"""`facilitator agenda FILE`: the planned agenda as an aligned table on stdout.

Options are added in ``register`` and acted on in ``run``; an output option
(e.g. a PDF) can be added beside the text table without changing the table.
"""
from __future__ import annotations

import sys

from facilitator.core.session.agenda import AgendaRow, agenda_rows
from facilitator.core.session.schedule import planned_end
from facilitator.core.session.model import Session
from facilitator.core.timefmt import format_clock_seconds

from facilitator.cli.session_arg import load_or_report, print_for_session, session_command
from facilitator.cli.wording import duration_text, words

INDENT = "  "  # per level: exercises under their block, phases under their exercise


def register(sub):
    p = session_command(sub, "agenda", help="print the planned agenda of a session file",
                        description="Print the planned agenda: start, end, duration, kind and title of "
                                    "every block, with exercises and their phases indented beneath.")
    p.add_argument("--pdf", metavar="OUT", help="also write the agenda as a printable handout (PDF)")
    p.add_argument("--paper", choices=("a4", "a3"), default="a4", help="paper size of the PDF (default a4)")
    p.set_defaults(func=run)
    return p


def run(args) -> int:
    if not args.pdf:
        return print_for_session(args.file, agenda_table)
    session = load_or_report(args.file)
    if session is None:
        return 1
    from facilitator.core.file_errors import os_error_text
    from facilitator.export.agenda_pdf import agenda_notice, write_agenda_pdf  # reportlab only when asked for

    try:
        write_agenda_pdf(session, args.pdf, paper=args.paper)
    except OSError as e:
        print(f"facilitator agenda: cannot write {os_error_text(e, args.pdf)}", file=sys.stderr)
        return 1
    notice = agenda_notice(session, args.pdf)
    if notice:
        print(f"facilitator agenda: warning: {notice}", file=sys.stderr)
    print(agenda_table(session))
    print(args.pdf)
    return 0


def agenda_table(session: Session) -> str:
    lang = session.language
    w = words(lang)
    rows = agenda_rows(session)
    table = [[w["start"], w["end"], w["duration"], w["kind"], w["title"]]]
    for row in rows:
        table.append(_cells(row, lang, w))
    widths = [max(len(r[i]) for r in table) for i in range(4)]
    lines = []
    for cells in table:
        start, end, dur, kind, title = cells
        lines.append("  ".join([start.ljust(widths[0]), end.ljust(widths[1]), dur.rjust(widths[2]),
                                kind.ljust(widths[3]), title]).rstrip())
    if any(r.fixed for r in rows):
        lines.append(w["fixed"])
    lines.append(w["ends"].format(t=format_clock_seconds(planned_end(session), lang)))
    return "\n".join(lines)


def _cells(row: AgendaRow, lang: str, w: dict[str, str]) -> list[str]:
    start = format_clock_seconds(row.start, lang) + ("*" if row.fixed else "")
    return [start, format_clock_seconds(row.end, lang), duration_text(row.duration),
            w[row.kind], INDENT * row.level + row.title]
