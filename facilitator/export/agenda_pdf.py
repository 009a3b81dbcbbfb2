"""The agenda handout: the planned day as a table (time, item, kind, duration), A4 portrait.

As in `facilitator agenda`'s text table, a block with a fixed clock start is marked
"11.30*" and a footnote says what the star means; each exercise lists its phases.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from facilitator.core.session.schedule import planned_schedule
from facilitator.core.session.model import Session
from facilitator.core.timefmt import format_clock

from facilitator.export.document import Geometry, build_pdf
from facilitator.export.journey_grid import GRID, PHASE_BG, Styles, para
from facilitator.export.labels import human_date, labels
from facilitator.export.page import Header, HeaderMark
from facilitator.export.script import printable, visual
from facilitator.export.text_cell import TextCell, clipped


def agenda_story(session: Session, geo: Geometry) -> list:
    lab = labels(session.language)
    st = Styles(geo.scale * 1.35)  # a handout is read at arm's length: bigger than the journey grid
    story: list = [HeaderMark(Header(session.title, "", lab["agenda"], human_date(session.date, session.language)))]
    if session.facilitators:
        people = ", ".join(" – ".join(x for x in (f.name, f.role, f.email) if x) for f in session.facilitators)
        people = visual(printable(clipped(people), st.regular))  # as the table's cells print text
        story += [Paragraph(f"<b>{para(lab['facilitators'])}:</b> {para(people)}", st.body), Spacer(1, 4 * mm)]
    rows = [[Paragraph(para(lab[k]), st.label) for k in ("time", "block", "exercise", "duration")]]
    rows[0][2] = Paragraph("", st.label)
    for pb in planned_schedule(session):
        b = pb.block
        star = "*" if b.fixed_start is not None else ""
        when = f"{format_clock(pb.start // 60, session.language)}{star}–{format_clock(pb.end // 60, session.language)}"
        # plain-text cells with a height limit: a title of any length shrinks, then is cut with "…"
        most = geo.frame_h / 4
        title = [st.text(b.title, "title", most)]
        for e in b.exercises:
            title.append(st.text("• " + e.title, max_height=most))
            title += [TextCell(f"{_minutes(ph.duration, lab)} · {ph.title}", st.regular, st.small.fontSize,
                               st.small.leading, st.grey, max_height=most, indent=4 * mm) for ph in e.phases]
        rows.append([Paragraph(para(when), st.body), title, Paragraph(para(lab.get(b.kind.value, b.kind.value)), st.body),
                     Paragraph(para(f"{b.duration // 60} {lab['min']}"), st.body)])
    widths = [32 * mm, geo.frame_w - 32 * mm - 28 * mm - 24 * mm, 28 * mm, 24 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), PHASE_BG),
        ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
        ("TEXTCOLOR", (0, 0), (-1, -1), colors.black),
        ("FONTNAME", (0, 0), (-1, -1), st.regular),  # never reportlab's (not embedded) Helvetica
    ]))
    story.append(table)
    if any(b.fixed_start is not None for b in session.blocks):
        story += [Spacer(1, 2 * mm), Paragraph(para(lab["fixed"]), st.small)]
    return story


def _minutes(seconds: int, lab: dict[str, str]) -> str:
    """'10 min', or '1 min 30 s' for a phase that is not whole minutes."""
    m, s = divmod(seconds, 60)
    return f"{m} {lab['min']}" + (f" {s} s" if s else "")


def write_agenda_pdf(session: Session, path, paper: str = "a4", notices: list[str] | None = None,
                     what: str = "agenda") -> Path:
    """The handout; what the bundled fonts cannot draw prints as a visible mark and is named in
    `notices` (if given), as the journey print-outs do."""
    geo = Geometry(paper, landscape_=False)
    if notices is not None:
        notice = agenda_notice(session, what)
        notices += [notice] if notice else []
    return build_pdf(path, agenda_story(session, geo), geo, session.language, session.title)


def agenda_notice(session: Session, what: str) -> str | None:
    """What the bundled fonts cannot draw of the session's titles and names (CJK prints as
    \ufffd), in words for the user; None when they draw all of it. The day report prints the
    same titles."""
    from facilitator.export.fonts import register_fonts
    from facilitator.export.script import undrawable_notice

    texts = [session.title, *(x for f in session.facilitators for x in (f.name, f.role, f.email) if x)]
    for b in session.blocks:
        texts += [b.title, *(x for e in b.exercises for x in (e.title, *(ph.title for ph in e.phases)))]
    return undrawable_notice(what, texts, register_fonts()[0])
