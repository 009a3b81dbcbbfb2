"""The small valid session a new plan starts from: a welcome, one exercise in two phases,
a break and a wrap-up, in the session's language."""
from __future__ import annotations

from facilitator.core.session.yaml_render import Clock, render_scalar

_WORDS = {
    "en": {
        "header": "# A workshop planned with Facilitator. The format is described in sessions/README.md.",
        "welcome": "Welcome", "welcome_notes": "Welcome everyone and go through the day.",
        "exercise": "Exercise", "prompt": "What would make this day worth your time?",
        "think": "Think on your own", "share": "Share in pairs",
        "break": "Break", "wrap": "Wrap-up", "wrap_notes": "What did we learn, and what happens next?",
        "title": "New workshop",
    },
    "da": {
        "header": "# En workshop planlagt i Facilitator. Formatet er beskrevet i sessions/README.md.",
        "welcome": "Velkommen", "welcome_notes": "Byd velkommen og gennemgå dagens program.",
        "exercise": "Øvelse", "prompt": "Hvad skal der til, for at dagen er tiden værd?",
        "think": "Tænk selv", "share": "Del to og to",
        "break": "Pause", "wrap": "Opsamling", "wrap_notes": "Hvad lærte vi, og hvad sker der nu?",
        "title": "Ny workshop",
    },
}


def default_title(language: str) -> str:
    return _WORDS.get(language, _WORDS["en"])["title"]


def blank_session_text(title: str | None = None, start: str = "09:00", language: str = "en") -> str:
    w = _WORDS.get(language, _WORDS["en"])
    q = render_scalar
    return f"""{w['header']}

format: 1
title: {q(title or w['title'])}
language: {language}
start: {q(Clock(start))}

blocks:
  - id: welcome
    title: {q(w['welcome'])}
    kind: talk
    duration: 15m
    notes: {q(w['welcome_notes'])}

  - id: exercise
    title: {q(w['exercise'])}
    kind: exercise
    duration: 30m
    exercises:
      - id: exercise-1
        title: {q(w['exercise'])}
        duration: 30m
        prompt: {q(w['prompt'])}
        phases:
          - title: {q(w['think'])}
            duration: 10m
          - title: {q(w['share'])}
            duration: 20m

  - id: break
    title: {q(w['break'])}
    kind: break
    duration: 15m
    min_duration: 10m

  - id: wrap-up
    title: {q(w['wrap'])}
    kind: talk
    duration: 15m
    notes: {q(w['wrap_notes'])}
"""
