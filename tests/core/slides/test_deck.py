"""Walking the deck the way a clicker does: within a block, and the offer at its end."""
import pytest

from facilitator.core.slides.deck import Deck, Move, Position
from facilitator.core.session.model import Block, BlockKind, Session, Slide


def _session() -> Session:
    ids = ["a1", "a2", "a3", "b1", "c1", "c2"]
    return Session(
        title="T", language="da", start=540,
        blocks=[Block("a", "A", BlockKind.TALK, 600, slides=["a1", "a2", "a3"]),
                Block("pause", "Pause", BlockKind.BREAK, 600),
                Block("b", "B", BlockKind.TALK, 600, slides=["b1"]),
                Block("c", "C", BlockKind.TALK, 600, slides=["c1", "c2"])],
        slides=[Slide(id=i, kind="title", title=i.upper()) for i in ids])


def test_walk_a_block_then_offer_the_next_block():
    deck = Deck(_session())
    assert deck.current().id == "a1"
    assert deck.block_counter().number == 1 and deck.block_counter().total == 3
    assert deck.next() is Move.MOVED and deck.current().id == "a2"
    assert deck.next() is Move.MOVED and deck.current().id == "a3"
    assert deck.overall_counter() == type(deck.overall_counter())(3, 6)
    # At the end of the block nothing moves: the host is told to offer the next block.
    assert deck.next() is Move.BLOCK_END
    assert deck.current().id == "a3"
    assert deck.next_block() == 1
    # What comes next skips the slide-less break and names the next block's first slide.
    assert deck.upcoming_slide().id == "b1"


def test_previous_stops_at_block_start_and_home_end_stay_in_block():
    deck = Deck(_session())
    deck.enter_block(3)
    assert deck.previous() is Move.BLOCK_START
    assert deck.current().id == "c1"
    assert deck.end() is Move.MOVED and deck.current().id == "c2"
    assert deck.next() is Move.DECK_END
    assert deck.upcoming() is None
    assert deck.home() is Move.MOVED and deck.current().id == "c1"
    assert deck.home() is Move.STAYED


def test_a_block_without_slides_has_no_current_slide():
    deck = Deck(_session())
    deck.enter_block(1)
    assert deck.current() is None
    assert deck.block_counter().total == 0
    assert deck.next() is Move.BLOCK_END
    assert deck.upcoming_slide().id == "b1"


def test_goto_by_id_and_by_global_index():
    deck = Deck(_session())
    assert deck.goto("c2") is Move.MOVED
    assert deck.position == Position(3, 1)
    assert deck.overall_counter().number == 6
    assert deck.goto(3) is Move.MOVED and deck.current().id == "b1"
    with pytest.raises(KeyError):
        deck.goto("nope")
    with pytest.raises(IndexError):
        deck.goto(6)


def test_a_slide_used_in_two_blocks_is_found_in_the_current_block_first():
    s = _session()
    s.blocks[3].slides.append("a1")
    deck = Deck(s)
    deck.enter_block(3)
    deck.goto("a1")
    assert deck.position == Position(3, 2)


def test_what_comes_after_the_next_slide_for_rendering_ahead():
    deck = Deck(_session())
    deck.goto("a2")
    nxt = deck.upcoming()
    assert nxt.slide_id == "a3"
    assert deck.upcoming(Position(nxt.block, nxt.slide)).slide_id == "b1"


def test_slide_captions_name_what_a_slide_shows():
    from facilitator.core.slides.deck import slide_caption
    from facilitator.core.session.model import Platform

    s = _session()
    s.platforms.append(Platform(id="fb", name="Facebook"))
    assert slide_caption(s, Slide(id="x", kind="platform", platform="fb")) == "Facebook"
    assert slide_caption(s, Slide(id="y", kind="bullets", title="Dagens program")) == "Dagens program"
    assert slide_caption(s, Slide(id="z", kind="platform", platform="gone")) == "z"
