"""Words and numbers the windows show, formatted for the UI language.

Only presentation: the numbers come from the engine's DayState. Times of day are
written 10.45 in Danish and 10:45 in English. Strings are translated in the
"Runner" context (lupdate reads the literal QCoreApplication.translate calls).
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from facilitator.core.room_words import room_word
from facilitator.core.timefmt import format_clock, format_countdown


def clock_text(timestamp: float | None, lang: str) -> str:
    """'10.45' (da) / '10:45' (en) for a timestamp; '' for None."""
    if timestamp is None:
        return ""
    # format_clock_seconds(seconds_after_midnight(timestamp)) with one date look-up instead of
    # three: the agenda of a long day writes a time per block
    moment = datetime.fromtimestamp(timestamp)
    return format_clock(moment.hour * 60 + moment.minute, lang)


def countdown_text(seconds: float | None) -> str:
    return "" if seconds is None else format_countdown(seconds)


def drift_text(drift: float, projected_end: float, lang: str) -> str:
    """'7 min late — ends 14.07' / 'on time — ends 14.00' / '3 min early — ends 13.57'."""
    minutes = round(abs(drift) / 60)
    end = clock_text(projected_end, lang)
    if minutes == 0:
        text = QCoreApplication.translate("Runner", "On time — ends {time}")
    elif drift > 0:
        text = QCoreApplication.translate("Runner", "{minutes} min late — ends {time}")
    else:
        text = QCoreApplication.translate("Runner", "{minutes} min early — ends {time}")
    return text.format(minutes=minutes, time=end)


def overtime_text(remaining: float, room: str | None = None) -> str:
    """'Time is up +01:12'. room: the session's language, for the wall; None: the UI language."""
    text = (room_word("time_up", room) if room else
            QCoreApplication.translate("Runner", "Time is up {overtime}"))
    return text.format(overtime=format_countdown(remaining))


def back_at_text(back_at: float | None, lang: str, title: str = "", glued: bool = False) -> str:
    """The break card's headline, named after the break, in the room's language ``lang``:
    'Pause — vi starter igen kl. 10.45', 'Frokost — vi starter igen kl. 12.00'. glued: the
    words around the title are joined by no-break spaces, so a headline that wraps (a long
    break title) breaks in the title or after it, never between 'kl.' and its time."""
    title = title or room_word("break", lang)
    if back_at is None:
        return title
    template, time = room_word("back_at", lang), clock_text(back_at, lang)
    if glued:
        template, time = _glue_around(template, "{title}"), time.replace(" ", NO_BREAK_SPACE)
    return template.format(title=title, time=time)


NO_BREAK_SPACE = "\u00a0"


def _glue_around(template: str, field: str) -> str:
    """The template's spaces made no-break, except those next to `field`."""
    parts = template.split(field)
    return field.join(part[:1] + part[1:-1].replace(" ", NO_BREAK_SPACE) + part[-1:] if len(part) > 2 else part
                      for part in parts)


def level_caption(level: str, remaining: float, room: str | None = None) -> str:
    """Words that carry the warning state, so colour is never alone. room: the session's
    language when the words are for the wall; None: the UI language (the presenter)."""
    if level == "overtime" or remaining < 0:
        return overtime_text(remaining, room)
    if level in ("warning", "danger"):
        return room_word("almost_time", room) if room else QCoreApplication.translate("Runner", "Almost time")
    return ""


SHOWN_CUTS = 3  # the presenter's catch-up box has room for a line or two, not 120 cuts


def catch_up_text(plan, blocks, shown: int | None = SHOWN_CUTS) -> str:
    """'Shorten Øvelse by 5 min, Debat by 3 min — ends on time' (or '— still 4 min late');
    more than `shown` + 1 cuts: the first `shown` and '… and 117 more blocks, 117 min in all'
    (None: every cut); without cuts 'Nothing left to cut — still 4 min late'; then any fixed
    start that will still be late: 'Report back will start 15 min late'."""
    cut = QCoreApplication.translate("Runner", "{title} by {minutes} min")
    named = plan.cuts if shown is None or len(plan.cuts) <= shown + 1 else plan.cuts[:shown]
    parts = [cut.format(title=blocks[i].block.title, minutes=round(s / 60)) for i, s in named]
    rest = plan.cuts[len(named):]
    if rest:  # at least two: "… and 1 more block" would take the room of that block's name
        parts.append(QCoreApplication.translate("Runner", "… and {n} more blocks, {minutes} min in all").format(
            n=len(rest), minutes=round(sum(s for _i, s in rest) / 60)))
    if plan.late_after < 60:
        tail = QCoreApplication.translate("Runner", "ends on time")
    else:
        tail = QCoreApplication.translate("Runner", "still {minutes} min late").format(
            minutes=round(plan.late_after / 60))
    if parts:
        text = QCoreApplication.translate("Runner", "Shorten {cuts} — {tail}").format(
            cuts=", ".join(parts), tail=tail)
    else:
        text = QCoreApplication.translate("Runner", "Nothing left to cut — {tail}").format(tail=tail)
    late = QCoreApplication.translate("Runner", "{title} will start {minutes} min late")
    lines = [late.format(title=blocks[i].block.title, minutes=round(s / 60)) for i, s in plan.late_starts]
    return "\n".join([text, *(lines if shown is None else first_lines(lines))])


def first_lines(lines: list[str], shown: int = 1) -> list[str]:
    """The first `shown` lines and '… and N more' for the rest, when there are two or more
    (a day of many fixed starts, all late, had the box list every one, clipped)."""
    if len(lines) <= shown + 1:
        return lines
    more = QCoreApplication.translate("Runner", "… and {n} more").format(n=len(lines) - shown)
    return [*lines[:shown], more]


def conflict_text(conflict, blocks, lang: str) -> str:
    """'Journey mapping must end at 16:50: 20:00 left, not 35:00' for a fixed start the
    blocks before it overrun; 'Report back: 30 min late, nothing before it can give'."""
    fixed = blocks[conflict.fixed].block.title
    if conflict.gives is None:
        return QCoreApplication.translate("Runner", "{title}: {minutes} min late, nothing before it can give").format(
            title=fixed, minutes=round(conflict.late_by / 60))
    return QCoreApplication.translate("Runner", "{title} must end at {time}: {left} left, not {needs}").format(
        title=blocks[conflict.gives].block.title, time=clock_text(conflict.must_end, lang),
        left=format_countdown(conflict.left), needs=format_countdown(conflict.needs))


def planned_day_text(state, lang: str) -> str:
    """Before the day: 'Planned 13:15–17:40', or past the planned start 'Starting now: ends 00:11'."""
    if state.start_now_end is not None:
        return QCoreApplication.translate("Runner", "Starting now: ends {time}").format(
            time=clock_text(state.start_now_end, lang))
    first = state.blocks[0].planned_start if state.blocks else state.planned_end
    return QCoreApplication.translate("Runner", "Planned {start}–{end}").format(
        start=clock_text(first, lang), end=clock_text(state.planned_end, lang))


def format_jump(seconds: float) -> str:
    """'+45 min' / '−3 min' / '+20 s' for a clock jump."""
    sign = "+" if seconds >= 0 else "−"
    s = abs(seconds)
    return f"{sign}{round(s / 60)} min" if s >= 90 else f"{sign}{round(s)} s"
