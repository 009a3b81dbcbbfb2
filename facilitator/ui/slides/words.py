"""The few fixed words printed on the wall, in the session's content language.

The wall speaks the language of the session file (a Danish workshop shows
"Kilde: ..."), not the language of the facilitator's desktop, so these are
chosen by Session.language rather than through tr().
"""
from __future__ import annotations

WORDS = {
    "da": {"source": "Kilde", "exercise": "Øvelse", "minutes": "min.", "about": "Hvad det er",
           "figures": "Nøgletal", "synergies": "Synergier", "tools": "Værktøjer",
           "us": "os", "partner": "partner", "customer": "kundens medie", "persona": "Persona",
           "scenario": "Scenarie"},
    "en": {"source": "Source", "exercise": "Exercise", "minutes": "min", "about": "What it is",
           "figures": "Key figures", "synergies": "Synergies", "tools": "Tools",
           "us": "us", "partner": "partner", "customer": "customer's medium", "persona": "Persona",
           "scenario": "Scenario"},
}


def word(key: str, language: str) -> str:
    return WORDS.get(language, WORDS["en"])[key]
