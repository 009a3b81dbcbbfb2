"""The overview grid (Tab or G in the presenter window): every slide, grouped by block.

Click a slide (or move with the arrows and press Enter) to jump there. Thumbnails
are rendered one per event-loop turn after the dialog opens, so it opens at once
even for a whole day's deck; the text under each thumbnail is there from the start.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog, QGridLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget,
)

from facilitator.core.slides.deck import Deck, slide_caption
from facilitator.ui.slides.picture_decode import renders
from facilitator.ui.slides.view import SlideView

COLUMNS = 4
THUMB = QSize(320, 180)


class SlideOverviewDialog(QDialog):
    slide_chosen = Signal(int)  # global index in the deck

    def __init__(self, deck: Deck, parent=None):
        super().__init__(parent)
        self.deck = deck
        self.chosen: int | None = None
        self.setWindowTitle(self.tr("All slides"))
        self.buttons: list[QToolButton] = []
        self._pending: list[int] = []
        self._waiting: set[int] = set()  # thumbnails whose picture is decoded in the background
        self._renderer = SlideView("thumbnail")  # PDF pages and images: not kept in the render cache
        self._renderer.resize(THUMB)
        outer = QVBoxLayout(self)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._grid())
        outer.addWidget(scroll)
        self.resize(COLUMNS * (THUMB.width() + 24) + 60, 720)
        self.current = current = deck.global_index()
        if current is not None:
            self.buttons[current].setChecked(True)
            self.buttons[current].setFocus()
        self._pending = list(range(len(self.buttons)))
        # Owned by the dialog, so it stops when the dialog goes away.
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._render_next)
        self._timer.start()
        renders().rendered.connect(self._picture_in)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Scrolled once laid out: before it is shown the grid has no geometry and the
        # dialog would open at slide 1 of block 1, not at the current slide.
        if self.current is not None:
            self.layout().activate()
            self.scroll.widget().layout().activate()
            self.scroll.ensureWidgetVisible(self.buttons[self.current], 50, 50)

    def _grid(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        session = self.deck.session
        by_block: dict[int, list] = {}  # one pass over the deck, not one per block
        for i, e in enumerate(self.deck.entries):
            by_block.setdefault(e.block, []).append((i, e))
        for b, block in enumerate(session.blocks):
            entries = by_block.get(b)
            if not entries:
                continue
            heading = QLabel(block.title)
            heading.setTextFormat(Qt.TextFormat.PlainText)  # as typed, never read as HTML
            heading.setStyleSheet("font-weight: 600; font-size: 15px; margin-top: 10px;")
            layout.addWidget(heading)
            grid = QGridLayout()
            for n, (i, e) in enumerate(entries):
                grid.addWidget(self._button(i, n, session.slide(e.slide_id)), n // COLUMNS, n % COLUMNS)
            grid.setColumnStretch(COLUMNS, 1)  # keep short rows left-aligned
            layout.addLayout(grid)
        layout.addStretch(1)
        return body

    def _button(self, index: int, n: int, slide) -> QToolButton:
        button = QToolButton()
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setIconSize(THUMB)
        button.setCheckable(True)
        button.setAutoRaise(True)
        caption = slide_caption(self.deck.session, slide)
        short = caption if len(caption) <= 40 else caption[:38] + "…"
        button.setText(f"{n + 1}. {short}")
        button.setToolTip(caption)
        button.setFixedWidth(THUMB.width() + 16)
        button.clicked.connect(lambda _=False, i=index: self.choose(i))
        self.buttons.append(button)
        return button

    def choose(self, index: int) -> None:
        self.chosen = index
        self.slide_chosen.emit(index)
        self.accept()

    def _render_next(self) -> None:
        # One thumbnail per turn keeps the dialog responsive while it fills in.
        if not self._pending or not self.isVisible():
            self._timer.stop()
            return
        index = self._pending.pop(0)
        if not self.render_thumbnail(index):
            self._waiting.add(index)

    def _picture_in(self, _key) -> None:
        """A large picture is decoded: the thumbnails that waited for one are tried again."""
        if self._waiting:
            self._pending.extend(sorted(self._waiting))
            self._waiting.clear()
            self._timer.start()

    def render_thumbnail(self, index: int) -> bool:
        """The thumbnail drawn; False while its picture is decoded in the background (a photo
        of 48 megapixels took half a second of the GUI thread, one per turn)."""
        entry = self.deck.entries[index]
        page = self._renderer.prepare(self.deck.session.slide(entry.slide_id), self.deck.session)
        ready = getattr(page, "is_ready", None)
        if ready is not None and not ready():
            return False
        self.buttons[index].setIcon(QIcon(page.grab()))
        box = getattr(page, "picture_box", None)
        if box is not None:
            box.forget()  # the icon holds the thumbnail now
        return True

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_G, Qt.Key.Key_Tab, Qt.Key.Key_Escape):
            self.reject()
            return
        super().keyPressEvent(event)
