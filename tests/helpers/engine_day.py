"""A workshop day for the engine tests, built from the dataclasses (the seed agenda,
09.00-14.00), and helpers to read timestamps as the clock times a user sees."""
from __future__ import annotations

from datetime import datetime

from facilitator.core.session.model import Block, BlockKind, Exercise, Phase, Session

DAY = (2026, 11, 26)
M = 60


def at(hour: int, minute: int, second: int = 0) -> float:
    """Timestamp of a local clock time on the test day."""
    return datetime(*DAY, hour, minute, second).timestamp()


def hm(timestamp: float) -> str:
    """'11.37' -- a timestamp as the Danish clock time on the wall (to the minute)."""
    return datetime.fromtimestamp(round(timestamp)).strftime("%H.%M")


def make_session() -> Session:
    talk, ex, brk = BlockKind.TALK, BlockKind.EXERCISE, BlockKind.BREAK
    vision = Exercise("fremtid", "Fremtidsfortælling", 20 * M, prompt="Skriv stikord til talen",
                      phases=[Phase("Skriv stikord", 10 * M), Phase("Hold talen for sidemanden", 10 * M)])
    chain = Exercise("vaerdikaede", "De sociale medier i værdikæden", 15 * M)
    blocks = [
        Block("intro", "Hvad er og hvem bruger de sociale medier", talk, 30 * M, min_duration=20 * M,
              slides=["s1", "s2"]),
        Block("vision", "Øvelse: Fremtidsfortælling", ex, 30 * M, min_duration=20 * M, exercises=[vision]),
        Block("cases", "Hvorfor bruge de sociale medier", talk, 30 * M, min_duration=20 * M),
        Block("pause1", "Pause", brk, 15 * M),
        Block("fem", "De fem største sociale medier", talk, 45 * M, min_duration=30 * M),
        Block("frokost", "Frokost", brk, 30 * M, fixed_start=11 * 60 + 30),
        Block("adfaerd", "Adfærd på sociale medier", talk, 20 * M, min_duration=15 * M),
        Block("kaede", "Øvelse: De sociale medier i værdikæden", ex, 25 * M, min_duration=20 * M,
              exercises=[chain]),
        Block("kage", "Pause og kage", brk, 15 * M, min_duration=10 * M),
        Block("strategi", "Den sociale mediestrategi", talk, 45 * M, fixed_start=13 * 60, min_duration=30 * M),
        Block("opsamling", "Opsamling, spørgsmål og evaluering", talk, 15 * M, min_duration=10 * M),
    ]
    return Session("Workshop om sociale medier", "da", 9 * 60, blocks, date="2026-11-26")
