"""`facilitator status --workshop-dir DIR [--session FILE]`: where the day stands.

Replays the workshop folder's run journal against its session file, without a
display, and prints the current block, exercise and phase, the time left (or the
overtime), the drift and the projected end of the day. The session file is the
one recorded in DIR/workshop.json unless --session names another. The language
follows the session's content (Danish: "7 min forsinket — slutter 14.07").
Exit 1 when the folder has no journal or the session cannot be read.
"""
from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from facilitator.core.day import journal
from facilitator.core import workshop
from facilitator.core.day.clock import SystemClock, seconds_after_midnight
from facilitator.core.day.state import DayState
from facilitator.core.day.derive import derive_state
from facilitator.core.day.round_words import round_line
from facilitator.core.session.model import Session, content_language
from facilitator.core.timefmt import format_clock_seconds, format_countdown

from facilitator.cli.session_arg import load_or_report
from facilitator.cli.wording import STATUS_WORDS


def register(sub) -> None:
    p = sub.add_parser("status", help="print where the day stands, from a workshop folder's run journal")
    p.add_argument("--workshop-dir", required=True, type=Path, metavar="DIR",
                   help="the workshop folder holding the run journal")
    p.add_argument("--session", type=Path, metavar="FILE",
                   help="the session file (default: the one recorded in DIR/workshop.json)")
    p.add_argument("--at", metavar="TIME", type=_local_time,
                   help="evaluate at this local time, e.g. 2026-11-26T10:20: commands given later "
                   "are left out (default: now)")
    # --lang as in `run`; --language is the older spelling, kept as an alias
    p.add_argument("--lang", "--language", dest="language", choices=("da", "en"),
                   help="language of the summary (default: the session's language)")
    p.set_defaults(func=run)


def _local_time(text: str) -> float:
    """--at as a timestamp; a malformed value is a usage error (exit 2) from argparse."""
    try:
        return datetime.fromisoformat(text).timestamp()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time like 2026-11-26T10:20") from None


def run(args) -> int:
    folder = args.workshop_dir
    real_now = SystemClock().now()
    # a rehearsal's journal runs on its simulated clock, often ahead of the computer's: not "future"
    vetted_at = float("inf") if Path(folder).name == workshop.REHEARSAL_DIR else real_now
    try:  # vetted as `run` vets it: duplicates, steps back in time and future lines left out
        events, warnings = journal.load(workshop.journal_path(folder), vetted_at)
    except OSError as exc:  # e.g. journal.jsonl is a folder
        print(f"facilitator status: the workshop folder {folder} cannot be used: "
              f"{exc.strerror or exc}: {exc.filename or workshop.journal_path(folder)}", file=sys.stderr)
        return 1
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not events:
        print(f"facilitator status: no run journal in {folder} (nothing has been run there yet)",
              file=sys.stderr)
        return 1
    session_file = args.session or (workshop.read_workshop_info(folder) or {}).get("session")
    if not session_file:
        print(f"facilitator status: {folder} does not say which session it runs; "
              "name it with --session FILE", file=sys.stderr)
        return 1
    session = load_or_report(Path(session_file))
    if session is None:  # its problems are printed, FILE:LINE:COL each
        return 1
    if workshop.agenda_changed(folder, [b.id for b in session.blocks]):
        print(f"warning: the blocks of {session_file} have changed since the journal was written; "
              "the block positions below may not match", file=sys.stderr)
    now = args.at if args.at is not None else real_now
    # the day as it stood then: a command given after --at has not happened yet
    state = derive_state(session, [e for e in events if e.t <= now], now)
    lines = describe(session, state, args.language or session.language)
    if Path(folder).name == workshop.REHEARSAL_DIR:  # a rehearsal's journal: never read as the real day
        lines[0] += STATUS_WORDS[content_language(args.language or session.language)]["rehearsal"]
    print("\n".join(lines))
    return 0


