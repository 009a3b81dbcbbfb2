"""The groups' feeling curves over the same phases: each phase gets an equal stretch of the x axis,
a group's touchpoints in that phase are spread across it. One colour, one marker shape and one
label per group, so the curves can be told apart without colour too."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from facilitator.core.journeys.model import FEELING_MAX, FEELING_MIN
from facilitator.core.room_words import room_word

COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"]
SHAPES = ["circle", "square", "triangle", "diamond"]
_Y_LABELS = [f"{v:+d}".replace("-", "−") if v else "0" for v in range(FEELING_MIN, FEELING_MAX + 1)]


def shared_phases(journeys) -> list[tuple[str, str]]:
    """(id, title) of every phase, in the order first seen across the groups."""
    out, seen = [], set()
    for j in journeys:
        for p in j.phases:
            if p.id not in seen:
                seen.add(p.id)
                out.append((p.id, p.title))
    return out


def curve_points(journey, phases) -> list[tuple[float, int]]:
    """(x in 0..1, feeling) for each rated touchpoint; phase k spans [k/n, (k+1)/n]."""
    ids = [p for p, _t in phases]
    pts = []
    for k, pid in enumerate(ids):
        tps = [t for t in journey.touchpoints if t.phase == pid]
        for i, t in enumerate(tps):
            if t.feeling is not None:
                pts.append(((k + (i + 0.5) / len(tps)) / len(ids), t.feeling))
    return pts


class JourneyCompareView(QWidget):
    def __init__(self, book, parent=None):
        super().__init__(parent)
        self.book = book
        # On the wall the chart carries no instructions: the editor says how to add feelings.
        self.on_wall = False
        self.setMinimumSize(480, 300)
        self.setAccessibleName(self.tr("Feeling curves of all groups"))
        self.setWindowTitle(self.tr("Compare groups"))
        # bound methods, not lambdas: Qt drops these connections when the view is deleted
        book.changed.connect(self._on_book_changed)
        book.groups_changed.connect(self._on_book_changed)

    def _on_book_changed(self, *_args) -> None:
        self.update()

    def series(self) -> list[tuple[str, QColor, str, list]]:
        """(label, colour, shape, points) per group -- what the chart shows."""
        phases = shared_phases(self.book.journeys)
        return [(j.group, QColor(COLOURS[k % len(COLOURS)]), SHAPES[k % len(SHAPES)], curve_points(j, phases))
                for k, j in enumerate(self.book.journeys)]

    def title_text(self) -> str:
        """In the session's language: the room reads it."""
        return room_word("compare_title", getattr(self.book, "language", "da"))

    def hint_text(self) -> str:
        """What the empty chart says instead of nothing ("" once there is a curve to show)."""
        if not self.book.journeys:
            return self.tr("No groups yet: add one with New group")
        if not any(pts for *_rest, pts in self.series()):
            return self.tr("No feelings yet: click in the Feeling lane to set them")
        return ""

    def _plot_rect(self, unit: float, fm: QFontMetricsF) -> QRectF:
        """Room for the title and phase headings above, the −2..+2 labels clear of the left
        edge, the legend on the right, and half a label's height below the −2 line."""
        legend_w = unit * 12
        left = unit + max(fm.horizontalAdvance(label) for label in _Y_LABELS) + unit * 0.6
        top = unit * 6
        return QRectF(left, top, self.width() - left - unit - legend_w, self.height() - top - unit * 1.5)

    def paintEvent(self, e):
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.fillRect(self.rect(), Qt.white)
        unit = max(10.0, min(self.width() / 60, self.height() / 30))
        font = QFont()
        font.setPixelSize(int(unit))
        p.setFont(font)
        plot = self._plot_rect(unit, QFontMetricsF(font))
        self._title(p, unit)
        p.setFont(font)
        self._axes(p, plot, shared_phases(self.book.journeys), unit)
        for k, (label, colour, shape, pts) in enumerate(self.series()):
            self._curve(p, plot, colour, shape, pts, unit)
            y = plot.top() + k * unit * 1.8
            self._marker(p, QPointF(plot.right() + unit * 1.5, y + unit * 0.6), shape, colour, unit * 0.45)
            p.setPen(Qt.black)
            p.drawText(QRectF(plot.right() + unit * 2.5, y, self.width() - plot.right() - unit * 3.5, unit * 1.4),
                       Qt.AlignLeft | Qt.AlignVCenter, label)
        self._hint(p, plot, unit)
        p.end()

    def _hint(self, p, plot, unit):
        """The hint on a white card over the zero line, so the line does not strike it through."""
        hint = "" if self.on_wall else self.hint_text()
        if not hint:
            return
        font = QFont()
        font.setPixelSize(int(unit * 1.2))
        p.setFont(font)
        flags = Qt.AlignCenter | Qt.TextWordWrap
        box = p.boundingRect(plot.adjusted(unit, 0, -unit, 0), flags, hint)
        box.adjust(-unit, -unit * 0.6, unit, unit * 0.6)
        p.setPen(QPen(QColor("#bbbbbb"), 1))
        p.setBrush(Qt.white)
        p.drawRoundedRect(box, unit * 0.4, unit * 0.4)
        p.setPen(QColor("#444444"))
        p.drawText(box, flags, hint)

    def _title(self, p, unit):
        font = QFont()
        font.setPixelSize(int(unit * 1.4))
        font.setBold(True)
        p.setFont(font)
        p.setPen(Qt.black)
        p.drawText(QRectF(unit, unit * 0.6, self.width() - unit * 2, unit * 2), Qt.AlignLeft | Qt.AlignVCenter,
                   self.title_text())

    def _y(self, plot: QRectF, v: float) -> float:
        return plot.bottom() - (v - FEELING_MIN) / (FEELING_MAX - FEELING_MIN) * plot.height()

    def _axes(self, p, plot, phases, unit):
        for v in range(FEELING_MIN, FEELING_MAX + 1):
            p.setPen(QPen(QColor("#999999" if v == 0 else "#dddddd"), 1))
            p.drawLine(QPointF(plot.left(), self._y(plot, v)), QPointF(plot.right(), self._y(plot, v)))
            p.setPen(Qt.black)
            p.drawText(QRectF(unit, self._y(plot, v) - unit, plot.left() - unit * 1.6, unit * 2),
                       Qt.AlignRight | Qt.AlignVCenter, _Y_LABELS[v - FEELING_MIN])
        n = max(1, len(phases))
        for k, (_pid, title) in enumerate(phases):
            x0 = plot.left() + plot.width() * k / n
            p.setPen(QPen(QColor("#bbbbbb"), 1, Qt.DashLine))
            if k:
                p.drawLine(QPointF(x0, plot.top()), QPointF(x0, plot.bottom()))
            p.setPen(Qt.black)
            p.drawText(QRectF(x0, plot.top() - unit * 2.5, plot.width() / n, unit * 2), Qt.AlignCenter, title)

    def _curve(self, p, plot, colour, shape, pts, unit):
        path = QPainterPath()
        xy = [QPointF(plot.left() + x * plot.width(), self._y(plot, v)) for x, v in pts]
        for k, pt in enumerate(xy):
            path.lineTo(pt) if k else path.moveTo(pt)
        p.setPen(QPen(colour, unit * 0.25))
        p.setBrush(Qt.NoBrush)
        p.drawPath(path)
        for pt in xy:
            self._marker(p, pt, shape, colour, unit * 0.45)

    def _marker(self, p, c: QPointF, shape: str, colour: QColor, r: float):
        p.setPen(Qt.NoPen)
        p.setBrush(colour)
        if shape == "circle":
            p.drawEllipse(c, r, r)
        elif shape == "square":
            p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
        else:
            pts = ([QPointF(c.x(), c.y() - r * 1.2), QPointF(c.x() + r * 1.1, c.y() + r), QPointF(c.x() - r * 1.1, c.y() + r)]
                   if shape == "triangle" else
                   [QPointF(c.x(), c.y() - r * 1.3), QPointF(c.x() + r * 1.1, c.y()), QPointF(c.x(), c.y() + r * 1.3),
                    QPointF(c.x() - r * 1.1, c.y())])
            p.drawPolygon(pts)
        p.setBrush(Qt.NoBrush)
