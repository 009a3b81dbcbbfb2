"""The report's words, in the session's language (it is handed to the room, like every print)."""
from __future__ import annotations

from facilitator.core.session.model import content_language

WORDS = {
    "da": {
        "title": "Dagens rapport", "planned_vs_actual": "Planlagt og faktisk",
        "kind": "Type", "what": "Hvad", "planned_start": "Planlagt start", "actual_start": "Faktisk start",
        "planned_min": "Planlagt (min)", "actual_min": "Faktisk (min)", "difference": "Forskel (min)",
        "block": "blok", "exercise": "øvelse", "phase": "fase",
        "day_line": "Planlagt {pstart}–{pend}, faktisk {astart}–{aend} ({diff})",
        "late": "{min} min senere end planlagt", "early": "{min} min tidligere end planlagt",
        "on_time": "til tiden", "not_ended": "dagen er ikke afsluttet",
        "pauses": "Pauser", "pause": "{start}–{end} under {block} ({min} min)",
        "adjustments": "Tid lagt til eller trukket fra", "adjust": "{time}: {block} {min} min",
        "adjust_group": "{time}: {block}, gruppe {min} min",
        "skipped": "Sprunget over", "catch_ups": "Indhentningsplaner accepteret",
        "catch_up": "{time}: {cuts}", "cut": "{block} −{min} min", "none": "ingen",
        "chart": "Tidslinje: planlagt (lys) og faktisk (mørk)", "planned": "Planlagt", "actual": "Faktisk",
        "journeys": "Gruppernes kunderejser",
        "groups": "Fremlæggelser i {block}", "group": "Gruppe {n}", "group_time": "{name} {min} min",
        "group_skipped": "{name} {min} min (afbrudt)",
    },
    "en": {
        "title": "Day report", "planned_vs_actual": "Planned and actual",
        "kind": "Kind", "what": "What", "planned_start": "Planned start", "actual_start": "Actual start",
        "planned_min": "Planned (min)", "actual_min": "Actual (min)", "difference": "Difference (min)",
        "block": "block", "exercise": "exercise", "phase": "phase",
        "day_line": "Planned {pstart}–{pend}, actual {astart}–{aend} ({diff})",
        "late": "{min} min later than planned", "early": "{min} min earlier than planned",
        "on_time": "on time", "not_ended": "the day was not ended",
        "pauses": "Pauses", "pause": "{start}–{end} during {block} ({min} min)",
        "adjustments": "Time added or taken", "adjust": "{time}: {block} {min} min",
        "adjust_group": "{time}: {block}, group {min} min",
        "skipped": "Skipped", "catch_ups": "Catch-up plans accepted",
        "catch_up": "{time}: {cuts}", "cut": "{block} −{min} min", "none": "none",
        "chart": "Timeline: planned (light) and actual (dark)", "planned": "Planned", "actual": "Actual",
        "journeys": "The groups' customer journeys",
        "groups": "Groups reporting back in {block}", "group": "Group {n}", "group_time": "{name} {min} min",
        "group_skipped": "{name} {min} min (cut short)",
    },
}


def words(language: str) -> dict[str, str]:
    return WORDS[content_language(language)]  # the one rule for 'da-DK', 'en_GB', '' ...
