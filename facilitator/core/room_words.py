"""Words the room sees, in the session's language (not the facilitator's interface language).

A Danish workshop shows "Tiden er gået +00:23" on the wall even when the laptop runs
the presenter in English, so these words are chosen by Session.language rather than
through Qt's tr(). Pure Python: the wall (ui), the slides and the print-outs (export)
can all use it, and so does the command line: a word the room, the print-outs and
`facilitator status` share is written once, here. Unknown languages get the default
content language (core.session.model.DEFAULT_LANGUAGE); unknown keys raise KeyError
(a typo should fail a test, not show a blank).
"""
from __future__ import annotations

from facilitator.core.session.model import content_language

ROOM_WORDS: dict[str, dict[str, str]] = {
    "da": {
        # exercise and break cards
        "phase_whole": "Fase {n} af {total}: {title} · hele øvelsen {left}",
        "phase_left": "Fase {n} af {total}: {title} — {left}",
        "paused": "På pause",
        "time_up": "Tiden er gået {overtime}",
        "almost_time": "Tiden er snart gået",
        "break": "Pause",
        "back_at": "{title} — vi starter igen kl. {time}",
        # the journey on the wall and the comparison
        "touchpoint": "Kontaktpunkt", "channel": "Kanal", "owner": "Ejer", "social": "Sociale medier",
        "feeling": "Følelse", "pain": "Smertepunkt", "opportunity": "Mulighed", "notes": "Noter",
        "owner_us": "Os", "owner_partner": "Partner", "owner_customer": "Kunden",
        "journey_page": "Side {n} af {total}",
        "compare_title": "Følelser gennem rejsen – alle grupper",
        # fixed words on slides
        "source": "Kilde", "exercise": "Øvelse", "minutes": "min.", "about": "Hvad det er",
        "figures": "Nøgletal", "synergies": "Synergier", "tools": "Værktøjer",
        "us": "os", "partner": "partner", "customer": "kundens medie", "persona": "Persona",
        "scenario": "Scenarie",
        # the agenda's column and its mark for a fixed start (handout and `facilitator agenda`)
        "duration": "Varighed", "fixed": "* fast starttidspunkt",
        # what a new journey starts with (editor, board, worksheets)
        "before": "Før", "during": "Under", "after": "Efter", "group": "Gruppe", "new_phase": "Ny fase",
    },
    "en": {
        "phase_whole": "Phase {n} of {total}: {title} · whole exercise {left}",
        "phase_left": "Phase {n} of {total}: {title} — {left}",
        "paused": "Paused",
        "time_up": "Time is up {overtime}",
        "almost_time": "Almost time",
        "break": "Break",
        "back_at": "{title} — we start again at {time}",
        "touchpoint": "Touchpoint", "channel": "Channel", "owner": "Owner", "social": "Social media",
        "feeling": "Feeling", "pain": "Pain point", "opportunity": "Opportunity", "notes": "Notes",
        "owner_us": "Us", "owner_partner": "Partner", "owner_customer": "Customer",
        "journey_page": "Page {n} of {total}",
        "compare_title": "Feelings along the journey – all groups",
        "source": "Source", "exercise": "Exercise", "minutes": "min", "about": "What it is",
        "figures": "Key figures", "synergies": "Synergies", "tools": "Tools",
        "us": "us", "partner": "partner", "customer": "customer's medium", "persona": "Persona",
        "scenario": "Scenario",
        "duration": "Duration", "fixed": "* fixed start time",
        "before": "Before", "during": "During", "after": "After", "group": "Group", "new_phase": "New phase",
    },
}


def room_language(language: str | None) -> str:
    """'da', 'da_DK', 'en-GB' -> a language the table has; anything else -> the default."""
    return content_language(language)


def room_word(key: str, language: str | None) -> str:
    return ROOM_WORDS[room_language(language)][key]
