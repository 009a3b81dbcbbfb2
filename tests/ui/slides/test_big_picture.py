"""A high-resolution PNG (a scanned poster, a diagram exported at 8200 x 8200) passes check and is
shown on the wall; Qt's image reader refused anything over 256 MB decoded, and the slide showed the
block's title as if the file had gone."""
from __future__ import annotations

import struct
import zlib

from facilitator.core.session.loader import load_session
from facilitator.ui.slides.media_cache import CACHE
from facilitator.ui.slides.view import SlideView
from media_samples import session_file


def big_png(path, width: int, height: int) -> None:
    """An RGB PNG, one colour (small on disk, 4 bytes a pixel decoded), written with the stdlib."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + b"\x2e\x7d\x32" * width
    pack = zlib.compressobj(1)
    body = b"".join(pack.compress(row) for _ in range(height)) + pack.flush()
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", body) + chunk(b"IEND", b""))


def test_an_8200_by_8200_png_is_shown_on_the_wall(qtbot, tmp_path):
    big_png(tmp_path / "plakat.png", 8200, 8200)  # 269 MB decoded
    session = load_session(session_file(tmp_path, "  - {id: plakat, kind: image, file: plakat.png}\n", "[plakat]"))
    CACHE.clear()
    view = SlideView("wall")
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    view.set_slide(session.slide("plakat"), session)
    page = view.current_page()
    qtbot.waitUntil(page.is_ready, timeout=30_000)  # 67 megapixels, decoded off the GUI thread
    image = CACHE.get(page.picture_box.key())
    assert image is not None and not image.isNull()
    box = page.picture_box.pixel_size()
    assert image.height() == box.height() and image.width() <= box.width()  # square: as tall as the box
    assert image.pixelColor(image.width() // 2, image.height() // 2).name() == "#2e7d32"
