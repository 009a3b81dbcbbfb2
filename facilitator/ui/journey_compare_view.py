"""The groups' feeling curves over the same phases: each phase gets an equal stretch of the x axis,
a group's touchpoints in that phase are spread across it. One colour, one marker shape and one
label per group, so the curves can be told apart without colour too."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from facilitator.core.journey import FEELING_MAX, FEELING_MIN

COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"]
SHAPES = ["circle", "square", "triangle", "diamond"]


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
        self.setMinimumSize(480, 300)
        self.setAccessibleName(self.tr("Feeling curves of all groups"))
        # bound methods, not lambdas: Qt drops these connections when the view is deleted
        book.changed.connect(self._on_book_changed)
        book.groupsChanged.connect(self._on_book_changed)

    def _on_book_changed(self, *_args) -> None:
        self.update()

    def series(self) -> list[tuple[str, QColor, str, list]]:
        """(label, colour, shape, points) per group -- what the chart shows."""
        phases = shared_phases(self.book.journeys)
        return [(j.group, QColor(COLOURS[k % len(COLOURS)]), SHAPES[k % len(SHAPES)], curve_points(j, phases))
                for k, j in enumerate(self.book.journeys)]

    def paintEvent(self, e):
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.fillRect(self.rect(), Qt.white)
        unit = max(10.0, min(self.width() / 60, self.height() / 30))
        font = QFont()
        font.setPixelSize(int(unit))
        p.setFont(font)
        legend_w = unit * 12
        plot = QRectF(unit * 3, unit * 3, self.width() - unit * 4 - legend_w, self.height() - unit * 5)
        phases = shared_phases(self.book.journeys)
        self._axes(p, plot, phases, unit)
        for k, (label, colour, shape, pts) in enumerate(self.series()):
            self._curve(p, plot, colour, shape, pts, unit)
            y = plot.top() + k * unit * 1.8
            self._marker(p, QPointF(plot.right() + unit * 1.5, y + unit * 0.6), shape, colour, unit * 0.45)
            p.setPen(Qt.black)
            p.drawText(QRectF(plot.right() + unit * 2.5, y, legend_w - unit * 3, unit * 1.4),
                       Qt.AlignLeft | Qt.AlignVCenter, label)
        p.end()

    def _y(self, plot: QRectF, v: float) -> float:
        return plot.bottom() - (v - FEELING_MIN) / (FEELING_MAX - FEELING_MIN) * plot.height()

    def _axes(self, p, plot, phases, unit):
        for v in range(FEELING_MIN, FEELING_MAX + 1):
            p.setPen(QPen(QColor("#999999" if v == 0 else "#dddddd"), 1))
            p.drawLine(QPointF(plot.left(), self._y(plot, v)), QPointF(plot.right(), self._y(plot, v)))
            p.setPen(Qt.black)
            p.drawText(QRectF(0, self._y(plot, v) - unit, plot.left() - unit * 0.5, unit * 2),
                       Qt.AlignRight | Qt.AlignVCenter, f"{v:+d}".replace("-", "−") if v else "0")
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
