"""The deck: the session's slides grouped by agenda block, and where the speaker is in it.

Slides belong to blocks (Block.slides holds slide ids), so the deck keeps one
position per (block index, slide index). Moving past the last slide of a block
does not silently enter the next block: `next()` says so and the host offers it,
because entering a block also starts its timer in the agenda runner.

Block indices are the session's block indices, so the runner and the deck agree;
a block without slides (a break) is a valid position with no current slide.
"""
from __future__ import annotations

import os
from facilitator.core.record import record
from enum import Enum

from facilitator.core.session.model import Session, Slide


class Move(str, Enum):
    MOVED = "moved"  # the position changed
    BLOCK_END = "block_end"  # at the last slide of a block: offer the next block
    BLOCK_START = "block_start"  # at the first slide of a block: nothing before it here
    DECK_END = "deck_end"  # at the last slide of the last block
    STAYED = "stayed"  # a jump to where the speaker already is


@record(frozen=True)
class Position:
    block: int
    slide: int


@record(frozen=True)
class Counter:
    """'Slide 7 of 23': number is 1-based; 0 of 0 when there is no slide."""

    number: int
    total: int


@record(frozen=True)
class Entry:
    """One slide's place in the deck, in order over all blocks."""

    block: int
    slide: int
    slide_id: str


class Deck:
    def __init__(self, session: Session, position: Position | None = None):
        self.session = session
        self._entries = [
            Entry(b, s, sid)
            for b, block in enumerate(session.blocks)
            for s, sid in enumerate(block.slides)
        ]
        self._first: list[int] = []  # block -> index of its first entry (entries are in block order)
        count = 0
        for block in session.blocks:
            self._first.append(count)
            count += len(block.slides)
        self._position = position or self._first_position()

    # --- where we are -------------------------------------------------------
    @property
    def position(self) -> Position:
        return self._position

    @property
    def entries(self) -> list[Entry]:
        return list(self._entries)

    def slide_ids(self, block: int) -> list[str]:
        return list(self.session.blocks[block].slides)

    def current(self) -> Slide | None:
        return self._slide_at(self._position)

    def global_index(self) -> int | None:
        """Index of the current slide in the whole deck, or None on an empty block."""
        pos = self._position
        i = self._first[pos.block] + pos.slide if 0 <= pos.block < len(self._first) and pos.slide >= 0 else None
        if i is not None and i < len(self._entries):
            e = self._entries[i]
            if (e.block, e.slide) == (pos.block, pos.slide):
                return i  # found without a pass over a long deck
        return None

    def block_counter(self) -> Counter:
        ids = self.slide_ids(self._position.block)
        if not ids:
            return Counter(0, 0)
        return Counter(self._position.slide + 1, len(ids))

    def overall_counter(self) -> Counter:
        i = self.global_index()
        return Counter(0 if i is None else i + 1, len(self._entries))

    def is_last_in_block(self, pos: Position | None = None) -> bool:
        pos = pos or self._position
        return pos.slide >= len(self.slide_ids(pos.block)) - 1

    def next_block(self) -> int | None:
        """The agenda block after the current one (it may have no slides)."""
        nxt = self._position.block + 1
        return nxt if nxt < len(self.session.blocks) else None

    def upcoming(self, after: Position | None = None) -> Entry | None:
        """What the speaker shows next: the next slide here, else the next block's first slide."""
        pos = after or self._position
        if not self.is_last_in_block(pos):
            return Entry(pos.block, pos.slide + 1, self.slide_ids(pos.block)[pos.slide + 1])
        for b in range(pos.block + 1, len(self.session.blocks)):
            ids = self.slide_ids(b)
            if ids:
                return Entry(b, 0, ids[0])
        return None

    def upcoming_slide(self) -> Slide | None:
        e = self.upcoming()
        return None if e is None else self.session.slide(e.slide_id)

    # --- moving -------------------------------------------------------------
    def next(self) -> Move:
        if self.is_last_in_block():
            return Move.BLOCK_END if self.next_block() is not None else Move.DECK_END
        self._position = Position(self._position.block, self._position.slide + 1)
        return Move.MOVED

    def previous(self) -> Move:
        if self._position.slide <= 0:
            return Move.BLOCK_START
        self._position = Position(self._position.block, self._position.slide - 1)
        return Move.MOVED

    def home(self) -> Move:
        return self._move_to(Position(self._position.block, 0))

    def end(self) -> Move:
        last = max(len(self.slide_ids(self._position.block)) - 1, 0)
        return self._move_to(Position(self._position.block, last))

    def enter_block(self, block: int) -> Move:
        """Go to the first slide of `block` (the host calls this once the block starts)."""
        if not 0 <= block < len(self.session.blocks):
            raise IndexError(f"no block {block}")
        return self._move_to(Position(block, 0))

    def goto(self, target: str | int) -> Move:
        """Go to a slide by id (this block first, then the whole deck) or by global index."""
        if isinstance(target, int):
            if not 0 <= target < len(self._entries):
                raise IndexError(f"no slide {target} in a deck of {len(self._entries)}")
            e = self._entries[target]
            return self._move_to(Position(e.block, e.slide))
        ids = self.slide_ids(self._position.block)
        if target in ids:
            return self._move_to(Position(self._position.block, ids.index(target)))
        for e in self._entries:
            if e.slide_id == target:
                return self._move_to(Position(e.block, e.slide))
        raise KeyError(f"no slide with id {target!r} in the deck")

    def goto_position(self, block: int, slide: int) -> Move:
        ids = self.slide_ids(block)
        if not (0 <= slide < len(ids) or (not ids and slide == 0)):
            raise IndexError(f"no slide {slide} in block {block}")
        return self._move_to(Position(block, slide))

    # --- helpers ------------------------------------------------------------
    def _move_to(self, pos: Position) -> Move:
        moved = pos != self._position
        self._position = pos

        return Move.MOVED if moved else Move.STAYED

    def _slide_at(self, pos: Position) -> Slide | None:
        ids = self.slide_ids(pos.block) if pos.block < len(self.session.blocks) else []
        if not 0 <= pos.slide < len(ids):
            return None
        return self.session.slide(ids[pos.slide])

    def _first_position(self) -> Position:
        return Position(self._entries[0].block, 0) if self._entries else Position(0, 0)


def slide_caption(session: Session, slide: Slide) -> str:
    """A short name for a slide in lists and the overview: its title, or what it shows."""
    if slide.kind == "pdf" and slide.file:  # one entry, many pages: say which page
        return f"{slide.title or os.path.basename(slide.file)} · {slide.page}"
    if slide.title:
        return slide.title
    try:
        if slide.kind == "platform" and slide.platform:
            return session.platform(slide.platform).name
        if slide.kind == "exercise" and slide.exercise:
            return session.exercise(slide.exercise).title
        if slide.kind == "journey" and slide.journey_template:
            return session.journey_template(slide.journey_template).title
    except StopIteration:  # a dangling id: the loader reports it; here just show the id
        pass
    if slide.kind == "image" and slide.file:
        return slide.caption or os.path.basename(slide.file)
    if slide.kind == "quote" and slide.author:
        return f"“{slide.text[:40]}…” ({slide.author})" if len(slide.text) > 40 else slide.text
    return slide.id