def describe(session: Session, state: DayState, language: str) -> list[str]:
    lang = content_language(language)
    text = STATUS_WORDS[lang]

    def clock(timestamp: float) -> str:
        return format_clock_seconds(round(seconds_after_midnight(timestamp)), lang)

    def countdown(seconds: float) -> str:
        key = "over" if seconds < 0 else "left"
        return text[key].format(time=format_countdown(abs(seconds)))

    lines = [f"{session.title} — {clock(state.now)}"]
    if not state.started:
        first = state.blocks[0].planned_start if state.blocks else state.planned_end
        lines.append(text["not_started"].format(start=clock(first),
                                                end=clock(state.planned_end)))
        if state.start_now_end is not None:  # past the planned start: what starting now means
            lines.append(text["start_now"].format(end=clock(state.start_now_end)))
    elif state.ended:
        lines.append(text["ended"].format(end=clock(state.projected_end)))
    else:
        b = state.blocks[state.current]
        lines.append(text["block"].format(n=b.index + 1, total=len(state.blocks), title=b.block.title)
                     + " — " + countdown(state.remaining) + (text["paused"] if state.paused else ""))
        if state.back_at is not None:
            lines.append(text["back_at"].format(title=b.block.title, time=clock(state.back_at)))
        lines.extend(_exercise_lines(state, text, countdown))
        if state.round is not None and state.round.current is not None:  # 'Gruppe 3 af 6 — ... — 02:30 tilbage'
            lines.append(round_line(state.round, lang) + " — " + countdown(state.round.remaining))
    lines.append(_drift_line(state, text, clock))
    if state.started and not state.ended:
        lines.extend(_coming_lines(session, state, text, clock))
    if state.catch_up is not None:
        lines.extend(_catch_up_lines(session, state.catch_up, text))
    return lines


def _coming_lines(session: Session, state: DayState, text: dict, clock) -> list[str]:
    """The blocks still to come with their projected starts; a fixed start is marked
    with * and, when what comes before cannot fit, names the block that has to give."""
    coming = [b for b in state.blocks if b.status in ("next", "later")]
    if not coming:
        return []
    conflicts = {c.fixed: c for c in state.conflicts}
    lines = [text["coming"]]
    for b in coming:
        fixed = b.block.fixed_start is not None
        line = f"  {clock(b.projected_start)}{text['fixed_mark'] if fixed else ' '} {b.block.title}"
        c = conflicts.get(b.index)
        if c is not None:
            line += " — " + conflict_words(session, c, text, clock)
        lines.append(line)
    return lines


def conflict_words(session: Session, c, text: dict, clock) -> str:
    """'Journey mapping must end at 16:50: 20:00 left, not 35:00'."""
    if c.gives is None:
        return text["conflict_none"].format(min=round(c.late_by / 60))
    return text["conflict"].format(gives=session.blocks[c.gives].title, time=clock(c.must_end),
                                   left=format_countdown(c.left), needs=format_countdown(c.needs))


def _catch_up_lines(session: Session, plan, text: dict) -> list[str]:
    late = plan.late_after
    tail = text["late_after"].format(min=round(late / 60)) if late >= 60 else ""
    if plan.cuts:
        cuts = ", ".join(text["cut"].format(title=session.blocks[i].title, min=round(s / 60))
                         for i, s in plan.cuts)
        lines = [text["catch_up"].format(cuts=cuts) + tail]
    else:
        lines = [text["nothing_to_cut"] + tail]
    lines.extend(text["late_start"].format(title=session.blocks[i].title, min=round(s / 60))
                 for i, s in plan.late_starts)
    return lines


def _exercise_lines(state: DayState, text: dict, countdown) -> list[str]:
    x = state.exercise
    if x is None:
        return []
    status = countdown(x.remaining) if x.status == "running" else text["ex_status"][x.status]
    if x.status == "paused":
        status = countdown(x.remaining) + text["paused"]
    lines = [text["exercise"].format(title=x.exercise.title, state=status)]
    if x.phase is not None and x.status in ("running", "paused"):
        lines.append(text["phase"].format(n=x.phase_index + 1, total=len(x.exercise.phases),
                                          title=x.phase.title, state=countdown(x.phase_remaining)))
    return lines


def _drift_line(state: DayState, text: dict, clock) -> str:
    minutes = round(state.drift / 60)
    key = "late" if minutes > 0 else "early" if minutes < 0 else "on_time"
    return text[key].format(min=abs(minutes), end=clock(state.projected_end))
