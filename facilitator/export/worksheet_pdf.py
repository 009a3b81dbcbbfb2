"""Worksheets for the breakout groups: blank (empty columns and lanes, a −2..+2 feeling grid, ruled
space for handwriting) or pre-filled (the template's touchpoints in, with its social-media ideas if it has any).
N copies, each headed with its group's name."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph

from facilitator.core.journeys.model import Journey, blank_journey, journey_from_template
from facilitator.core.journeys.words import default_phases, group_name
from facilitator.core.session.model import JourneyTemplate

from facilitator.export.document import Geometry, build_pdf
from facilitator.export.fonts import register_fonts
from facilitator.export.script import undrawable_notice
from facilitator.export.journey_grid import LABEL_W, LANES, MIN_COL_W, Styles, build_grid, chunks, journey_columns, para
from facilitator.export.labels import labels
from facilitator.export.page import Header, HeaderMark

RULE_GAP = 6.5 * mm  # line spacing for handwriting on A4
# share of the page each lane gets (the phase row takes what it needs)
LANE_SHARE = {"touchpoint": 1.3, "channel": 0.7, "owner": 0.9, "social": 1.5, "feeling": 1.3,
              "pain": 1.2, "opportunity": 1.2}


class Ruled(Flowable):
    """Writing lines filling the cell below whatever text is above it."""

    def __init__(self, height: float, gap: float):
        super().__init__()
        self.height, self.gap = height, gap

    def wrap(self, aw, ah):
        self.width = aw
        return aw, self.height

    def draw(self):
        c = self.canv
        c.setStrokeColor(colors.HexColor("#c8c8c8"))
        c.setLineWidth(0.4)
        y = self.height - self.gap
        while y > 0.5 * mm:
            c.line(0, y, self.width, y)
            y -= self.gap


def group_names(n: int, language: str = "da") -> list[str]:
    return [group_name(i, language) for i in range(1, n + 1)]


def _owner_boxes(lab, chosen: str = "") -> str:
    # box and word kept together, so a narrow column breaks between choices, not inside one
    return "  ".join(f"{'☒' if k == chosen else '☐'}&nbsp;{para(lab[k])}" for k in ("us", "partner", "customer"))


def _cell(styles, lab, heights, scale, blank: bool, col_w: float):
    gap = RULE_GAP * scale
    pad = 3 * mm * scale

    def cell(lane, col):
        tp = col.touchpoint
        text = ""
        if tp is not None and not blank and lane in ("touchpoint", "channel", "owner", "social"):
            text = {"touchpoint": tp.title, "channel": tp.channel, "owner": tp.owner_name, "social": tp.social}[lane]
        out = []
        if lane == "owner":
            out.append(Paragraph(_owner_boxes(lab, tp.owner if tp is not None and not blank else ""), styles.small))
        boxes = sum(f.wrap(col_w, 1000)[1] for f in out)
        if text:  # the row's height is fixed: a longer text shrinks, then is cut with "…"
            room = max(styles.body.leading, heights[lane] - pad - boxes)
            out.insert(0, styles.text(text, "title" if lane == "touchpoint" else "body", room))
        used = sum(f.wrap(col_w, 1000)[1] for f in out)  # Ruled fills what is left
        room = heights[lane] - pad - used
        if room > gap * 0.9:
            out.append(Ruled(room, gap))
        return out
    return cell


def worksheet_story(template: JourneyTemplate | None, group: str, geo: Geometry, workshop_title: str,
                    date: str, language: str, blank: bool) -> list:
    lab = labels(language)
    styles = Styles(geo.scale)
    if template is None:
        journey: Journey = blank_journey(group, default_phases(language))
    else:
        journey = journey_from_template(template, group)
    label_w = LABEL_W * geo.scale
    per_page = max(1, int((geo.frame_w - label_w) // (MIN_COL_W * geo.scale)))
    if blank:
        journey.touchpoints = []
    empty = max(1, per_page // max(1, len(journey.phases)))
    columns = journey_columns(journey, empty_per_phase=empty)
    # the heading row grows with a long phase title (up to three lines): the lanes make room for it
    narrow = (geo.frame_w - label_w) / per_page - 3.5 * mm * geo.scale
    heading = max([styles.text(p.title, "phase").wrap(narrow, geo.frame_h)[1] for p in journey.phases]
                  + [styles.label.leading])
    phase_h = heading + 3 * mm * geo.scale
    share_total = sum(LANE_SHARE.values())
    heights = {k: (geo.frame_h - phase_h - 2 * mm) * v / share_total for k, v in LANE_SHARE.items()}
    story = [HeaderMark(Header(group, journey.title or lab["journey"], workshop_title, date))]
    continued: set = set()
    for cols in chunks(columns, per_page):
        col_w = (geo.frame_w - label_w) / max(1, len(cols))
        cell = _cell(styles, lab, heights, geo.scale, blank, col_w - 3.5 * mm * geo.scale)
        story.append(build_grid(cols, LANES, lab, cell, [None] * len(cols), styles, col_w, label_w, continued,
                                feeling_h=heights["feeling"], handwriting=True,
                                row_heights=[None] + [heights[k] for k in LANES]))
        continued |= {c.phase_id for c in cols}
        story.append(PageBreak())
    return story


def write_worksheets_pdf(path, template: JourneyTemplate | None, groups: int | list[str], *, blank: bool = False,
                         paper: str = "a4", workshop_title: str = "", date: str = "", language: str = "da",
                         split: bool = False, notices: list[str] | None = None) -> list[Path]:
    """One worksheet per group (all in one PDF, or one file per group with split=True). What the
    bundled fonts cannot draw prints as a visible mark and is named in `notices` (if given)."""
    names = group_names(groups, language) if isinstance(groups, int) else list(groups)
    geo = Geometry(paper)
    if notices is not None:
        texts = [*names, workshop_title]
        if template is not None:
            texts += [template.title, *(p.title for p in template.phases)]
            texts += [x for t in template.touchpoints for x in (t.title, t.channel, t.owner_name, t.social)]
        notice = undrawable_notice(template.id if template else "worksheet", texts, register_fonts()[0])
        notices += [notice] if notice else []

    def story(names_):
        out = []
        for name in names_:
            out += worksheet_story(template, name, geo, workshop_title, date, language, blank)
        return out[:-1]

    path = Path(path)
    if not split:
        return [build_pdf(path, story(names), geo, language, workshop_title)]
    from facilitator.core.journeys.model import slugify
    return [build_pdf(path.with_name(f"{path.stem}-{slugify(n)}{path.suffix or '.pdf'}"), story([n]), geo,
                      language, workshop_title) for n in names]
