"""The presenter's slide panel: current slide, next slide, notes and 'Slide 7 of 23'.

Embedded in the presenter window next to the agenda timers. It owns the deck's
position; the host window listens to `slide_changed` to update the wall and to
`block_end_reached` to offer the next block (entering a block starts its timer,
so the panel never does it by itself: the host calls `enter_block()`).

It has no keys of its own: a clicker press means something only in the running day,
so the presenter window's actions ask core.slides.clicker and then move the panel
(`next()`, `previous()`, `home()`, `end()`, `open_overview()`).
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout, QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget,
)

from facilitator.core.slides.deck import Deck, Move, Position
from facilitator.core.session.model import Session
from facilitator.ui import after_paint
from facilitator.ui.slides.view import SlideView


class AspectBox(QWidget):
    """Keeps one child at 16:9, centred, whatever space the panel gives it."""

    def __init__(self, child: QWidget, parent=None):
        super().__init__(parent)
        self.child = child
        child.setParent(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def resizeEvent(self, event) -> None:
        w, h = self.width(), self.height()
        cw, ch = (w, round(w * 9 / 16)) if w * 9 <= h * 16 else (round(h * 16 / 9), h)
        self.child.setGeometry((w - cw) // 2, (h - ch) // 2, cw, ch)


class PresenterSlidesPanel(QWidget):
    slide_changed = Signal(int, int)  # block index, slide index in the block
    block_end_reached = Signal()  # next() at a block's last slide: offer the next block
    deck_end_reached = Signal()  # next() at the very last slide

    def __init__(self, session: Session, deck: Deck | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self.deck = deck or Deck(session)
        self.current_view = SlideView("preview")
        self.next_view = SlideView("preview")
        self.counter = QLabel()
        self.block_label = QLabel()
        self.next_caption = QLabel(self.tr("Next"))
        # "Last slide of this block. Press Next again…": beside the slide the facilitator watches.
        # Always in the layout (empty when nothing is offered), so nothing moves when it appears.
        self.offer = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._overview = None  # the overview dialog, made when first opened
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.counter.setStyleSheet("font-size: 22px; font-weight: 600;")
        self.counter.setWordWrap(True)
        self.offer.setWordWrap(True)
        self.offer.setStyleSheet("color: #8A4B00; font-size: 16px; font-weight: 600;")
        self.offer.setMinimumHeight(2 * self.offer.fontMetrics().height() + 12)
        self.block_label.setWordWrap(True)
        # block titles as typed: a title with a tag in it ("<title>") is not HTML
        for label in (self.counter, self.block_label, self.offer, self.next_caption):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.block_label.setStyleSheet("color: #5B6573; font-size: 14px;")
        self.next_caption.setStyleSheet("color: #5B6573; font-size: 14px; font-weight: 600;")
        self.next_caption.setWordWrap(True)
        self.notes.setStyleSheet("font-size: 18px;")
        # The slide gets the room; notes and the next slide take what is left (they scroll/scale).
        self.notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.notes.setMinimumHeight(80)
        next_box = QVBoxLayout()
        next_box.addWidget(self.next_caption)
        next_preview = AspectBox(self.next_view)
        next_preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        next_box.addWidget(next_preview, 1)
        notes_box = QVBoxLayout()
        notes_caption = QLabel(self.tr("Notes"))
        notes_caption.setStyleSheet(self.next_caption.styleSheet())
        notes_box.addWidget(notes_caption)
        notes_box.addWidget(self.notes, 1)
        # Wide: current slide left, next and notes stacked right (PowerPoint's layout).
        # Narrow (a laptop beside the timers): current slide on top, next and notes below.
        self._side = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._side.addLayout(next_box, 1)
        self._side.addLayout(notes_box, 1)
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._body.addWidget(AspectBox(self.current_view), 3)
        self._body.addLayout(self._side, 2)
        outer = QVBoxLayout(self)
        outer.addWidget(self.counter)
        outer.addWidget(self.block_label)
        outer.addWidget(self.offer)
        outer.addLayout(self._body, 1)

    def resizeEvent(self, event) -> None:
        wide = self.width() >= 1.3 * self.height()
        self._body.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        self._side.setDirection(QBoxLayout.Direction.TopToBottom if wide else QBoxLayout.Direction.LeftToRight)
        super().resizeEvent(event)

    # --- what the host asks ---------------------------------------------------
    def current_slide(self):
        return self.deck.current()

    def next(self) -> Move:
        return self._after(self.deck.next())

    def previous(self) -> Move:
        return self._after(self.deck.previous())

    def home(self) -> Move:
        return self._after(self.deck.home())

    def end(self) -> Move:
        return self._after(self.deck.end())

    def goto(self, target: str | int) -> Move:
        return self._after(self.deck.goto(target))

    def enter_block(self, block: int) -> Move:
        """The host started `block` in the agenda: show its first slide."""
        return self._after(self.deck.enter_block(block))

    def open_overview(self):
        from facilitator.ui.slides.overview_dialog import SlideOverviewDialog

        if self._overview is not None:
            self._overview.deleteLater()
        self._overview = SlideOverviewDialog(self.deck, self)
        self._overview.slide_chosen.connect(self.goto)
        self._overview.open()
        return self._overview

    # --- showing --------------------------------------------------------------
    def show_hint(self, text: str) -> None:
        """A hint about the next press ('' clears it): shown over the current slide."""
        self.offer.setText(text)

    def refresh(self) -> None:
        slide = self.deck.current()
        self.current_view.set_slide(slide, self.session)
        upcoming = self.deck.upcoming()
        nxt = self.deck.upcoming_slide()
        self.next_view.set_slide(nxt, self.session)
        self.next_caption.setText(self._next_text(upcoming))
        self.counter.setText(self._counter_text())
        block = self.session.blocks[self.deck.position.block] if self.session.blocks else None
        self.block_label.setText(block.title if block else "")
        notes = slide.notes if slide is not None else ""
        self.notes.setPlainText(notes or (block.notes if block else ""))
        # Render what comes next while the speaker talks, so the next press only swaps pages
        # (at start-up once the first screen is painted).
        after_paint.later(self._prepare_ahead, self)

    def _counter_text(self) -> str:
        c, all_ = self.deck.block_counter(), self.deck.overall_counter()
        if c.total == 0:
            return self.tr("No slides in this block")
        return self.tr("Slide {n} of {total}").format(n=c.number, total=c.total) + "  " + \
            self.tr("({n} of {total} in all)").format(n=all_.number, total=all_.total)

    def _next_text(self, upcoming) -> str:
        if upcoming is None:
            return self.tr("End of the deck")
        if upcoming.block != self.deck.position.block:
            title = self.session.blocks[upcoming.block].title
            return self.tr("Next block: {title}").format(title=title)
        return self.tr("Next")

    def _prepare_ahead(self) -> None:
        # After the next press the current view shows the upcoming slide and the
        # next view the one after it: render both now.
        upcoming = self.deck.upcoming()
        if upcoming is None:
            return
        self.current_view.prepare(self.session.slide(upcoming.slide_id), self.session)
        later = self.deck.upcoming(Position(upcoming.block, upcoming.slide))
        if later is not None:
            self.next_view.prepare(self.session.slide(later.slide_id), self.session)

    def _after(self, move: Move) -> Move:
        if move is Move.MOVED:
            self.refresh()
            pos = self.deck.position
            self.slide_changed.emit(pos.block, pos.slide)
        elif move is Move.BLOCK_END:
            self.block_end_reached.emit()
        elif move is Move.DECK_END:
            self.deck_end_reached.emit()
        return move
