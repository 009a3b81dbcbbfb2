"""The journey as a printed grid: a label column, then one column per touchpoint grouped under
phase headings; lanes top to bottom. Shared by the journey export and the worksheets.

Every user string goes through ``para`` (xml-escaped) before it becomes Paragraph markup."""
from __future__ import annotations

from facilitator.core.record import record
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from facilitator.core.journeys.model import FEELING_MAX, FEELING_MIN, Journey, Touchpoint

from facilitator.export.fonts import register_fonts
from facilitator.export.text_cell import TextCell

LANES = ("touchpoint", "channel", "owner", "social", "feeling", "pain", "opportunity")
LABEL_W = 26 * mm  # on A4; everything scales with the paper
MIN_COL_W = 24 * mm
MAX_COL_W = 60 * mm
GRID = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#eeeeee")
PHASE_BG = colors.HexColor("#d9e4ef")
CURVE = colors.HexColor("#1f5f99")


def para(text: str) -> str:
    """User text as Paragraph markup that prints exactly those characters."""
    return escape(text or "").replace("\n", "<br/>")


@record
class Column:
    phase_id: str | None
    phase_title: str
    touchpoint: Touchpoint | None  # None: an empty column (worksheet, or a phase without touchpoints)
    number: int | None = None  # 1-based position in the journey


def journey_columns(journey: Journey, empty_per_phase: int = 1) -> list[Column]:
    """Columns in print order; a phase without touchpoints still gets empty column(s)."""
    cols = []
    number = 0
    known = {p.id for p in journey.phases}
    groups = [(p.id, p.title) for p in journey.phases]
    if any(t.phase not in known for t in journey.touchpoints):
        groups.append((None, ""))
    for pid, title in groups:
        tps = [t for t in journey.touchpoints if (t.phase == pid if pid is not None else t.phase not in known)]
        for t in tps:
            number += 1
            cols.append(Column(pid, title, t, number))
        if not tps:
            cols.extend(Column(pid, title, None) for _ in range(empty_per_phase))
    return cols


