"""AgendaWall: the day's programme on the wall, the current block marked.

The current block is marked by an arrow and bold text as well as colour, and
blocks that are done are dimmed; times are the planned ones participants know, a
fixed start marked with * as on the handout.
A day longer than MAX_ROWS blocks shows MAX_ROWS of them, from the one before the current
block on: the back row could not read more, and each row is a widget to lay out.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout

from facilitator.ui import texts, wall_style
from facilitator.ui.fit_label import FitLabel
from facilitator.ui.runner.wall_card import WallCard

_MARK = "▶ "
MAX_ROWS = 16  # the seed day has 11 blocks
# All rows share one size, so one very long title would shrink the whole programme below what
# the back row can read: a row wraps onto a second line, and a title longer than this is cut
# with "…" (the presenter shows it whole).
MAX_TITLE = 80


class AgendaWall(WallCard):
    def __init__(self, title: str = "", lang: str = "da", parent=None):
        super().__init__(parent)
        self.lang = lang
        self.heading = FitLabel(title, bold=True, wrap=True, max_fraction=0.45)
        self._rows: list[FitLabel] = []
        self._lay = QVBoxLayout(self)
        self._lay.addWidget(self.heading, 3)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        m = self.margins_for(self.height())
        self._lay.setContentsMargins(m * 2, m, m * 2, m)  # wider sides: a programme, not a card
        self._lay.activate()  # rows get their new size before we measure them
        self._equalize()

    def _ensure_rows(self, n: int) -> None:
        while len(self._rows) < n:
            row = FitLabel(max_fraction=0.75, wrap=True)
            row.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self._rows.append(row)
            self._lay.addWidget(row, 2)

    def _equalize(self) -> None:
        """All rows in one size: the largest that fits the longest title. Called every second:
        a row whose text, weight and box are unchanged keeps its measure and its cap, so it is
        not repainted (four wall-wide rows cost ~10 ms a second to draw)."""
        sizes = [r.uncapped_pixel_size() for r in self._rows if r.text()]
        cap = min(sizes) if sizes else None
        for row in self._rows:
            row.set_pixel_cap(cap)

    def row_texts(self) -> list[str]:
        return [r.text() for r in self._rows]

    def show_state(self, state, block=None) -> None:
        shown = visible_blocks(state.blocks, state.current)
        self._ensure_rows(len(shown))
        for row, b in zip(self._rows, shown):
            now = b.index == state.current and state.started and not state.ended
            time = texts.clock_text(b.planned_start, self.lang)
            if b.block.fixed_start is not None:  # as the handout marks it: 16.50*
                time += "*"
            row.setText(f"{_MARK if now else '   '}{time}  {_shortened(b.block.title)}")
            row.setBold(now)
            row.setColor(wall_style.ACCENT if now else (
                wall_style.MUTED if b.status in ("done", "skipped") else wall_style.TEXT))
        self._equalize()


def _shortened(title: str) -> str:
    if len(title) <= MAX_TITLE:
        return title
    cut = title[:MAX_TITLE - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > MAX_TITLE // 2 else cut).rstrip() + "…"


def visible_blocks(blocks, current: int | None) -> list:
    """At most MAX_ROWS blocks: all of a normal day, else from the one before `current` on."""
    if len(blocks) <= MAX_ROWS:
        return list(blocks)
    first = max(0, min((current or 0) - 1, len(blocks) - MAX_ROWS))
    return list(blocks[first:first + MAX_ROWS])
