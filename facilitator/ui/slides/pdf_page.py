"""A page of the facilitator's own PDF, rendered by Qt's PDF module at the view's real
pixel size (size x device pixel ratio), so it is as sharp as the native slides on a
1366x768 projector, a 1920x1080 one and a HiDPI laptop. The page keeps its shape;
what the screen has left over is black, as in every PDF presenter."""
from __future__ import annotations

from PySide6.QtCore import QSize

from facilitator.ui.slides.media_cache import PDFS, render_page
from facilitator.ui.slides.media_page import MediaPage, PictureBox


class PdfPageSlide(MediaPage):
    background = "#000000"
    full_bleed = True

    def build(self) -> None:
        self.picture_box = PictureBox(self)
        self.root.addWidget(self.picture_box, 1)
        self.title_card()

    def picture_key(self) -> tuple:
        return ("pdf", self.slide.file, self.slide.page)

    def picture(self, size: QSize):
        """Rendered on the GUI thread, unlike a large photo (picture_decode): on a worker of
        Qt's pool, QPdfDocument.render keeps Python's lock for the whole page (PySide does
        not let go of it there), so the GUI thread waited all the same, and a usual page
        came later than drawn at once (pdf_slides_bench: a cold move 16 -> 28 ms)."""
        page = PDFS.page_size(self.slide.file, self.slide.page)
        scale = min(size.width() / max(page.width(), 1), size.height() / max(page.height(), 1))
        fitted = QSize(max(1, round(page.width() * scale)), max(1, round(page.height() * scale)))
        return render_page(PDFS.document(self.slide.file), self.slide.file, self.slide.page, fitted)