def chunks(columns: list, per_page: int) -> list[list]:
    """Split into pages of at most per_page columns, balanced (12 -> 6 + 6, not 10 + 2)."""
    if not columns:
        return [[]]
    pages = -(-len(columns) // per_page)
    size = -(-len(columns) // pages)
    return [columns[i:i + size] for i in range(0, len(columns), size)]


class Styles:
    def __init__(self, scale: float):
        regular, bold = register_fonts()
        size = 7.5 * scale
        self.scale = scale
        self.regular, self.bold = regular, bold
        self.size = size
        self.body = ParagraphStyle("body", fontName=regular, fontSize=size, leading=size * 1.22)
        self.title = ParagraphStyle("title", parent=self.body, fontName=bold)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=size * 0.9,
                                    leading=size * 1.1, textColor=colors.HexColor("#555555"))
        self.label = ParagraphStyle("label", parent=self.body, fontName=bold, fontSize=size * 1.05,
                                    leading=size * 1.3)
        self.phase = ParagraphStyle("phase", parent=self.label, alignment=1)
        self.grey = colors.HexColor("#555555")
        self.intro = ParagraphStyle("intro", parent=self.body, fontSize=size * 1.1, leading=size * 1.4,
                                    spaceAfter=2 * mm * scale)


    def text(self, text: str, kind: str = "body", max_height: float | None = None) -> TextCell:
        """A plain-text cell (printed literally, never parsed as markup); with max_height it
        shrinks, then cuts with "…", rather than grow past it."""
        if kind == "title":
            return TextCell(text, self.bold, self.size, self.body.leading, max_height=max_height)
        if kind == "small":
            return TextCell(text, self.regular, self.small.fontSize, self.small.leading, self.grey,
                            max_height=max_height)
        if kind == "phase":  # a phase heading: bold, centred, at most three lines
            return TextCell(text, self.bold, self.label.fontSize, self.label.leading, align="center",
                            max_height=max_height or self.label.leading * 3)
        if kind == "intro":
            return TextCell(text, self.regular, self.intro.fontSize, self.intro.leading, max_height=max_height)
        return TextCell(text, self.regular, self.size, self.body.leading, max_height=max_height)


class FeelingCurve(Flowable):
    """The feeling lane: a −2..+2 scale across the touchpoint columns, with the curve drawn
    through the rated touchpoints. Spans the label column too, so it prints its own label."""

    def __init__(self, label: str, label_w: float, col_w: float, values: list, height: float,
                 styles: Styles, handwriting: bool = False):
        super().__init__()
        self.label, self.label_w, self.col_w = label, label_w, col_w
        self.values, self.height, self.styles, self.handwriting = values, height, styles, handwriting
        self.width = label_w + col_w * len(values)

    def wrap(self, aw, ah):
        return self.width, self.height

    def _y(self, v: float) -> float:
        pad = self.styles.size * 0.9
        return pad + (v - FEELING_MIN) / (FEELING_MAX - FEELING_MIN) * (self.height - 2 * pad)

    def draw(self):
        c, s = self.canv, self.styles
        c.setFont(s.bold, s.size * 1.05)
        c.setFillColor(colors.black)
        c.drawString(2.2 * mm * s.scale, self.height - s.size * 1.5, self.label)
        c.setFont(s.regular, s.size * 0.9)
        for v in range(FEELING_MAX, FEELING_MIN - 1, -1):  # top down, the order it is read
            y = self._y(v)
            c.drawRightString(self.label_w - 1.5 * mm * s.scale, y - s.size * 0.3, f"{v:+d}".replace("-", "−") if v else "0")
            c.setStrokeColor(GRID if v == 0 else colors.HexColor("#d0d0d0"))
            c.setLineWidth(0.8 if v == 0 else 0.4)
            c.line(self.label_w, y, self.width, y)
        c.setStrokeColor(GRID)
        c.setLineWidth(0.5)
        for i in range(len(self.values) + 1):
            x = self.label_w + i * self.col_w
            c.line(x, 0, x, self.height)
        if self.handwriting:
            self._draw_marks()
        self._draw_curve()

    def _center(self, i: int) -> float:
        return self.label_w + (i + 0.5) * self.col_w

    def _draw_marks(self):
        c = self.canv
        c.setStrokeColor(colors.HexColor("#b0b0b0"))
        c.setLineWidth(0.4)
        for i in range(len(self.values)):
            for v in range(FEELING_MIN, FEELING_MAX + 1):
                c.circle(self._center(i), self._y(v), 1.6 * mm * self.styles.scale, stroke=1, fill=0)

    def _draw_curve(self):
        c, s = self.canv, self.styles
        pts = [(self._center(i), self._y(v)) for i, v in enumerate(self.values) if v is not None]
        rated = [i for i, v in enumerate(self.values) if v is not None]
        c.setStrokeColor(CURVE)
        c.setFillColor(CURVE)
        c.setLineWidth(1.6 * s.scale)
        for (a, b), (i, j) in zip(zip(pts, pts[1:]), zip(rated, rated[1:])):
            c.setDash(3, 2) if j - i > 1 else c.setDash()  # dashed across unrated touchpoints
            c.line(a[0], a[1], b[0], b[1])
        c.setDash()
        for x, y in pts:
            c.circle(x, y, 1.5 * mm * s.scale, stroke=0, fill=1)


def phase_spans(columns: list[Column]) -> list[tuple[int, int, Column]]:
    """(first, last, column) runs of equal phase, for the heading row."""
    spans = []
    for i, col in enumerate(columns):
        if spans and spans[-1][2].phase_id == col.phase_id:
            spans[-1] = (spans[-1][0], i, spans[-1][2])
        else:
            spans.append((i, i, col))
    return spans


def build_grid(columns: list[Column], lanes, lane_labels: dict, cell, feeling_values, styles: Styles,
               col_w: float, label_w: float, continued: set, feeling_h: float,
               row_heights: list | None = None, handwriting: bool = False) -> Table:
    """One page's worth of columns as a Table. cell(lane, column) gives the cell's flowables;
    continued holds phase ids already begun on an earlier page (their heading says so)."""
    spans = phase_spans(columns)
    head = [Paragraph(para(lane_labels["phase"]), styles.label)] + [""] * len(columns)
    for first, _last, col in spans:
        title = col.phase_title + (" " + lane_labels["continued"] if col.phase_id in continued else "")
        head[first + 1] = styles.text(title, "phase")  # repeated on every page: it must stay small
    rows = [head]
    for lane in lanes:
        if lane == "feeling":
            rows.append([FeelingCurve(lane_labels["feeling"], label_w, col_w, feeling_values, feeling_h,
                                      styles, handwriting)] + [""] * len(columns))
        else:
            cells = [cell(lane, col) for col in columns]
            # lists, so reportlab can split a cell across pages (it splits list cells only)
            rows.append([Paragraph(para(lane_labels[lane]), styles.label)]
                        + [c if isinstance(c, list) else [c] if c else "" for c in cells])
    fr = 1 + list(lanes).index("feeling") if "feeling" in lanes else None
    cmds = [
        ("FONT", (0, 0), (-1, -1), styles.regular, styles.size),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 1), (0, -1), SHADE),
        ("BACKGROUND", (0, 0), (-1, 0), PHASE_BG),
        ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm * styles.scale),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm * styles.scale),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm * styles.scale),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6 * mm * styles.scale),
    ]
    cmds += [("SPAN", (a + 1, 0), (b + 1, 0)) for a, b, _ in spans if b > a]
    if fr is not None:
        cmds += [("SPAN", (0, fr), (-1, fr)), ("BACKGROUND", (0, fr), (-1, fr), colors.white)]
        cmds += [(p, (0, fr), (-1, fr), 0) for p in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")]
    table = Table(rows, colWidths=[label_w] + [col_w] * len(columns), rowHeights=row_heights,
                  repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle(cmds + [("FONTNAME", (0, 0), (-1, -1), styles.regular)]))  # never Helvetica
    return table
