"""Printed words, in the session's language (the print-outs follow the content, not the UI)."""
from __future__ import annotations

from facilitator.core.session.model import DEFAULT_LANGUAGE, content_language
from facilitator.core.room_words import ROOM_WORDS

# Words the wall and the command line write too: taken from the one table.
_SHARED = ("touchpoint", "channel", "owner", "social", "feeling", "pain", "opportunity", "notes",
           "persona", "scenario", "exercise", "break", "duration", "fixed")

LABELS = {
    "da": {
        "phase": "Fase", "page": "Side {x} af {y}",
        "continued": "(fortsat)", "us": "Os", "partner": "Partner", "customer": "Kunde",
        "time": "Tid", "block": "Punkt", "talk": "Oplæg",
        "agenda": "Program", "facilitators": "Facilitatorer", "min": "min",
        "journey": "Kunderejse",
        **{key: ROOM_WORDS["da"][key] for key in _SHARED},
    },
    "en": {
        "phase": "Phase", "page": "Page {x} of {y}",
        "continued": "(continued)", "us": "Us", "partner": "Partner", "customer": "Customer",
        "time": "Time", "block": "Item", "talk": "Talk",
        "agenda": "Agenda", "facilitators": "Facilitators", "min": "min",
        "journey": "Customer journey",
        **{key: ROOM_WORDS["en"][key] for key in _SHARED},
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
