"""Today's run of a session, as the planner needs it: which blocks have run and which one is running.

Found through the workshop folder of the session for today (core/workshop.py): its journal,
folded against the session file as saved (the agenda the journal was written for).
"""
from __future__ import annotations

import datetime as dt
import os
import time
from facilitator.core.record import record
from pathlib import Path

from facilitator.core import workshop
from facilitator.core.day import journal
from facilitator.core.day.replay import fold
from facilitator.core.session.loader import load_session
from facilitator.core.session.plan_rules import locked_blocks
from facilitator.core.session.problems import SessionError


@record
class TodayRun:
    folder: Path
    block_ids: list[str]  # the agenda the journal was written for
    ran: list[int]
    current: int | None

    @property
    def locked(self) -> list[str]:
        return locked_blocks(self.block_ids, self.ran, self.current)

    @property
    def current_id(self) -> str | None:
        return None if self.current is None else self.block_ids[self.current]


def today_run(session_path: str | os.PathLike, workshop_dir: str | os.PathLike | None = None,
              today: dt.date | None = None) -> TodayRun | None:
    """None when no workshop folder has a journal begun today for this session file."""
    folder = Path(workshop_dir) if workshop_dir else workshop.default_workshop_dir(session_path, today)
    now = time.time()
    events, _ = journal.load(workshop.journal_path(folder), now)  # vetted as the runner vets it
    if not workshop.todays_run(events, today, now):
        return None  # no journal, or one begun another day and over: nothing runs today
    info = workshop.read_workshop_info(folder) or {}
    if info.get("session") and Path(info["session"]) != Path(session_path).resolve():
        return None
    try:
        session = load_session(session_path)
    except SessionError:
        recorded = info.get("blocks") or []
        return TodayRun(folder, list(recorded), list(range(len(recorded))), None)  # keep all: cannot tell
    ids = [b.id for b in session.blocks]
    if info.get("blocks") not in (None, ids):
        return None  # the journal was written for another agenda; the runner sets it aside anyway
    facts = fold(session, events)
    ran = [i for i, b in enumerate(facts.blocks) if b.first_start is not None]
    current = facts.current if facts.started and not facts.ended else None
    return TodayRun(folder, ids, ran, current)
