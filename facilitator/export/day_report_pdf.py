"""The day's report as PDF (A4 landscape, DejaVu embedded, in the session's language):
the day planned against actual in one line, the table of blocks, exercises and phases,
a timeline chart of planned against actual, the pauses, time added or taken, skipped
blocks and accepted catch-up plans; optionally the groups' journeys after it."""
from __future__ import annotations

from pathlib import Path

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from facilitator.core.day.clock import seconds_after_midnight
from facilitator.core.report.day_report import DayReport
from facilitator.core.report.table import clock, minutes
from facilitator.core.report.words import words

from facilitator.export.document import Geometry, build_pdf
from facilitator.export.journey_grid import GRID, PHASE_BG, Styles, para
from facilitator.export.journey_pdf import journey_story
from facilitator.export.labels import human_date
from facilitator.export.page import Header, HeaderMark
from facilitator.export.script import printable, visual
from facilitator.export.text_cell import TextCell

PLANNED = colors.HexColor("#c9d6e3")
ACTUAL = colors.HexColor("#1f5f99")
LATE = "#b3261e"  # a block that took longer than planned


def write_day_report_pdf(report: DayReport, path, journeys=(), paper: str = "a4") -> Path:
    geo = Geometry(paper)
    session = report.session
    story = report_story(report, geo)
    for journey in journeys:
        story += [PageBreak()] + journey_story(journey, geo, session.title, human_date(session.date, session.language),
                                              session.language)
    if story and isinstance(story[-1], PageBreak):
        story.pop()
    return build_pdf(path, story, geo, session.language, title=f"{words(session.language)['title']} — {session.title}")


def report_story(report: DayReport, geo: Geometry) -> list:
    session, lang = report.session, report.session.language
    w = words(lang)
    st = Styles(geo.scale * 1.25)
    story: list = [HeaderMark(Header(w["title"], session.title, "", human_date(session.date, lang))),
                   Paragraph(para(_day_line(report, w, lang)), st.title), Spacer(1, 3 * mm)]
    story.append(_table(report, geo, st, w, lang))
    story += [Spacer(1, 5 * mm), KeepTogether([Paragraph(para(w["chart"]), st.label), Spacer(1, 2 * mm),
                                               timeline_chart(report, geo.frame_w, lang)])]
    story += [Spacer(1, 4 * mm)] + _events(report, st, w, lang)
    return story


def _number(seconds, lang: str, signed: bool = False) -> str:
    """Minutes with one decimal, with a decimal comma in Danish."""
    text = minutes(seconds, signed)
    return text.replace(".", ",") if lang.startswith("da") else text


def _day_line(report: DayReport, w: dict, lang: str) -> str:
    first = report.rows[0].planned_start if report.rows else report.planned_end
    if report.actual_start is None or report.actual_end is None:
        return w["day_line"].format(pstart=clock(first, lang), pend=clock(report.planned_end, lang),
                                    astart="–", aend="–", diff=w["not_ended"])
    late = round((report.actual_end - report.planned_end) / 60)
    diff = w["late"].format(min=late) if late > 0 else w["early"].format(min=-late) if late < 0 else w["on_time"]
    if not report.timeline.ended:  # it stopped at its last command: how early or late it ended is not known
        diff = w["not_ended"]
    return w["day_line"].format(pstart=clock(first, lang), pend=clock(report.planned_end, lang),
                                astart=clock(report.actual_start, lang), aend=clock(report.actual_end, lang), diff=diff)


