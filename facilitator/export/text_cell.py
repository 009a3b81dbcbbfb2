"""A table cell of plain text: wrapped at spaces (and inside words longer than the cell), drawn
with drawString, which prints characters literally -- no markup is parsed, so a touchpoint named
'<b>' stays '<b>'. Line breaks are cached per width: reportlab wraps each cell several times while
it lays out a table, and this is what keeps the journey export near plain-paragraph speed."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable


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
    out, cur = [], ""
    for ch in word:
        if cur and stringWidth(cur + ch, font, size) > width:
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return out


class TextCell(Flowable):
    def __init__(self, text: str, font: str, size: float, leading: float, color=colors.black):
        super().__init__()
        self.text, self.font, self.size, self.leading, self.color = text, font, size, leading, color
        self._aw = None
        self.lines: list[str] = []

    def wrap(self, aw, ah):
        if aw != self._aw:
            self._aw = aw
            self.lines = wrap_lines(self.text, self.font, self.size, aw)
        self.width, self.height = aw, len(self.lines) * self.leading
        return self.width, self.height

    def split(self, aw, ah):
        """For a row split across pages (splitInRow): as many lines as fit, then the rest.
        reportlab passes the cell's full width here (paddings included) and the height without
        the bottom padding, so keep the lines of the last real wrap and leave one line spare."""
        if self._aw is None:
            self.wrap(aw, ah)
        n = int(ah // self.leading) - 1
        if n <= 0 or n >= len(self.lines):
            return []
        return [TextCell("\n".join(part), self.font, self.size, self.leading, self.color)
                for part in (self.lines[:n], self.lines[n:])]

    def draw(self):
        if not self.lines:
            return
        t = self.canv.beginText(0, self.height - self.size * 0.93)
        t.setFont(self.font, self.size, self.leading)
        t.setFillColor(self.color)
        t.textLines(self.lines, trim=0)
        self.canv.drawText(t)
