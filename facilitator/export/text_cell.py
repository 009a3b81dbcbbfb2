"""A table cell of plain text: wrapped at spaces (and inside words longer than the cell), drawn
with drawString, which prints characters literally -- no markup is parsed, so a touchpoint named
'<b>' stays '<b>'. Line breaks are cached per width: reportlab wraps each cell several times while
it lays out a table, and this is what keeps the journey export near plain-paragraph speed.

Any length is safe: a cell given a max_height wraps, then shrinks (down to MIN_SCALE), then cuts
its last line with a visible "…" -- it never grows past what a page can hold, so reportlab never
meets a row it cannot place (LayoutError). Text goes through script.printable (what the font
cannot draw becomes a visible mark) and each line through script.visual (right-to-left order)."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from facilitator.export.script import printable, visual

ELLIPSIS = "…"
MIN_SCALE = 0.8  # shrink no further than this: smaller is unreadable on the wall or on paper
MAX_CHARS = 20_000  # more than any cell can show on an A3 page; cut before wrapping, for speed


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    space = stringWidth(" ", font, size)
    for para in (text or "").split("\n"):
        line, line_w = "", 0.0
        for word in para.split(" "):
            w = stringWidth(word, font, size)
            if w > width:  # a word wider than the cell (a URL): break it where it must
                if line:
                    lines.append(line)
                    line, line_w = "", 0.0
                chunks = _break_word(word, font, size, width)
                lines.extend(chunks[:-1])
                line, line_w = chunks[-1], stringWidth(chunks[-1], font, size)
            elif not line:
                line, line_w = word, w
            elif line_w + space + w <= width:
                line, line_w = f"{line} {word}", line_w + space + w
            else:
                lines.append(line)
                line, line_w = word, w
        lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    out, cur, cur_w = [], "", 0.0
    for ch in word:
        w = stringWidth(ch, font, size)
        if cur and cur_w + w > width:
            out.append(cur)
            cur, cur_w = "", 0.0
        cur += ch
        cur_w += w
    out.append(cur)
    return out


def cut_to_width(text: str, font: str, size: float, width: float) -> str:
    """text, or as much of it as fits with a trailing "…"."""
    if stringWidth(text, font, size) <= width:
        return text
    room = width - stringWidth(ELLIPSIS, font, size)
    out, used = "", 0.0
    for ch in text:
        w = stringWidth(ch, font, size)
        if used + w > room:
            break
        out += ch
        used += w
    return out.rstrip() + ELLIPSIS


def clipped(text: str) -> str:
    text = text or ""
    return text if len(text) <= MAX_CHARS else text[:MAX_CHARS] + ELLIPSIS


class TextCell(Flowable):
    def __init__(self, text: str, font: str, size: float, leading: float, color=colors.black,
                 max_height: float | None = None, align: str = "left", indent: float = 0):
        super().__init__()
        self.indent = indent
        self.text = printable(clipped(text), font)
        self.font, self.size, self.leading, self.color = font, size, leading, color
        self.max_height, self.align = max_height, align
        self._aw = None
        self.lines: list[str] = []
        self.draw_size, self.draw_leading = size, leading

    def wrap(self, aw, ah):
        if aw != self._aw:
            self._aw = aw
            self._fit(max(aw - self.indent, self.size))
        self.width, self.height = aw, len(self.lines) * self.draw_leading
        return self.width, self.height

    def _fit(self, aw: float) -> None:
        """Wrap; if too tall, shrink; if still too tall, cut with a visible "…"."""
        size, leading = self.size, self.leading
        self.lines = wrap_lines(self.text, self.font, size, aw)
        if self.max_height is None or len(self.lines) * leading <= self.max_height:
            self.draw_size, self.draw_leading = size, leading
            return
        for scale in (0.9, MIN_SCALE):
            size, leading = self.size * scale, self.leading * scale
            self.lines = wrap_lines(self.text, self.font, size, aw)
            if len(self.lines) * leading <= self.max_height:
                break
        self.draw_size, self.draw_leading = size, leading
        keep = max(1, int(self.max_height // leading))
        if len(self.lines) > keep:
            self.lines = self.lines[:keep]
            self.lines[-1] = cut_to_width(self.lines[-1] + " " + ELLIPSIS, self.font, size, aw)

    def split(self, aw, ah):
        """For a row split across pages (splitInRow): as many lines as fit, then the rest.
        reportlab passes the cell's full width here (paddings included) and the height without
        the bottom padding, so keep the lines of the last real wrap and leave one line spare."""
        if self._aw is None:
            self.wrap(aw, ah)
        n = int(ah // self.draw_leading) - 1
        if n <= 0 or n >= len(self.lines):
            return []
        return [self._part(part) for part in (self.lines[:n], self.lines[n:])]

    def _part(self, lines: list[str]) -> "TextCell":
        part = TextCell("", self.font, self.draw_size, self.draw_leading, self.color, align=self.align,
                        indent=self.indent)
        part.text = "\n".join(lines)  # already printable, wrapped and cut
        return part

    def draw(self):
        if not self.lines:
            return
        c = self.canv
        c.setFont(self.font, self.draw_size)
        c.setFillColor(self.color)
        y = self.height - self.draw_size * 0.93
        for line in self.lines:
            line = visual(line)
            if self.align == "center":
                c.drawCentredString(self.width / 2, y, line)
            else:
                c.drawString(self.indent, y, line)
            y -= self.draw_leading
