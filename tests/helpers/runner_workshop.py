"""A small workshop like the seed one, built in code so the UI tests need no loader."""
from __future__ import annotations

from facilitator.core.session.model import Block, BlockKind, Exercise, Phase, Session


def make_session() -> Session:
    ex = Exercise(
        id="kanaler", title="Øvelse: Hvilke kanaler bruger I?", duration=15 * 60,
        prompt="Skriv de kanaler ned, jeres kunder bruger, og sæt dem i rækkefølge.",
        phases=[Phase("Skriv alene", 5 * 60, "Hver for sig: skriv kanalerne på post-its."),
                Phase("Sammenlign i gruppen", 10 * 60, "Læg jeres post-its sammen.")])
    return Session(
        title="Workshop om sociale medier", language="da", start=9 * 60,
        blocks=[
            Block("velkommen", "Velkommen og introduktion", BlockKind.TALK, 30 * 60,
                  notes="Husk at præsentere Mette og dagens program."),
            Block("oevelse1", "Øvelse: kanaler", BlockKind.EXERCISE, 30 * 60, exercises=[ex],
                  min_duration=20 * 60, notes="Del lokalet i fire grupper."),
            Block("pause", "Pause", BlockKind.BREAK, 15 * 60, fixed_start=10 * 60 + 30),
            Block("platforme", "De fem platforme", BlockKind.TALK, 45 * 60),
            Block("frokost", "Frokost", BlockKind.BREAK, 30 * 60, fixed_start=11 * 60 + 30),
        ],
    )
