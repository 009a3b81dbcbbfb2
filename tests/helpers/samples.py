"""Journeys and templates built from the dataclasses (the session loader is merged separately)."""
from facilitator.core.journeys.model import Journey, Touchpoint, journey_from_template
from facilitator.core.session.model import (
    Block, BlockKind, Exercise, JourneyPhase, JourneyTemplate, Session, TemplateTouchpoint,
)

NASTY = '<font color="red">Q&A</font> AT&T <b>'
DANISH = "Kunden får æøå ÆØÅ – “god” service…"


def mallorca() -> JourneyTemplate:
    phases = [JourneyPhase("foer", "Før rejsen"), JourneyPhase("under", "Under rejsen"),
              JourneyPhase("efter", "Efter rejsen")]
    tps = [
        ("Mulig kunde tjekker rejsekataloget", "foer", "Rejsekatalog", "us", "Mytravel"),
        ("Kunde bestiller rejse på Mytravel.dk til Mallorca", "foer", "Web", "us", "Mytravel"),
        ("Kunde modtager billetter og information om rejsen", "foer", "E-mail", "us", "Mytravel"),
        ("Kunde parkerer i KBH’s lufthavn og foretager check-in", "under", "Lufthavn", "partner",
         "Københavns Lufthavn"),
        ("Kunde flyver med SAS og får service ombord", "under", "Fly", "partner", "SAS"),
        ("Kunde er 14 dage på Mallorca", "under", "Hotel", "partner", "Hotellet"),
        ("Kunde finder gode fif på Mallorcas Fanpage og skriver til sine venner på Facebook", "under",
         "Facebook", "customer", "Facebook"),
        ("Kunden flyver retur og venter på bagagen", "efter", "Lufthavn", "partner", "SAS"),
        ("Kunde skriver anmeldelse på TripAdvisor", "efter", "TripAdvisor", "customer", "TripAdvisor"),
    ]
    return JourneyTemplate(
        id="mallorca", title="Rejse til Mallorca", persona="Familie med to børn",
        scenario="Sommerferie på Mallorca", phases=phases,
        touchpoints=[TemplateTouchpoint(t, p, c, o, n) for t, p, c, o, n in tps],
    )


def session() -> Session:
    ex = Exercise("rejse", "Følg interessentens kontakt", 1800, journey_template="mallorca")
    blocks = [
        Block("velkommen", "Velkommen og præsentation", BlockKind.TALK, 1800),
        Block("vaerdikaede", "De sociale medier i værdikæden", BlockKind.EXERCISE, 3600, exercises=[ex]),
        Block("frokost", "Frokost", BlockKind.BREAK, 2700, fixed_start=11 * 60 + 30),
    ]
    return Session(title="Workshop om sociale medier", language="da", start=9 * 60, blocks=blocks,
                   date="2010-03-09", journey_templates=[mallorca()])


def filled(group="Gruppe 1", n=None) -> Journey:
    j = journey_from_template(mallorca(), group)
    for i, tp in enumerate(j.touchpoints):
        tp.social = f"Idé {i + 1}: fanside og konkurrence"
        tp.platforms = ["Facebook", "Twitter"]
        tp.feeling = (i % 5) - 2
        tp.pain = f"Smerte {i + 1}: ventetid"
        tp.opportunity = f"Mulighed {i + 1}: del billeder"
    if n is not None:
        j.touchpoints = [Touchpoint(title=f"Kontaktpunkt {k + 1:02d}", phase=j.phases[k * 3 // n].id,
                                    channel=f"Kanal {k + 1}", feeling=(k % 5) - 2) for k in range(n)]
    return j
