"""Drawing a journey with QPainter: shared by the editing board (scale 1, with add slots) and the
wall view (scaled to fill the projector). Layout is computed once per change; painting only
touches the columns inside the exposed rectangle, so a board of 100 touchpoints repaints fast."""
from __future__ import annotations

from dataclasses import field
from facilitator.core.record import record
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QStaticText

from facilitator.core.journeys.model import FEELING_MAX, FEELING_MIN, Journey, display_columns
from facilitator.core.room_words import room_word

LANE_HEIGHTS = {  # at scale 1
    "touchpoint": 86, "channel": 30, "owner": 44, "social": 70, "feeling": 100,
    "pain": 60, "opportunity": 60, "notes": 44,
}
BOARD_LANES = ("touchpoint", "channel", "owner", "social", "feeling", "pain", "opportunity", "notes")
WALL_LANES = ("touchpoint", "channel", "owner", "social", "feeling", "pain", "opportunity")

PHASE_BG = QColor("#d9e4ef")
LABEL_BG = QColor("#eeeeee")
GRID = QColor("#b8b8b8")
CARD = QColor("#fff4c2")
CURVE = QColor("#1f5f99")
SELECT = QColor("#2a7de1")
OWNER_COLOURS = {"us": QColor("#2e7d32"), "partner": QColor("#8e5a00"), "customer": QColor("#6a1b9a")}


LANE_NAMES = {  # marked for lupdate, translated when drawn
    "touchpoint": QT_TRANSLATE_NOOP("JourneyBoard", "Touchpoint"),
    "channel": QT_TRANSLATE_NOOP("JourneyBoard", "Channel"),
    "owner": QT_TRANSLATE_NOOP("JourneyBoard", "Owner"),
    "social": QT_TRANSLATE_NOOP("JourneyBoard", "Social media"),
    "feeling": QT_TRANSLATE_NOOP("JourneyBoard", "Feeling"),
    "pain": QT_TRANSLATE_NOOP("JourneyBoard", "Pain point"),
    "opportunity": QT_TRANSLATE_NOOP("JourneyBoard", "Opportunity"),
    "notes": QT_TRANSLATE_NOOP("JourneyBoard", "Notes"),
}
OWNER_NAMES = {
    "us": QT_TRANSLATE_NOOP("JourneyBoard", "Us"),
    "partner": QT_TRANSLATE_NOOP("JourneyBoard", "Partner"),
    "customer": QT_TRANSLATE_NOOP("JourneyBoard", "Customer"),
}


def lane_label(lane: str, room: str | None = None) -> str:
    """The lane's name: in the session's language ``room`` on the wall, else the UI's."""
    if room:
        return room_word(lane, room)
    return QCoreApplication.translate("JourneyBoard", LANE_NAMES[lane])


def owner_label(kind: str, room: str | None = None) -> str:
    if kind not in OWNER_NAMES:
        return ""
    if room:
        return room_word(f"owner_{kind}", room)
    return QCoreApplication.translate("JourneyBoard", OWNER_NAMES[kind])


def owner_text(tp, room: str | None = None) -> str:
    kind = owner_label(tp.owner, room)
    return f"{kind}: {tp.owner_name}" if kind and tp.owner_name else kind or tp.owner_name


@record
class Col:
    x: float
    index: int | None  # touchpoint index; None = the phase's add slot
    phase_id: str | None
    w: float = 0.0  # an add slot widened to fill its phase under a long heading; 0 = the usual width


@record
class Layout:
    scale: float = 1.0
    lanes: tuple = BOARD_LANES
    label_w: float = 120
    col_w: float = 170
    add_w: float = 34  # 0 on the wall
    phase_h: float = 32
    top: float = 0
    label_x: float = 0  # where the lane labels are drawn; the board keeps them at the visible left edge
    cols: list[Col] = field(default_factory=list)
    phases: list[tuple[float, float, str, str | None]] = field(default_factory=list)  # x0, x1, title, id
    lane_y: dict = field(default_factory=dict)
    width: float = 0
    height: float = 0
    room: str | None = None  # the session's language for the wall's words; None: the UI language

    def lane_rect(self, lane: str, col: Col) -> QRectF:
        y, h = self.lane_y[lane]
        return QRectF(col.x, y, self.col_width(col), h)

    def col_width(self, col: Col) -> float:
        return col.w or (self.col_w if col.index is not None else self.add_w)

    def col_of(self, index: int) -> Col | None:
        return next((c for c in self.cols if c.index == index), None)


