"""Page furniture shared by every print-out: a header (group, title, workshop, date) and a
footer "Side x af y". Drawn after layout, when the page count is known, by a canvas that
keeps each page until save()."""
from __future__ import annotations

from facilitator.core.record import record

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from facilitator.export.fonts import register_fonts
from facilitator.export.script import printable, visual
from facilitator.export.text_cell import clipped, cut_to_width

PAPERS = {"a4": A4, "a3": A3}
HEADER_H = 16 * mm
FOOTER_H = 8 * mm
MARGIN = 10 * mm


def page_size(paper: str, landscape_: bool = True) -> tuple[float, float]:
    size = PAPERS[paper.lower()]
    return landscape(size) if landscape_ else size


def paper_scale(paper: str) -> float:
    """A3 is A4 enlarged: the same layout, everything √2 bigger."""
    return 2 ** 0.5 if paper.lower() == "a3" else 1.0


@record
class Header:
    big: str = ""  # the group name, or the document title
    title: str = ""  # the journey's title
    small: str = ""  # the workshop title
    date: str = ""


class HeaderMark(Flowable):
    """Zero-size flowable: from the page it lands on, the canvas prints this header."""

    def __init__(self, header: Header):
        super().__init__()
        self.header = header
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.canv.current_header = self.header


def make_canvas_class(page_label: str, scale: float):
    """A Canvas that draws header and footer on every page once the total is known.
    page_label is like 'Side {x} af {y}'."""
    regular, bold = register_fonts()

    class PagedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            # reportlab starts every page in Helvetica, which is not embedded: start in ours
            kwargs["initialFontName"] = kwargs.get("initialFontName") or regular
            super().__init__(*args, **kwargs)
            self.current_header = Header()
            self._pages = []

        def showPage(self):
            self._pages.append((dict(self.__dict__), self.current_header))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for n, (state, header) in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self._furniture(header, n, total)
                super().showPage()
            super().save()

        def _fit(self, text, font, size, width):
            while size > 5 and stringWidth(text, font, size) > width:
                size -= 0.5
            return size

        def _line(self, x, y, text, font, size, width, right=False):
            """One header line: shrunk to fit (not below 5 pt), then cut with a visible "…"."""
            text = printable(clipped(text), font).replace("\n", " ")
            size = max(self._fit(text, font, size, width), size * 0.6)  # smaller cannot be read: cut
            text = visual(cut_to_width(text, font, size, width))
            self.setFont(font, size)
            (self.drawRightString if right else self.drawString)(x, y, text)

        def _furniture(self, h: Header, n: int, total: int):
            w, ht = self._pagesize
            top = ht - MARGIN
            full = w - 2 * MARGIN
            date = cut_to_width(h.date, regular, 9 * scale, full / 3) if h.date else ""
            date_w = stringWidth(date, regular, 9 * scale) + 4 * mm if date else 0
            line1 = h.big + (f" – {h.title}" if h.title and h.big else h.title)
            self.setFillColor(colors.black)
            self._line(MARGIN, top - 14 * scale * 0.9, line1, bold, 14 * scale, full - date_w)
            if date:
                self.setFont(regular, 9 * scale)
                self.drawRightString(w - MARGIN, top - 14 * scale * 0.9, date)
            if h.small:
                self.setFillColor(colors.HexColor("#555555"))
                self._line(MARGIN, top - 14 * scale * 0.9 - 11 * scale, h.small, regular, 9 * scale, full)
            self.setFillColor(colors.HexColor("#555555"))
            self.setFont(regular, 8 * scale)
            self.drawCentredString(w / 2, MARGIN / 2 + 1 * mm, page_label.format(x=n, y=total))

    return PagedCanvas
