"""Rendered PDF pages and decoded images, kept in memory up to a fixed budget.

One cache for the whole app (the wall, the presenter's previews and the overview
thumbnails share it), keyed by file, page and pixel size, least recently used
out first. A widget never holds on to its picture: it asks the cache when it
paints, so memory stays at the budget whatever the size of the deck (a 1920x1080
page is 8 MB; the budget holds the pages around the speaker in every view).

Open PDFs are kept per file. Before a page is rendered the file is looked at
again: a file that has gone (the USB stick was pulled) is reported, never read
from a stale handle.
"""
from __future__ import annotations

import os
from collections import OrderedDict

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument

BUDGET_BYTES = 192 * 1024 * 1024


class RenderCache:
    def __init__(self, budget: int = BUDGET_BYTES):
        self.budget = budget
        self.used = 0
        self._images: OrderedDict[tuple, QImage] = OrderedDict()

    def get(self, key: tuple) -> QImage | None:
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    def has(self, key: tuple) -> bool:
        return key in self._images

    def put(self, key: tuple, image: QImage) -> None:
        if key in self._images:
            self.used -= self._images.pop(key).sizeInBytes()
        self._images[key] = image
        self.used += image.sizeInBytes()
        while self.used > self.budget and len(self._images) > 1:
            _, old = self._images.popitem(last=False)
            self.used -= old.sizeInBytes()

    def clear(self) -> None:
        self._images.clear()
        self.used = 0

    def forget_file(self, path: str) -> None:
        """Drop what was rendered from `path` (written over: its pictures are old)."""
        for key in [k for k in self._images if len(k) > 1 and k[1] == path]:
            self.used -= self._images.pop(key).sizeInBytes()

    def __len__(self) -> int:
        return len(self._images)


class FileGone(Exception):
    """The file a slide shows cannot be opened now; str(e) names it."""


class PdfDocuments:
    """One open QPdfDocument per file, opened on first use."""

    def __init__(self):
        self._docs: dict[str, QPdfDocument] = {}
        self._opened: dict[str, tuple] = {}  # path -> the file's identity when it was opened
        # path -> every page's size in points, read when the file is opened: while a worker
        # renders a page, pdfium's lock would hold the GUI thread at any question to it
        self._sizes: dict[str, list] = {}

    def render(self, path: str, page: int, size: QSize) -> QImage:
        """Page `page` (1-based) of `path` at `size` pixels, opaque; FileGone if it cannot be read."""
        return render_page(self.document(path), path, page, size)

    def page_size(self, path: str, page: int):
        """The page's size in points (QSizeF); FileGone if the file has no such page now."""
        self.document(path)
        sizes = self._sizes[path]
        if not 1 <= page <= len(sizes):
            raise FileGone(f"{path} (page {page} is not in the file now)")
        return sizes[page - 1]

    def document(self, path: str) -> QPdfDocument:
        try:
            st = os.stat(path)
        except OSError:
            st = None
        if st is None or not os.path.isfile(path):
            self.forget(path)
            raise FileGone(path)
        # A file written over since it was opened (a copy over it, still copying): Qt's PDF
        # module, reading on in the old one, waits for ever for bytes that are not there.
        identity = (st.st_ino, st.st_size, st.st_mtime_ns)
        if self._opened.get(path, identity) != identity:
            self.forget(path)
        doc = self._docs.get(path)
        if doc is None:
            doc = QPdfDocument()
            if doc.load(path) != QPdfDocument.Error.None_:
                raise FileGone(path)
            self._docs[path] = doc
            self._opened[path] = identity
            self._sizes[path] = [doc.pagePointSize(i) for i in range(doc.pageCount())]
        return doc

    def forget(self, path: str) -> None:
        self._opened.pop(path, None)
        self._sizes.pop(path, None)
        doc = self._docs.pop(path, None)
        if doc is not None:
            doc.close()


def render_page(doc: QPdfDocument, path: str, page: int, size: QSize) -> QImage:
    """Page `page` (1-based) of the open `doc` at `size` pixels, opaque; FileGone if it cannot
    be read. Touches no widget: a heavy page is rendered on a worker thread (picture_decode)."""
    if not 1 <= page <= doc.pageCount():
        raise FileGone(f"{path} (page {page} is not in the file now)")
    image = doc.render(page - 1, size)
    if image.isNull():
        raise FileGone(path)
    # pdfium leaves the paper transparent: put it on white paper, once, in a format
    # the wall draws without converting.
    paper = QImage(image.size(), QImage.Format.Format_ARGB32_Premultiplied)
    paper.fill(Qt.GlobalColor.white)
    p = QPainter(paper)
    p.drawImage(0, 0, image)
    p.end()
    return paper


CACHE = RenderCache()
PDFS = PdfDocuments()