def make_layout(journey: Journey, scale: float = 1.0, lanes=BOARD_LANES, with_add_slots: bool = True,
                top: float = 0, stretch: float = 1.0, col_w: float = 170, label_w: float = 120,
                heights: dict | None = None, room: str | None = None) -> Layout:
    """stretch makes the lanes taller (not the text bigger), for a wall taller than the board;
    heights replaces LANE_HEIGHTS (the wall's lanes are lower, its text bigger)."""
    s = scale
    heights = heights or LANE_HEIGHTS
    lay = Layout(scale=s, lanes=lanes, label_w=label_w * s, col_w=col_w * s, add_w=34 * s if with_add_slots else 0,
                 phase_h=32 * s, top=top, room=room)
    x = lay.label_w
    for phase, indexes in display_columns(journey):
        x0 = x
        for i in indexes:
            lay.cols.append(Col(x, i, phase.id if phase else None))
            x += lay.col_w
        if with_add_slots and phase is not None:
            lay.cols.append(Col(x, None, phase.id))
            x += lay.add_w
        elif not indexes:
            x += lay.col_w * 0.5  # an empty phase still shows its heading
        short = x0 + _heading_width(phase.title, s) - x if phase is not None else 0
        if short > 0:  # a heading is never cut: a blank group's phases would be only a "+" wide
            if with_add_slots:  # the "+" slot fills the phase
                lay.cols[-1].w = lay.add_w + short
            x += short
        lay.phases.append((x0, x, phase.title if phase else "", phase.id if phase else None))
    y = top + lay.phase_h
    for lane in lanes:
        lay.lane_y[lane] = (y, heights[lane] * s * stretch)
        y += heights[lane] * s * stretch
    lay.width, lay.height = x + 1, y + 1
    return lay


def _heading_width(title: str, s: float) -> float:
    """Width the phase heading needs (font as in _paint_phases, plus its margins)."""
    return QFontMetricsF(_font(15 * s, True)).horizontalAdvance(title) + 24 * s


def feeling_y(lay: Layout, value: float) -> float:
    y, h = lay.lane_y["feeling"]
    pad = 12 * lay.scale
    return y + h - pad - (value - FEELING_MIN) / (FEELING_MAX - FEELING_MIN) * (h - 2 * pad)


def feeling_at(lay: Layout, y: float) -> int:
    """The feeling value nearest to a click at height y in the feeling lane."""
    best = min(range(FEELING_MIN, FEELING_MAX + 1), key=lambda v: abs(feeling_y(lay, v) - y))
    return best


def text_font(size: float, bold: bool = False) -> QFont:
    """The font cells and labels are drawn in, at a pixel size (shared, do not modify)."""
    return _font(size, bold)


