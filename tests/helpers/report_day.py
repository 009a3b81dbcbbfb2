"""A day for the report tests, with its journal built by hand: a late start (09.04), an
overrun (the intro takes 36 min), a pause of 3 min during the exercise, a skipped block
(cases), a minute added and a catch-up plan accepted. The minutes each block, exercise
and phase took are known to the second."""
from __future__ import annotations

from engine_day import M, at
from facilitator.core.day.events import Event
from facilitator.core.session.model import Block, BlockKind, Exercise, Phase, Session

SESSION_YAML = """format: 1
title: Workshop om sociale medier
language: da
start: "09:00"
blocks:
  # the morning
  - id: intro
    title: Velkommen og introduktion
    kind: talk
    duration: 30m   # keep it short
    min_duration: 20m
  - id: vision
    title: "Øvelse: Fremtidsfortælling"
    kind: exercise
    duration: 30m
    exercises:
      - id: fremtid
        title: Fremtidsfortælling
        duration: 20m
        phases:
          - {title: Skriv stikord, duration: 10m}
          - {title: Hold talen, duration: 10m}
  - {id: cases, title: Hvorfor bruge de sociale medier, kind: talk, duration: 30m, min_duration: 20m}
  - id: pause1
    title: Pause
    kind: break
    duration: 15m
  - id: slut
    title: Opsamling
    kind: talk
    duration: 15m
    start: "10:45"   # fixed
"""


def session() -> Session:
    vision = Exercise("fremtid", "Fremtidsfortælling", 20 * M,
                      phases=[Phase("Skriv stikord", 10 * M), Phase("Hold talen", 10 * M)])
    return Session("Workshop om sociale medier", "da", 9 * 60, [
        Block("intro", "Velkommen og introduktion", BlockKind.TALK, 30 * M, min_duration=20 * M),
        Block("vision", "Øvelse: Fremtidsfortælling", BlockKind.EXERCISE, 30 * M, exercises=[vision]),
        Block("cases", "Hvorfor bruge de sociale medier", BlockKind.TALK, 30 * M, min_duration=20 * M),
        Block("pause1", "Pause", BlockKind.BREAK, 15 * M),
        Block("slut", "Opsamling", BlockKind.TALK, 15 * M, fixed_start=10 * 60 + 45),
    ], date="2026-11-26")


def events() -> list[Event]:
    return [
        Event(at(9, 4), "start_day"),
        Event(at(9, 30), "adjust", {"seconds": 60}),
        Event(at(9, 35), "accept_catch_up", {"cuts": [[2, 300]]}),
        Event(at(9, 40), "next_block"),
        Event(at(9, 41), "exercise_start"),
        Event(at(9, 45), "pause"),
        Event(at(9, 48), "resume"),
        # phase 1 has had its 10 min of exercise time at 09.54 and flows into phase 2
        Event(at(10, 5), "phase_next"),  # N on the last phase ends the exercise
        Event(at(10, 12), "goto_block", {"index": 3}),  # cases skipped
        Event(at(10, 25), "next_block"),
        Event(at(10, 41), "end_day"),
    ]


EXPECTED_CSV = """kind,id,title,planned_start,actual_start,planned_minutes,actual_minutes,difference_minutes
block,intro,Velkommen og introduktion,09:00,09:04,30.0,36.0,6.0
block,vision,Øvelse: Fremtidsfortælling,09:30,09:40,30.0,32.0,2.0
exercise,fremtid,Fremtidsfortælling,09:30,09:41,20.0,24.0,4.0
phase,fremtid.1,Skriv stikord,09:30,09:41,10.0,13.0,3.0
phase,fremtid.2,Hold talen,09:40,09:54,10.0,11.0,1.0
block,cases,Hvorfor bruge de sociale medier,10:00,,30.0,,
block,pause1,Pause,10:30,10:12,15.0,13.0,-2.0
block,slut,Opsamling,10:45,10:25,15.0,16.0,1.0
"""
