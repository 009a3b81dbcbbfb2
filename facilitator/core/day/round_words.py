"""What the wall says about the report-back round, in the session's language:
'Gruppe 2 af 6 — næste: Gruppe 3'. A group without a name (a counted round) is called
after its number; when a group's name is not 'Gruppe <its place>' (a shuffled round, a
named group) the place is said in brackets: 'Gruppe 5 (2 af 6) — næste: Gruppe 3'."""
from __future__ import annotations

WORDS = {
    "da": {"group": "Gruppe {n}", "of": "{name} af {total}", "place": "{name} ({k} af {total})",
           "next": "{line} — næste: {name}", "last": "{line} — sidste gruppe",
           "first": "Første: {name}", "order": "Rækkefølge", "done": "Alle grupper har fremlagt",
           "skipped": "springes over"},
    "en": {"group": "Group {n}", "of": "{name} of {total}", "place": "{name} ({k} of {total})",
           "next": "{line} — next: {name}", "last": "{line} — last group",
           "first": "First: {name}", "order": "Order", "done": "Every group has presented",
           "skipped": "skipped"},
}


def words(language: str) -> dict[str, str]:
    return WORDS["da" if language.startswith("da") else "en"]


def group_name(group, language: str) -> str:
    return group.name or words(language)["group"].format(n=group.index + 1)


def round_line(state, language: str) -> str:
    """'Gruppe 2 af 6 — næste: Gruppe 3' for a RoundState, before, during and after the round."""
    w = words(language)
    if state.finished:
        return w["done"]
    current, following = state.current, state.next
    if current is None:
        return w["first"].format(name=group_name(following, language)) if following else ""
    k, total = state.position + 1, len(state.groups)
    name = group_name(current, language)
    if name == w["group"].format(n=k):  # 'Gruppe 2' presenting second
        line = w["of"].format(name=name, total=total)
    else:
        line = w["place"].format(name=name, k=k, total=total)
    if following is None:
        return w["last"].format(line=line)
    return w["next"].format(line=line, name=group_name(following, language))
