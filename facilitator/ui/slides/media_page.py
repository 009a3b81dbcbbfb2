"""What PDF-page and image slides share: a picture box drawn from the render cache at
the box's real pixel size (size x device pixel ratio), and the block's title card in
its place when the file cannot be read (the USB stick was pulled). Never a dialog:
the page says what is missing in `missing`, and the SlideView tells its host.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.ui.slides.media_cache import CACHE, FileGone
from facilitator.ui.slides.page import SlidePage
from facilitator.ui.slides import picture_decode
from facilitator.ui.slides.picture_decode import renders
from facilitator.ui.slides.theme import PALETTE, qcolor


THUMBNAIL = "thumbnail"  # the role of a SlideView that renders the overview grid's icons


class PictureBox(QWidget):
    """Paints what `page.picture(size_px)` renders, centred; cached per pixel size."""

    def __init__(self, page: "MediaPage"):
        super().__init__()
        self.page = page
        self._kept: tuple | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        renders().rendered.connect(self._rendered)

    def pixel_size(self) -> QSize:
        dpr = self.devicePixelRatioF()
        return QSize(max(1, round(self.width() * dpr)), max(1, round(self.height() * dpr)))

    def key(self) -> tuple:
        return self.page.picture_key() + (self.pixel_size().width(), self.pixel_size().height())

    def is_rendered(self) -> bool:
        return CACHE.has(self.key()) or (self._kept is not None and self._kept[0] == self.key())

    def ensure(self) -> QImage:
        """The picture at this box's pixel size, rendered now unless cached; FileGone if unreadable."""
        key = self.key()
        if self._kept is not None and self._kept[0] == key:
            return self._kept[1]
        image = CACHE.get(key)
        if image is None:
            image = self.page.picture(self.pixel_size())
            if self.page.role == THUMBNAIL:  # grabbed once into an icon: keep it out of the cache
                self._kept = (key, image)
            else:
                CACHE.put(key, image)
        return image

    def ensure_soon(self, wait: float = 0.0) -> QImage | None:
        """The picture if it is ready. Else a large one is rendered in the background (None
        when it is not in within `wait` seconds; the page hears when it is) and a small one
        rendered now. FileGone if the file cannot be read."""
        key = self.key()
        if self._kept is not None and self._kept[0] == key:
            return self._kept[1]
        image = CACHE.get(key)
        if image is not None:
            return image
        keep = self.page.role == THUMBNAIL  # grabbed once into an icon: not in the render cache
        if renders().is_pending(key):  # under way: the page is not asked again
            image = renders().request(key, None, wait, cache=not keep)
        else:
            later = self.page.picture_later(self.pixel_size())
            if later is None:
                return self.ensure()
            gone = renders().take_failure(key)
            if gone is not None:
                raise FileGone(gone)
            image = renders().request(key, later, wait, cache=not keep)
        if image is not None and keep:
            self._kept = (key, image)
        return image

    def _rendered(self, key: tuple) -> None:
        if key == self.key():
            if self.page.role == THUMBNAIL:
                image = renders().take_uncached(key)
                if image is not None:
                    self._kept = (key, image)
            self.page.refit()  # the picture, or the title card if the file could not be read
            self.update()

    def forget(self) -> None:
        """Drop a thumbnail's own picture once it has been grabbed."""
        self._kept = None

    def paintEvent(self, event) -> None:
        if self.width() <= 0 or self.height() <= 0:
            return
        try:
            image = self.ensure_soon(picture_decode.WAIT_S)  # shown now: worth a short wait
        except FileGone:
            # gone since the page was fitted (and its picture left the cache): the title
            # card, from the event loop rather than in the middle of a paint
            QTimer.singleShot(0, self.page, self.page.refit)
            return
        if image is None:  # being rendered: the slide's background until it is in
            return
        dpr = self.devicePixelRatioF()
        image.setDevicePixelRatio(dpr)
        w, h = image.width() / dpr, image.height() / dpr
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        p.drawImage(QPointF((self.width() - w) / 2, (self.height() - h) / 2), image)
        p.end()


class MediaPage(SlidePage):
    """A slide that shows a file. Subclasses lay out `self.picture_box` in build() and say how
    to render it: picture_key() (what the picture is, without its size) and picture()."""

    file_missing = Signal(str)  # the file cannot be read now (its path): the title card shows
    full_bleed = False  # no margin around the picture

    def __init__(self, slide, session, role: str = "wall", parent=None):
        self.missing: str | None = None
        self.picture_box = None
        self._card = None
        self._content: list = []
        super().__init__(slide, session, role, parent)

    # --- for subclasses ---------------------------------------------------------
    def picture_key(self) -> tuple:
        raise NotImplementedError

    def picture(self, size: QSize) -> QImage:
        raise NotImplementedError

    def picture_later(self, size: QSize):
        """A function that renders the picture without touching a widget, when it may take
        long enough to be rendered off the GUI thread (picture_decode); else None."""
        return None

    def title_card(self) -> None:
        """The block's title, hidden until the file cannot be read. Called last in build()."""
        self._content = [w for w in self.labels() if not w.isHidden()] + [self.picture_box]
        card = self.label(self._block_title(), "hero", PALETTE.on_accent,
                          Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        card.hide()
        self.root.addWidget(card, 1)
        self._card = [card]

    # --- readiness, for the view and the warmer -----------------------------------
    def is_ready(self) -> bool:
        """Shown now, it only paints from the cache (or it is the title card: nothing to render)."""
        return self.missing is not None or (self.picture_box is not None and self.picture_box.is_rendered())

    def fit(self) -> None:
        super().fit()
        if self.height() > 0 and self.picture_box is not None:
            self._render()

    def refit(self) -> None:
        if self.picture_box is not None:
            self._render()

    def _render(self) -> None:
        try:
            if self.picture_box.ensure_soon() is None:  # never waits: the warmer asks too
                return  # rendering: the box and the card stay as they are until it is in
        except FileGone as gone:
            self._show_card(str(gone))
            return
        self._show_card(None)

    def _show_card(self, missing: str | None) -> None:
        if missing == self.missing:
            return
        self.missing = missing
        for w in self._content:
            w.setVisible(missing is None)
        for w in self._card or []:
            w.setVisible(missing is not None)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window,
                     qcolor(PALETTE.dark_background if missing else self.background))
        self.setPalette(pal)
        self._fitted_size = None  # the card's text is fitted now that it shows
        SlidePage.fit(self)
        if missing is not None:
            self.file_missing.emit(missing)

    def _apply_scale(self) -> None:
        super()._apply_scale()
        if self.full_bleed and self.missing is None:
            self.root.setContentsMargins(0, 0, 0, 0)
            self._activate(self.layout())

    def _block_title(self) -> str:
        for block in getattr(self.session, "blocks", []):
            if self.slide.id in block.slides:
                return block.title
        return getattr(self.session, "title", "")
