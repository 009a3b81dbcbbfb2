"""An image of the facilitator's own (PNG, JPEG or SVG): an optional title, the picture
fitted into the slide ("contain": all of it; "cover": it fills the box, the edges cut),
and under it an optional caption and "Kilde: ..." like the native figures.

Decoded at the box's real pixel size (QImageReader scales a JPEG while decoding;
an SVG is drawn at that size), so a 24-megapixel photo costs one screen's memory."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader, QPainter
from PySide6.QtSvg import QSvgRenderer

from facilitator.core.session.media_files import MAX_PIXELS
from facilitator.ui.slides.media_cache import FileGone
from facilitator.ui.slides.media_page import MediaPage, PictureBox
from facilitator.ui.slides.picture_decode import BACKGROUND_PIXELS
from facilitator.ui.slides.theme import PALETTE

# Qt refuses to decode an image over 256 MB (a 64-megapixel PNG; a JPEG is scaled while it is
# decoded, a PNG only after): a poster or a diagram exported at 10000 x 8000 would show as a
# missing file. 1 GB holds a 16000 x 16000 picture, briefly, on the presentation laptop; check
# refuses anything larger (core/session/media_files.MAX_PIXELS, 4 bytes a pixel).
MAX_DECODE_MB = MAX_PIXELS * 4 // (1024 * 1024)
if QImageReader.allocationLimit() < MAX_DECODE_MB:
    QImageReader.setAllocationLimit(MAX_DECODE_MB)


class ImageSlide(MediaPage):
    def build(self) -> None:
        has_text = bool(self.slide.title or self.slide.caption or self.slide.source)
        self.full_bleed = self.slide.fit == "cover" and not has_text
        if self.slide.title:
            self.title_block(self.slide.title)
        self.picture_box = PictureBox(self)
        self.root.addWidget(self.picture_box, 1)
        if self.slide.caption:
            self.root.addWidget(self.label(self.slide.caption, "subtitle", PALETTE.text,
                                           Qt.AlignmentFlag.AlignHCenter))
        src = self.source_line(self.slide.source)
        if src:
            self.root.addWidget(src)
        self.title_card()

    def picture_key(self) -> tuple:
        return ("image", self.slide.file, self.slide.fit)

    def picture(self, box: QSize) -> QImage:
        return render_picture(self.slide.file, self.slide.fit, box)

    def picture_later(self, box: QSize):
        path = self.slide.file
        if path.lower().endswith(".svg"):
            return None
        stored = QImageReader(path).size()  # read from the file's header
        if not stored.isValid() or stored.width() * stored.height() <= BACKGROUND_PIXELS:
            return None
        return partial(render_picture, path, self.slide.fit, QSize(box))


def render_picture(path: str, fit: str, box: QSize) -> QImage:
    """The picture fitted to `box` pixels ("contain" or "cover"); FileGone if unreadable. No
    widget is touched: large pictures are decoded on a worker thread (picture_decode)."""
    if path.lower().endswith(".svg"):
        renderer = QSvgRenderer(path)
        if not renderer.isValid():
            raise FileGone(path)
        size = _fitted(renderer.defaultSize(), box, fit)
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        p = QPainter(image)
        renderer.render(p, QRectF(0, 0, size.width(), size.height()))
        p.end()
        return image
    reader = QImageReader(path)
    reader.setAutoTransform(True)  # a phone photo the right way up (its EXIF orientation)
    stored = reader.size()
    if not stored.isValid():
        raise FileGone(path)
    # size() and the scaled size are the stored image's; a quarter turn comes after
    turned = bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)
    fitted = _fitted(stored.transposed() if turned else stored, box, fit)
    reader.setScaledSize(fitted.transposed() if turned else fitted)
    image = reader.read()
    if image.isNull():
        raise FileGone(path)
    return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def _fitted(natural: QSize, box: QSize, fit: str) -> QSize:
    if natural.isEmpty():
        return box
    sx, sy = box.width() / natural.width(), box.height() / natural.height()
    scale = max(sx, sy) if fit == "cover" else min(sx, sy)
    return QSize(max(1, round(natural.width() * scale)), max(1, round(natural.height() * scale)))
