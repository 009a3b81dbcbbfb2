"""Printed words, in the session's language (the print-outs follow the content, not the UI)."""
from __future__ import annotations

from facilitator.core.session.model import DEFAULT_LANGUAGE, content_language
from facilitator.core.session.words import SHARED

LABELS = {
    "da": {
        "phase": "Fase", "touchpoint": "Kontaktpunkt", "channel": "Kanal", "owner": "Ejer",
        "social": "Sociale medier", "feeling": "Følelse", "pain": "Smertepunkt",
        "opportunity": "Mulighed", "notes": "Noter", "page": "Side {x} af {y}",
        "continued": "(fortsat)", "us": "Os", "partner": "Partner", "customer": "Kunde",
        "persona": "Persona", "scenario": "Scenarie", "time": "Tid", "block": "Punkt",
        "talk": "Oplæg", "exercise": "Øvelse", "break": "Pause",
        "agenda": "Program", "facilitators": "Facilitatorer", "min": "min",
        "journey": "Kunderejse",
        **SHARED["da"],
    },
    "en": {
        "phase": "Phase", "touchpoint": "Touchpoint", "channel": "Channel", "owner": "Owner",
        "social": "Social media", "feeling": "Feeling", "pain": "Pain point",
        "opportunity": "Opportunity", "notes": "Notes", "page": "Page {x} of {y}",
        "continued": "(continued)", "us": "Us", "partner": "Partner", "customer": "Customer",
        "persona": "Persona", "scenario": "Scenario", "time": "Time", "block": "Item",
        "talk": "Talk", "exercise": "Exercise", "break": "Break",
        "agenda": "Agenda", "facilitators": "Facilitators", "min": "min",
        "journey": "Customer journey",
        **SHARED["en"],
    },
}


def labels(language: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    return LABELS[content_language(language)]


MONTHS = {
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
           "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}


def human_date(iso: str | None, language: str = DEFAULT_LANGUAGE) -> str:
    """'2010-03-09' -> '9. marts 2010' (da) / '9 March 2010' (en); other text is returned as is."""
    import datetime

    try:
        d = datetime.date.fromisoformat(iso or "")
    except ValueError:
        return iso or ""
    month = MONTHS[content_language(language)][d.month - 1]
    return f"{d.day}. {month} {d.year}" if language != "en" else f"{d.day} {month} {d.year}"
