"""SlideView: shows one slide of a session, picking the renderer by the slide's kind.

Used full screen on the wall (role "wall") and small in the presenter window
(role "preview"). Rendered pages are kept per slide, so going back and forth is
instant; `prepare()` renders a slide ahead of time (the one that comes next), so
a clicker press only swaps pages. The wall shows no presenter notes: no renderer
reads Slide.notes.
"""
from __future__ import annotations

import importlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from facilitator.ui.slides.page import SlidePage
from facilitator.ui.slides.theme import PALETTE

# kind -> (module, class): a renderer's module is imported when a slide of its kind is
# first built, so start-up does not pay for pyqtgraph (chart slides) before a chart is shown
RENDERERS: dict[str, tuple[str, str]] = {
    "title": ("facilitator.ui.slides.title", "TitleSlide"),
    "bullets": ("facilitator.ui.slides.bullets", "BulletsSlide"),
    "figures": ("facilitator.ui.slides.figures", "FiguresSlide"),
    "ranking": ("facilitator.ui.slides.ranking", "RankingSlide"),
    "platform": ("facilitator.ui.slides.platform", "PlatformSlide"),
    "comparison": ("facilitator.ui.slides.comparison", "ComparisonSlide"),
    "quote": ("facilitator.ui.slides.quote", "QuoteSlide"),
    "exercise": ("facilitator.ui.slides.exercise", "ExerciseSlide"),
    "journey": ("facilitator.ui.slides.journey", "JourneySlide"),
    "pdf": ("facilitator.ui.slides.pdf_page", "PdfPageSlide"),
    "image": ("facilitator.ui.slides.image", "ImageSlide"),
}
MAX_CACHED = 40  # a whole day's deck; older pages are dropped first


def renderer_for(slide) -> type[SlidePage]:
    """The page class for the slide's kind (its module imported on first use)."""
    where = RENDERERS.get(slide.kind)
    if where is None:
        raise ValueError(f"slide {slide.id!r}: unknown kind {slide.kind!r}")
    return getattr(importlib.import_module(where[0]), where[1])


class SlideView(QWidget):
    file_missing = Signal(str)  # a pdf or image slide shown whose file cannot be read (its path)

    def __init__(self, role: str = "wall", parent=None):
        super().__init__(parent)
        self.role = role
        self._pages: dict[str, SlidePage] = {}
        self._session = None
        self._page: SlidePage | None = None
        # counts what can change which pages are ready (a page built or fitted, pages dropped,
        # a new size): unchanged, a warm view is still warm without asking every page
        self.changes = 0
        self.dropped = 0  # pages dropped (the cache was full, or cleared)
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
            if self._sized():  # else resizeEvent fits it when the view gets its size
                page.fit()
            page.show()
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
        if self._sized():
            page.fit()
        self.changes += 1
        page.ensurePolished()  # style sheets now, not at the first paint on the wall
        return page

    def is_prepared(self, slide) -> bool:
        """`slide` is rendered at this view's size: showing it only swaps pages."""
        return self._ready(slide, self.size())

    def unprepared(self, slides) -> list:
        """The slides of `slides` not rendered at this view's size, in their order."""
        size = self.size()
        return [slide for slide in slides if not self._ready(slide, size)]

    def _ready(self, slide, size) -> bool:
        page = self._pages.get(slide.id)
        if page is None or page.slide is not slide or page.size() != size or not page.is_fitted():
            return False
        ready = getattr(page, "is_ready", None)  # a PDF page's picture may have left the cache
        return ready is None or ready()

    def current_page(self) -> SlidePage | None:
        return self._page

    def clear_cache(self) -> None:
        for page in self._pages.values():
            page.deleteLater()
        self._pages.clear()
        self._page = None
        self.changes += 1
        self.dropped += 1

    def has_size(self) -> bool:
        """Pages prepared now are fitted (see _sized)."""
        return self._sized()

    # --- internals -----------------------------------------------------------
    def _sized(self) -> bool:
        """Shown, or given a size: a view still at Qt's default size (a window being built
        at start-up) would fit its pages once for nothing, and again when laid out."""
        return self.isVisible() or self.testAttribute(Qt.WidgetAttribute.WA_Resized)

    def _build(self, slide, session) -> SlidePage:
        page = renderer_for(slide)(slide, session, self.role, self)
        page.hide()
        if hasattr(page, "file_missing"):  # the file went while the page was shown
            page.file_missing.connect(lambda path, p=page: p is self._page and self.file_missing.emit(path))
        return page

    def _trim(self) -> None:
        while len(self._pages) > MAX_CACHED:
            oldest = next(k for k, p in self._pages.items() if p is not self._page)
            self._pages.pop(oldest).deleteLater()
            self.dropped += 1

    def _paint_background(self, colour: str) -> None:
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(colour))
        self.setPalette(pal)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.changes += 1
        if self._page is not None:
            self._page.setGeometry(self.rect())
            self._page.fit()