@lru_cache(maxsize=64)
def _font(size: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(max(6, int(size)))
    f.setBold(bold)
    return f


def paint_journey(p: QPainter, journey: Journey, lay: Layout, exposed: QRectF | None = None) -> None:
    """Draw the grid, the texts and the feeling curve; only columns meeting `exposed` are drawn."""
    s = lay.scale
    exposed = exposed or QRectF(0, 0, lay.width, lay.height)
    p.setRenderHint(QPainter.Antialiasing, False)  # grid and text are axis-aligned; only the curve needs it
    p.fillRect(exposed, Qt.white)
    _paint_phases(p, lay, exposed)
    visible = [c for c in lay.cols if c.x <= exposed.right() and c.x + lay.col_w >= exposed.left()]
    pad = 6 * s
    for col in visible:
        for lane in lay.lanes:
            rect = lay.lane_rect(lane, col)
            p.setPen(QPen(GRID, 1))
            p.drawRect(rect)
            if col.index is None:
                if lane == "touchpoint":
                    p.setFont(_font(22 * s, True))
                    p.setPen(QColor("#777777"))
                    p.drawText(rect, Qt.AlignCenter, "+")
                continue
            if lane != "feeling":
                _paint_cell(p, journey.touchpoints[col.index], lane, rect.adjusted(pad, pad * 0.7, -pad, -pad * 0.5), s,
                            lay.room)
    _paint_curve(p, journey, lay, visible)
    _paint_labels(p, lay)  # last: the label column stays put while scrolling is the board's job


def _paint_phases(p: QPainter, lay: Layout, exposed: QRectF) -> None:
    for x0, x1, title, _pid in lay.phases:
        if x1 < exposed.left() or x0 > exposed.right():
            continue
        rect = QRectF(x0, lay.top, x1 - x0, lay.phase_h)
        p.fillRect(rect, PHASE_BG)
        p.setPen(QPen(GRID, 1))
        p.drawRect(rect)
        p.setFont(_font(15 * lay.scale, True))
        p.setPen(Qt.black)
        p.drawText(rect.adjusted(4, 0, -4, 0), Qt.AlignCenter | Qt.TextSingleLine, title)


WRAP = Qt.AlignLeft | Qt.AlignTop | Qt.TextWordWrap  # combined once: flag arithmetic is slow in Python


@lru_cache(maxsize=4096)
def _static_text(text: str, width: int, height: int, size: float, bold: bool) -> QStaticText:
    """Laid-out text for a cell, cut with '…' where it would run out of the cell. Cached, so a
    repaint only draws; the layout is redone only for text that changed."""
    text = text.replace("\n", "\u2028")  # QStaticText breaks lines at LINE SEPARATOR, not at \n
    metrics = QFontMetricsF(_font(size, bold))
    box = QRectF(0, 0, width, 10_000)
    if metrics.boundingRect(box, WRAP, text).height() > height:
        lo, hi = 0, len(text)
        while lo < hi:  # the longest start of the text that still fits with an ellipsis
            mid = (lo + hi + 1) // 2
            if metrics.boundingRect(box, WRAP, text[:mid].rstrip() + "…").height() <= height:
                lo = mid
            else:
                hi = mid - 1
        text = text[:lo].rstrip() + "…"
    st = QStaticText(text)
    st.setTextFormat(Qt.PlainText)
    st.setTextWidth(width)
    st.prepare(font=_font(size, bold))
    return st


def _draw_text(p: QPainter, rect: QRectF, text: str, size: float, bold: bool = False) -> None:
    if not text:
        return
    p.setFont(_font(size, bold))
    p.drawStaticText(rect.topLeft(), _static_text(text, int(rect.width()), int(rect.height()), size, bold))


CELL_FONT = {"touchpoint": (13, True)}  # lane -> (pixel size at scale 1, bold); others (12, False)


def cell_font(lane: str) -> tuple[int, bool]:
    return CELL_FONT.get(lane, (12, False))


def cell_text(tp, lane: str, room: str | None = None) -> str:
    """What a touchpoint's cell in a lane says (room: the session's language, on the wall)."""
    if lane == "touchpoint":
        return tp.title
    if lane == "owner":
        return owner_text(tp, room)
    if lane == "social":
        # the wall's lanes are low: the platforms follow the idea on its line instead of a line of their own
        sep = "\n" if room is None or not tp.social else " · "
        return tp.social + (sep + ", ".join(tp.platforms) if tp.platforms else "")
    return getattr(tp, lane)


def _paint_cell(p: QPainter, tp, lane: str, rect: QRectF, s: float, room: str | None = None) -> None:
    p.setPen(Qt.black)
    size, bold = cell_font(lane)
    if lane == "touchpoint":
        p.fillRect(rect.adjusted(-3 * s, -3 * s, 3 * s, 3 * s), CARD)
    elif lane == "owner":
        if tp.owner in OWNER_COLOURS:  # a coloured bar, but the kind is also written out
            p.fillRect(QRectF(rect.left() - 4 * s, rect.top(), 3 * s, rect.height()), OWNER_COLOURS[tp.owner])
        rect = rect.adjusted(3 * s, 0, 0, 0)
    _draw_text(p, rect, cell_text(tp, lane, room), size * s, bold)


def _paint_curve(p: QPainter, journey: Journey, lay: Layout, visible: list[Col]) -> None:
    if "feeling" not in lay.lanes:
        return
    y0, h = lay.lane_y["feeling"]
    left = min((c.x for c in visible), default=lay.label_w)
    right = max((c.x + lay.col_w for c in visible), default=lay.label_w)
    for v in range(FEELING_MIN, FEELING_MAX + 1):
        p.setPen(QPen(GRID if v == 0 else QColor("#e2e2e2"), 1))
        p.drawLine(QPointF(left, feeling_y(lay, v)), QPointF(right, feeling_y(lay, v)))
    # the visible stretch of the curve, plus one point either side so it runs off the edges
    rated = [c for c in lay.cols if c.index is not None and journey.touchpoints[c.index].feeling is not None]
    inside = [k for k, c in enumerate(rated) if left <= c.x + lay.col_w / 2 <= right]
    if inside:
        rated = rated[max(0, inside[0] - 1):inside[-1] + 2]
    else:  # no rated touchpoint in view: just the segment crossing it, if any
        before = [c for c in rated if c.x < left]
        after = [c for c in rated if c.x > right]
        rated = before[-1:] + after[:1]
    pts = [QPointF(c.x + lay.col_w / 2, feeling_y(lay, journey.touchpoints[c.index].feeling)) for c in rated]
    path = QPainterPath()
    for k, pt in enumerate(pts):
        path.lineTo(pt) if k else path.moveTo(pt)
    p.setRenderHint(QPainter.Antialiasing, True)
    p.setPen(QPen(CURVE, 3 * lay.scale))
    p.setBrush(Qt.NoBrush)
    p.drawPath(path)
    p.setBrush(CURVE)
    r = 5 * lay.scale
    for pt in pts:
        p.drawEllipse(pt, r, r)
    p.setBrush(Qt.NoBrush)
    p.setRenderHint(QPainter.Antialiasing, False)


def _paint_labels(p: QPainter, lay: Layout) -> None:
    s = lay.scale
    p.save()
    p.translate(lay.label_x, 0)
    p.fillRect(QRectF(0, lay.top, lay.label_w, lay.height - lay.top), LABEL_BG)
    p.setPen(QPen(GRID, 1))
    p.drawRect(QRectF(0, lay.top, lay.label_w, lay.phase_h))
    for lane in lay.lanes:
        y, h = lay.lane_y[lane]
        rect = QRectF(0, y, lay.label_w, h)
        p.setPen(QPen(GRID, 1))
        p.drawRect(rect)
        p.setPen(Qt.black)
        p.setFont(_font(12 * s, True))
        p.drawText(rect.adjusted(6 * s, 5 * s, -4 * s, -4 * s), Qt.AlignLeft | Qt.AlignTop | Qt.TextWordWrap,
                   lane_label(lane, lay.room))
    if "feeling" in lay.lanes:
        size = 10 * s if lay.room is None else 12 * s  # the wall's numbers as big as its other text
        p.setFont(_font(size))
        step = feeling_y(lay, 0) - feeling_y(lay, 1)
        for v in range(FEELING_MIN, FEELING_MAX + 1):
            if step < size * 1.1 and v not in (FEELING_MIN, 0, FEELING_MAX):
                continue  # a low lane: −2, 0 and +2 only, never numbers on top of each other
            y = feeling_y(lay, v)
            p.drawText(QRectF(0, y - size, lay.label_w - 6 * s, 2 * size), Qt.AlignRight | Qt.AlignVCenter,
                       f"{v:+d}".replace("-", "−") if v else "0")
    p.restore()
