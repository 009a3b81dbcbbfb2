"""`facilitator check FILE`: is the session file valid, and what day does it plan?

Exit 0 with a summary on stdout (and any warnings on stderr as ``FILE:LINE:COL: warning: …``:
a night-time start, a gap before a fixed start, a day past midnight, an exercise longer than
its block); exit 1 with one ``FILE:LINE:COL: message`` line
per problem on stderr; exit 2 (argparse) for a usage error.
"""
from __future__ import annotations

from facilitator.core.session.schedule import planned_end, planned_schedule
from facilitator.core.session.model import Session
from facilitator.core.timefmt import format_clock_seconds

from facilitator.cli.session_arg import print_for_session, session_command
from facilitator.cli.wording import count, words


def register(sub):
    p = session_command(sub, "check", help="check a session file and summarise its day",
                        description="Check a session file. Prints a summary of the planned day, "
                                    "or every problem as FILE:LINE:COL: message (exit 1).")
    p.set_defaults(func=lambda args: print_for_session(args.file, summary, warnings=True, files_present=True))
    return p


def summary(session: Session) -> str:
    lang = session.language
    w = words(lang)
    schedule = planned_schedule(session)
    lines = [session.title + (f" ({session.date})" if session.date else "")]
    day = f"{format_clock_seconds(schedule[0].start, lang)}–{format_clock_seconds(planned_end(session), lang)}"
    lines.append(f"{count(w, 'blocks', len(schedule))}, {day}")
    width = max(len(p.block.id) for p in schedule)
    for p in schedule:
        times = f"{format_clock_seconds(p.start, lang)}–{format_clock_seconds(p.end, lang)}"
        lines.append(f"  {times}  {p.block.id.ljust(width)}  {p.block.title}")
    lines.append(", ".join([
        count(w, "slides", len(session.slides)),
        count(w, "platforms", len(session.platforms)),
        count(w, "templates", len(session.journey_templates)),
    ]))
    lines.append(w["ends"].format(t=format_clock_seconds(planned_end(session), lang)))
    return "\n".join(lines)