def _table(report: DayReport, geo: Geometry, st: Styles, w: dict, lang: str) -> Table:
    head = [w[k] for k in ("what", "kind", "planned_start", "actual_start", "planned_min", "actual_min", "difference")]
    rows = [[Paragraph(para(h), st.label) for h in head]]
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
             ("BACKGROUND", (0, 0), (-1, 0), PHASE_BG), ("ALIGN", (2, 0), (-1, -1), "RIGHT")]
    indent = {"block": 0, "exercise": 1, "phase": 2}
    step = stringWidth("    ", st.regular, st.size)  # four spaces a level, as before
    for r in report.rows:
        # a plain-text cell: wrapped first, then each line in right-to-left order by itself
        # (a title put into visual order whole and then wrapped printed its last words first)
        title = TextCell(r.title, st.bold if r.kind == "block" else st.regular, st.size, st.body.leading,
                         indent=indent[r.kind] * step)
        diff = _number(r.difference, lang, signed=True)
        rows.append([title, Paragraph(para(w[r.kind]), st.body),
                     *(Paragraph(para(t), st.body) for t in (
                         clock(r.planned_start, lang), clock(r.actual_start, lang) or "—",
                         _number(r.planned_seconds, lang), _number(r.actual_seconds, lang) or "—", diff or "—"))])
        if r.difference is not None and r.difference >= 60:  # longer than planned: bold, not only colour
            rows[-1][6] = Paragraph(f'<font color="{LATE}"><b>{para(diff)}</b></font>', st.body)
    fixed = [22 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm, 26 * mm]
    table = Table(rows, colWidths=[geo.frame_w - sum(fixed), *fixed], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def timeline_chart(report: DayReport, width: float, lang: str) -> Drawing:
    """One row per block: its planned time (light bar) above what it took (dark bar),
    on the day's clock; a skipped block has only its planned bar."""
    blocks = report.blocks()
    spans = [(r.planned_start, r.planned_start + r.planned_seconds) for r in blocks]
    spans += [(r.actual_start, r.actual_start + r.actual_seconds) for r in blocks if r.actual_start is not None]
    t0 = min(s for s, _ in spans)
    t1 = max(e for _, e in spans)
    t0 -= seconds_after_midnight(t0) % 1800  # from the half hour before
    label_w, row_h, top = 62 * mm, 13.0, 16.0
    height = top + row_h * len(blocks) + 4
    d = Drawing(width, height)
    plot_w = width - label_w - 4
    x = lambda t: label_w + (t - t0) / max(t1 - t0, 1) * plot_w  # noqa: E731
    font = Styles(1).regular
    tick = t0
    while tick <= t1:
        d.add(Line(x(tick), 0, x(tick), height - top + 4, strokeColor=colors.HexColor("#dddddd"), strokeWidth=0.5))
        d.add(String(x(tick), height - top + 7, clock(tick, lang), fontName=font, fontSize=7, textAnchor="middle"))
        tick += 1800
    for n, r in enumerate(blocks):
        y = height - top - (n + 1) * row_h
        d.add(String(0, y + 3, _drawn(_short(r.title, 42), font), fontName=font, fontSize=7.5))
        d.add(Rect(x(r.planned_start), y + row_h / 2, x(r.planned_start + r.planned_seconds) - x(r.planned_start),
                   row_h / 2 - 1.5, fillColor=PLANNED, strokeColor=None))
        if r.actual_start is not None:
            d.add(Rect(x(r.actual_start), y + 1.5, max(x(r.actual_start + r.actual_seconds) - x(r.actual_start), 0.5),
                       row_h / 2 - 1.5, fillColor=ACTUAL, strokeColor=None))
    return d


def _drawn(text: str, font: str) -> str:
    """A title as the font draws it: Hebrew and Arabic in reading order, no empty boxes."""
    return visual(printable(text, font))


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n - 1] + "…"


def _events(report: DayReport, st: Styles, w: dict, lang: str) -> list:
    line, blocks = report.timeline, report.session.blocks
    title = lambda i: blocks[i].title if i is not None and 0 <= i < len(blocks) else ""  # noqa: E731
    pauses = [w["pause"].format(start=clock(p.start, lang), end=clock(p.end, lang), block=title(p.block),
                                min=_number(p.end - p.start, lang)) for p in line.pauses]
    adjust = [w["adjust_group" if a.group else "adjust"].format(
        time=clock(a.t, lang), block=title(a.block), min=_number(a.seconds, lang, signed=True)) for a in line.adjustments]
    skipped = [r.title for r in report.skipped()]
    catch_ups = [w["catch_up"].format(time=clock(t, lang), cuts=", ".join(
        w["cut"].format(block=title(b), min=round(s / 60)) for b, s in cuts)) for t, cuts in line.catch_ups]
    drawn = lambda item: para(_drawn(item, st.regular))  # noqa: E731 - titles as the table prints them
    out = []
    for block, groups in line.groups.items():  # what each group of a report-back round took
        items = [w["group_skipped" if skipped else "group_time"].format(
            name=name or w["group"].format(n=n), min=_number(seconds, lang)) for n, name, seconds, skipped in groups]
        out += [Paragraph(f"<b>{drawn(w['groups'].format(block=title(block)))}:</b> "
                          + "; ".join(drawn(i) for i in items), st.body), Spacer(1, 1.5 * mm)]
    for heading, items in ((w["pauses"], pauses), (w["adjustments"], adjust), (w["skipped"], skipped),
                           (w["catch_ups"], catch_ups)):
        text = "; ".join(drawn(i) for i in items) if items else para(w["none"])
        out.append(Paragraph(f"<b>{para(heading)}:</b> {text}", st.body))
        out.append(Spacer(1, 1.5 * mm))
    return out
