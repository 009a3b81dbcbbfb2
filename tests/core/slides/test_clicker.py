"""One clicker press in each situation a speaker meets."""
from facilitator.core.slides.clicker import Step, clicker_step
from facilitator.core.slides.deck import Deck
from facilitator.core.session.model import Block, BlockKind, Session, Slide


def _deck() -> Deck:
    slides = [Slide(id=f"s{i}", kind="title", title=f"Slide {i}") for i in range(3)]
    blocks = [Block("a", "A", BlockKind.TALK, 600, slides=["s0", "s1"]),
              Block("b", "B", BlockKind.TALK, 600, slides=["s2"])]
    return Deck(Session(title="T", language="da", start=540, blocks=blocks, slides=slides))


def step(deck, forward=True, started=True, ended=False, blanked=False, offer=False):
    return clicker_step(deck, forward=forward, started=started, ended=ended,
                        blanked=blanked, offer_pending=offer)


def test_before_the_day_starts_a_press_does_nothing():
    assert step(_deck(), started=False) is Step.NOT_STARTED
    assert step(_deck(), ended=True) is Step.NOT_STARTED


def test_a_blank_wall_comes_back_before_anything_moves():
    assert step(_deck(), blanked=True) is Step.UNBLANK
    assert step(_deck(), forward=False, blanked=True) is Step.UNBLANK


def test_within_a_block_the_press_moves_one_slide():
    deck = _deck()
    assert step(deck) is Step.NEXT_SLIDE
    deck.next()
    assert step(deck, forward=False) is Step.PREVIOUS_SLIDE


def test_past_the_last_slide_the_next_block_is_offered_then_taken():
    deck = _deck()
    deck.next()  # the block's last slide
    assert step(deck) is Step.OFFER_NEXT_BLOCK
    assert step(deck, offer=True) is Step.NEXT_BLOCK


def test_back_from_the_first_slide_never_moves_the_agenda():
    assert step(_deck(), forward=False) is Step.FIRST_SLIDE
