"""SlideView: shows one slide of a session, picking the renderer by the slide's kind.

Used full screen on the wall (role "wall") and small in the presenter window
(role "preview"). Rendered pages are kept per slide, so going back and forth is
instant; `prepare()` renders a slide ahead of time (the one that comes next), so
a clicker press only swaps pages. The wall shows no presenter notes: no renderer
reads Slide.notes.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from facilitator.ui.slides.bullets import BulletsSlide
from facilitator.ui.slides.comparison import ComparisonSlide
from facilitator.ui.slides.exercise import ExerciseSlide
from facilitator.ui.slides.figures import FiguresSlide
from facilitator.ui.slides.image import ImageSlide
from facilitator.ui.slides.journey import JourneySlide
from facilitator.ui.slides.page import SlidePage
from facilitator.ui.slides.pdf_page import PdfPageSlide
from facilitator.ui.slides.platform import PlatformSlide
from facilitator.ui.slides.quote import QuoteSlide
from facilitator.ui.slides.ranking import RankingSlide
from facilitator.ui.slides.theme import PALETTE
from facilitator.ui.slides.title import TitleSlide

RENDERERS: dict[str, type[SlidePage]] = {
    "title": TitleSlide,
    "bullets": BulletsSlide,
    "figures": FiguresSlide,
    "ranking": RankingSlide,
    "platform": PlatformSlide,
    "comparison": ComparisonSlide,
    "quote": QuoteSlide,
    "exercise": ExerciseSlide,
    "journey": JourneySlide,
    "pdf": PdfPageSlide,
    "image": ImageSlide,
}
BLANKS = {"black": "#000000", "white": "#FFFFFF"}
MAX_CACHED = 40  # a whole day's deck; older pages are dropped first


class SlideView(QWidget):
    file_missing = Signal(str)  # a pdf or image slide shown whose file cannot be read (its path)

    def __init__(self, role: str = "wall", parent=None):
        super().__init__(parent)
        self.role = role
        self._pages: dict[str, SlidePage] = {}
        self._session = None
        self._page: SlidePage | None = None
        self._blank: str | None = None
        self.setAutoFillBackground(True)
        self._paint_background(PALETTE.background)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # --- what is shown -------------------------------------------------------
    def set_slide(self, slide, session) -> None:
        """Show `slide` (None: an empty page in the slide's background colour)."""
        page = self.prepare(slide, session) if slide is not None else None
        if page is self._page:
            return
        if self._page is not None:
            self._page.hide()
        self._page = page
        if page is not None:
            page.setGeometry(self.rect())
            page.fit()
            page.setVisible(self._blank is None)
            if getattr(page, "missing", None):
                self.file_missing.emit(page.missing)

    def prepare(self, slide, session) -> SlidePage:
        """Render `slide` at this view's size without showing it, and keep it."""
        if session is not self._session:
            self.clear_cache()
            self._session = session
        page = self._pages.get(slide.id)
        if page is None or page.slide is not slide:
            page = self._build(slide, session)
            self._pages[slide.id] = page
            self._trim()
        if page.size() != self.size():
            page.setGeometry(self.rect())
        page.fit()
        page.ensurePolished()  # style sheets now, not at the first paint on the wall
        return page

    def is_prepared(self, slide) -> bool:
        """`slide` is rendered at this view's size: showing it only swaps pages."""
        page = self._pages.get(slide.id)
        return (page is not None and page.slide is slide and page.size() == self.size()
                and getattr(page, "is_ready", lambda: True)())  # a PDF page's picture may have left the cache

    def current_page(self) -> SlidePage | None:
        return self._page

    def set_blank(self, colour: str | None) -> None:
        """'black' or 'white' hides the slide (B / W on the clicker); None shows it again."""
        self._blank = colour
        self._paint_background(BLANKS.get(colour, PALETTE.background))
        if self._page is not None:
            self._page.setVisible(colour is None)

    def blank(self) -> str | None:
        return self._blank

    def clear_cache(self) -> None:
        for page in self._pages.values():
            page.deleteLater()
        self._pages.clear()
        self._page = None

    # --- internals -----------------------------------------------------------
    def _build(self, slide, session) -> SlidePage:
        renderer = RENDERERS.get(slide.kind)
        if renderer is None:
            raise ValueError(f"slide {slide.id!r}: unknown kind {slide.kind!r}")
        page = renderer(slide, session, self.role, self)
        page.hide()
        if hasattr(page, "file_missing"):  # the file went while the page was shown
            page.file_missing.connect(lambda path, p=page: p is self._page and self.file_missing.emit(path))
        return page

    def _trim(self) -> None:
        while len(self._pages) > MAX_CACHED:
            oldest = next(k for k, p in self._pages.items() if p is not self._page)
            self._pages.pop(oldest).deleteLater()

    def _paint_background(self, colour: str) -> None:
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(colour))
        self.setPalette(pal)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._page is not None:
            self._page.setGeometry(self.rect())
            self._page.fit()
