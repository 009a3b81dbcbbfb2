"""What a widget that repaints only part of itself shows: its update() requests recorded
(AskedRepaints, mixed in before the widget class), and the picture after applying just
those requests to an earlier full render, to compare with a fresh render."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage, QRegion


class AskedRepaints:
    """Records what the widget asks to repaint: a rect, or None for everything."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.asked: list[QRect | None] = []

    def update(self, *args):
        self.asked.append(args[0] if args and isinstance(args[0], QRect) else None)
        super().update(*args)


def full_render(widget) -> QImage:
    image = QImage(widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
    widget.render(image, QPoint(0, 0))
    return image


def after_partial(widget, image: QImage) -> QImage:
    """`image` (a full render from before) with only the asked repaints drawn again."""
    for rect in widget.asked:
        if rect is None:
            return full_render(widget)
        widget.render(image, rect.topLeft(), QRegion(rect))
    return image
