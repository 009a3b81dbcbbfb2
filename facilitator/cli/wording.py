"""Words for the command-line summaries, in the language of the session's content.

The command line has no Qt, so no tr(); a session written in Danish gets Danish
summaries (with Danish clock times, 10.45), an English one English.
"""
from __future__ import annotations

from facilitator.core.session.model import content_language
from facilitator.core.room_words import ROOM_WORDS

WORDS = {
    "da": {
        "blocks": "{n} blokke", "block": "1 blok",
        "slides": "{n} slides", "slide": "1 slide", "platforms": "{n} platforme", "platform": "1 platform",
        "templates": "{n} rejseskabeloner", "template": "1 rejseskabelon",
        "ends": "Dagen slutter {t}",
        "start": "Start", "end": "Slut", "kind": "Type", "title": "Titel",
        "talk": "oplæg", "exercise": "øvelse", "break": "pause", "phase": "fase",
        "ok": "{file}: OK", "duration": ROOM_WORDS["da"]["duration"], "fixed": ROOM_WORDS["da"]["fixed"],
    },
    "en": {
        "blocks": "{n} blocks", "block": "1 block",
        "slides": "{n} slides", "slide": "1 slide", "platforms": "{n} platforms", "platform": "1 platform",
        "templates": "{n} journey templates", "template": "1 journey template",
        "ends": "Day ends {t}",
        "start": "Start", "end": "End", "kind": "Kind", "title": "Title",
        "talk": "talk", "exercise": "exercise", "break": "break", "phase": "phase",
        "ok": "{file}: OK", "duration": ROOM_WORDS["en"]["duration"], "fixed": ROOM_WORDS["en"]["fixed"],
    },
}


# `facilitator status`: where the day stands.
STATUS_WORDS = {
    "da": {
        "not_started": "Dagen er ikke startet (planlagt {start}–{end}).",
        "ended": "Dagen sluttede kl. {end}.",
        "block": "Blok {n} af {total}: {title}",
        "left": "{time} tilbage", "over": "{time} over tid", "paused": " (sat på pause)",
        "back_at": ROOM_WORDS["da"]["back_at"],  # the break named as the wall names it
        "exercise": "Øvelse: {title} — {state}", "phase": "Fase {n} af {total}: {title} — {state}",
        "late": "{min} min forsinket — slutter {end}", "early": "{min} min foran — slutter {end}",
        "on_time": "Til tiden — slutter {end}",
        "catch_up": "Forslag til at indhente: {cuts}", "cut": "{title} −{min} min",
        "late_after": " (stadig {min} min forsinket)",
        "start_now": "Starter vi nu: slutter {end}", "rehearsal": " (generalprøve)",
        "coming": "Resten af dagen:", "fixed_mark": "*",
        "conflict": "{gives} skal slutte kl. {time}: {left} tilbage, ikke {needs}",
        "conflict_none": "{min} min for sent: intet før den kan give sig",
        "late_start": "{title} starter {min} min for sent", "nothing_to_cut": "Der er intet mere at skære",
        "ex_status": {"ready": "klar", "finished": "færdig", "skipped": "sprunget over", "paused": "pause"},
    },
    "en": {
        "not_started": "The day has not started (planned {start}–{end}).",
        "ended": "The day ended at {end}.",
        "block": "Block {n} of {total}: {title}",
        "left": "{time} left", "over": "{time} overtime", "paused": " (paused)",
        "back_at": ROOM_WORDS["en"]["back_at"],
        "exercise": "Exercise: {title} — {state}", "phase": "Phase {n} of {total}: {title} — {state}",
        "late": "{min} min late — ends {end}", "early": "{min} min early — ends {end}",
        "on_time": "On time — ends {end}",
        "catch_up": "Catch-up proposal: {cuts}", "cut": "{title} −{min} min",
        "late_after": " (still {min} min late)",
        "start_now": "Starting now: ends {end}", "rehearsal": " (rehearsal)",
        "coming": "Still to come:", "fixed_mark": "*",
        "conflict": "{gives} must end at {time}: {left} left, not {needs}",
        "conflict_none": "{min} min late: nothing before it can give",
        "late_start": "{title} will start {min} min late", "nothing_to_cut": "Nothing left to cut",
        "ex_status": {"ready": "ready", "finished": "finished", "skipped": "skipped", "paused": "paused"},
    },
}



def words(language: str) -> dict[str, str]:
    return WORDS[content_language(language)]


def count(w: dict[str, str], key: str, n: int) -> str:
    """'1 blok' / '5 blokke': the singular key is the plural key without its last 's'."""
    return w[key[:-1]] if n == 1 and key[:-1] in w else w[key].format(n=n)


def duration_text(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"


# `facilitator report`: the command's own lines follow the interface language (--lang,
# $FACILITATOR_LANG, the system's); the report itself follows the session's.
REPORT_WORDS = {
    "da": {
        "wrote": "Skrev {file}", "change": "{block}: {field} {old} → {new}",
        "shared": "{block}: {field} {old} ikke ændret til {new}: værdien deles gennem et YAML-anker (& * <<); ret den i hånden",
        "no_suggestion": "facilitator report: intet forslag: blokkene i sessionsfilen er ændret, siden dagen blev "
                         "kørt, så en blok ville få en andens tid",
        "no_change": "Ingen ændringer: hver blok tog det planlagte (til nærmeste 5 min).",
        "no_journal": "facilitator report: ingen kørselsjournal i {folder} (der er ikke kørt noget der endnu)",
        "no_session": "facilitator report: {folder} siger ikke, hvilken session den kører; angiv den med --session FILE",
        "not_checked": "facilitator report: forslaget består ikke check:",
        "cannot_write": "facilitator report: kan ikke skrive {file}: {reason}",
        "cannot_read": "facilitator report: kørselsjournalen kan ikke læses: {reason}",
        "is_input": "facilitator report: {file} er en af inputfilerne; vælg et andet navn",
        "agenda_changed": "advarsel: blokkene i {file} er ændret, siden journalen blev skrevet; "
                          "rapportens blokke passer måske ikke",
    },
    "en": {
        "wrote": "Wrote {file}", "change": "{block}: {field} {old} → {new}",
        "shared": "{block}: {field} {old} not changed to {new}: the value is shared through a YAML anchor (& * <<); change it by hand",
        "no_suggestion": "facilitator report: no suggestion: the blocks of the session file have changed since "
                         "the day was run, so a block would get another's time",
        "no_change": "No changes: every block took what was planned (to the nearest 5 min).",
        "no_journal": "facilitator report: no run journal in {folder} (nothing has been run there yet)",
        "no_session": "facilitator report: {folder} does not say which session it runs; name it with --session FILE",
        "not_checked": "facilitator report: the suggestion does not pass check:",
        "cannot_write": "facilitator report: cannot write {file}: {reason}",
        "cannot_read": "facilitator report: the run journal cannot be read: {reason}",
        "is_input": "facilitator report: {file} is one of the input files; choose another name",
        "agenda_changed": "warning: the blocks of {file} have changed since the journal was written; "
                          "the report's blocks may not match",
    },
}


def interface_language(flag: str | None = None) -> str:
    """--lang, else $FACILITATOR_LANG, else the system's locale variables; English by default."""
    import os

    for value in (flag, os.environ.get("FACILITATOR_LANG"), os.environ.get("LC_ALL"),
                  os.environ.get("LC_MESSAGES"), os.environ.get("LANG")):
        if value:
            return "da" if value.lower().startswith("da") else "en"
    return "en"
