"""PDFs and images made in the test: a numbered deck (reportlab), pictures (Qt), and a
session file beside them that shows them."""
from __future__ import annotations

from pathlib import Path
from textwrap import dedent

PAGE = (1600, 900)  # points, 16:9


def numbered_pdf(path: Path, pages: int = 30, password: str | None = None,
                 notes: dict[int, str] | None = None) -> Path:
    """A deck with its page number, huge and black, in the middle of each white page;
    `notes` puts a sticky-note annotation on the pages it names."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    encrypt = StandardEncryption(password, ownerPassword="owner") if password else None
    c = canvas.Canvas(str(path), pagesize=PAGE, encrypt=encrypt)
    for n in range(1, pages + 1):
        c.setFont("Helvetica-Bold", 500)
        c.drawCentredString(PAGE[0] / 2, 250, str(n))
        if notes and n in notes:
            c.textAnnotation(notes[n], Rect=(10, 10, 40, 40))
        c.showPage()
    c.save()
    return path


def damaged_pdf(path: Path, source: Path) -> Path:
    """The first few kilobytes of a good PDF: header there, everything else cut off."""
    path.write_bytes(source.read_bytes()[:600])
    return path


def picture(path: Path, size=(800, 600), colour="#2E7D32") -> Path:
    """A PNG or JPEG (by suffix) written by Qt: one colour, a white square in the middle."""
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    p = QPainter(image)
    p.fillRect(size[0] // 3, size[1] // 3, size[0] // 3, size[1] // 3, QColor("white"))
    p.end()
    assert image.save(str(path)), path
    return path


def turned_jpeg(path: Path, size=(400, 300)) -> Path:
    """A JPEG stored `size` (landscape) whose EXIF says: show it turned a quarter (portrait),
    as a phone writes a photo taken upright."""
    import struct

    plain = picture(path.with_name("plain-" + path.name), size)
    data = plain.read_bytes()
    tiff = b"MM\x00\x2a" + struct.pack(">IH", 8, 1) + struct.pack(">HHIHH", 0x0112, 3, 1, 6, 0) + struct.pack(">I", 0)
    app1 = b"Exif\x00\x00" + tiff
    path.write_bytes(data[:2] + b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + data[2:])
    return path


def svg(path: Path) -> Path:
    path.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90">'
                    '<rect width="160" height="90" fill="#1565C0"/>'
                    '<circle cx="80" cy="45" r="30" fill="white"/></svg>', encoding="utf-8")
    return path


def session_file(folder: Path, slides_yaml: str, block_slides: str, name: str = "talk.yaml") -> Path:
    """A one-block talk showing `block_slides` (a YAML list), with `slides_yaml` as its slides."""
    path = folder / name
    path.write_text(dedent("""\
        format: 1
        title: Foredrag
        language: da
        start: "09:00"
        blocks:
          - {id: talk, title: Foredraget, kind: talk, duration: 45m, slides: %s}
        slides:
        """) % block_slides + dedent(slides_yaml), encoding="utf-8")
    return path
