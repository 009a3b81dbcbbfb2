"""Where the participant view goes: full screen on the screen that is not the laptop's.

The laptop's screen is the one the presenter window is on. With a second screen
the wall goes full screen there; with one screen it is a normal window beside the
presenter (a rehearsal), never over the presenter's timers. Plugging a projector in or out re-places the wall at once, and the
chosen screen is remembered by name in QSettings, used only if it is present.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QSettings, Signal
from PySide6.QtGui import QGuiApplication

from facilitator.ui.settings import WALL_SCREEN


def choose_wall_screen(screens, laptop, remembered: str | None):
    """The screen for the wall, or None when the laptop's is the only one."""
    others = [s for s in screens if laptop is None or s.name() != laptop.name()]
    for s in others:
        if s.name() == remembered:
            return s
    return others[0] if others else None


def rehearsal_geometry(available: QRect) -> QRect:
    """A normal window filling 60 % of the laptop screen, centred."""
    w, h = int(available.width() * 0.6), int(available.height() * 0.6)
    return QRect(available.x() + (available.width() - w) // 2,
                 available.y() + (available.height() - h) // 2, w, h)


def beside_geometry(available: QRect) -> tuple[QRect, QRect]:
    """One screen: (presenter, wall) side by side. The wall is a 16:9 window in the top right
    third; the presenter keeps the rest, so its countdowns are never under the wall."""
    wall_w = max(320, available.width() // 3)
    wall = QRect(available.x() + available.width() - wall_w, available.y(), wall_w, wall_w * 9 // 16)
    presenter = QRect(available.x(), available.y(), available.width() - wall_w, available.height())
    return presenter, wall


class ScreenPlacer(QObject):
    placed = Signal(object)  # the wall's QScreen when full screen, None when windowed

    def __init__(self, presenter, participant, settings: QSettings | None = None, parent=None):
        super().__init__(parent)
        self.presenter, self.participant = presenter, participant
        self.settings = settings or QSettings()
        self.screens = QGuiApplication.screens  # replaceable in tests
        self.beside = False  # a rehearsal while the real day holds the projector: the wall stays a window
        app = QGuiApplication.instance()
        app.screenAdded.connect(lambda _s: self.place())
        app.screenRemoved.connect(lambda _s: self.place())

    def laptop_screen(self):
        screen = self.presenter.screen() if self.presenter.isVisible() else None
        present = {s.name() for s in self.screens()}
        if screen is None or screen.name() not in present:
            screen = QGuiApplication.primaryScreen()
        return screen

    def wall_screen(self):
        if self.beside:
            return None
        return choose_wall_screen(self.screens(), self.laptop_screen(),
                                  self.settings.value(WALL_SCREEN, None))

    def place(self) -> None:
        target = self.wall_screen()
        w = self.participant
        if target is None:
            laptop = self.laptop_screen()
            presenter_rect, wall_rect = beside_geometry(laptop.availableGeometry())
            w.showNormal()
            self._move(w, laptop, wall_rect)
            w.show()
            p = self.presenter
            if p.isVisible() and p.frameGeometry().intersects(wall_rect):
                p.showNormal()  # a maximised presenter makes room for the wall beside it
                p.setGeometry(presenter_rect)
        else:
            if w.isFullScreen():
                w.showNormal()
            self._move(w, target, target.geometry())
            w.showFullScreen()
        self.placed.emit(target)

    def swap(self) -> None:
        """The wall goes to the laptop's screen and the presenter to the wall's."""
        wall, laptop = self.wall_screen(), self.laptop_screen()
        if wall is None:
            return
        self.settings.setValue(WALL_SCREEN, laptop.name())
        p = self.presenter
        p.showNormal()
        self._move(p, wall, rehearsal_geometry(wall.availableGeometry()))
        p.showMaximized()
        self.place()

    @staticmethod
    def _move(window, screen, geometry: QRect) -> None:
        window.setGeometry(geometry)
        if window.windowHandle() is not None:
            window.windowHandle().setScreen(screen)
