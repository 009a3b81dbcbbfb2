"""A ticking countdown repaints the digits that changed, not its whole box (idle CPU)."""
from PySide6.QtCore import QEvent, QObject

from facilitator.ui.fit_label import FitLabel


class PaintRects(QObject):
    def __init__(self):
        super().__init__()
        self.rects = []

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())
        return False


def test_a_tick_repaints_only_the_changed_digit(qtbot):
    label = FitLabel("12:05", bold=True, tabular=True, max_fraction=0.95)
    qtbot.addWidget(label)
    spy = PaintRects()
    label.installEventFilter(spy)
    label.resize(1200, 500)
    label.show()
    qtbot.waitUntil(lambda: bool(spy.rects))  # the first, whole paint
    spy.rects.clear()
    label.setText("12:04")
    qtbot.waitUntil(lambda: bool(spy.rects))
    width = sum(r.width() for r in spy.rects)
    assert 0 < width < label.width() / 3
    assert label.text() == "12:04"


def test_a_new_shape_repaints_everything(qtbot):
    label = FitLabel("9:59", tabular=True)
    qtbot.addWidget(label)
    label.resize(600, 200)
    label.show()
    qtbot.waitExposed(label)
    spy = PaintRects()
    label.installEventFilter(spy)
    label.setText("+00:01")  # overtime: another shape, another size
    qtbot.waitUntil(lambda: bool(spy.rects))
    assert spy.rects[-1].width() == label.width()
