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


def test_the_clicker_remembers_an_offer_for_one_press_only():
    from facilitator.core.slides.clicker import Clicker

    deck, clicker = _deck(), Clicker()
    assert clicker.follow(0)
    deck.next()  # the block's last slide
    press = dict(started=True, ended=False, blanked=False)
    assert clicker.press(deck, forward=True, **press) is Step.OFFER_NEXT_BLOCK
    assert clicker.press(deck, forward=True, **press) is Step.NEXT_BLOCK
    assert clicker.press(deck, forward=True, **press) is Step.OFFER_NEXT_BLOCK
    assert clicker.press(deck, forward=False, **press) is Step.PREVIOUS_SLIDE  # the offer lapses
    assert clicker.press(deck, forward=True, **press) is Step.OFFER_NEXT_BLOCK  # (the view did not move)


def test_an_offer_lapses_when_the_agenda_moves_or_the_speaker_jumps():
    from facilitator.core.slides.clicker import Clicker

    deck, clicker = _deck(), Clicker()
    clicker.follow(0)
    deck.next()
    press = dict(started=True, ended=False, blanked=False)
    clicker.press(deck, forward=True, **press)
    assert not clicker.follow(0)  # the same block again: nothing new
    assert clicker.offer_pending
    assert clicker.follow(1) and not clicker.offer_pending
    clicker.offer_pending = True
    assert clicker.jump(started=True, ended=False) and not clicker.offer_pending


def test_before_the_day_a_press_or_a_jump_changes_nothing():
    from facilitator.core.slides.clicker import Clicker

    deck, clicker = _deck(), Clicker()
    clicker.offer_pending = True
    assert clicker.press(deck, forward=True, started=False, ended=False, blanked=False) is Step.NOT_STARTED
    assert clicker.offer_pending  # a press that did nothing withdraws nothing
    assert not clicker.jump(started=False, ended=False)
    assert not clicker.jump(started=True, ended=True)


def test_a_slide_press_shows_the_slide_and_f5_starts_only_a_day_not_started():
    from facilitator.core.slides.clicker import show_starts_day, shows_slide

    assert shows_slide(Step.NEXT_SLIDE) and shows_slide(Step.PREVIOUS_SLIDE)
    assert not any(shows_slide(s) for s in (Step.UNBLANK, Step.OFFER_NEXT_BLOCK, Step.NEXT_BLOCK,
                                            Step.FIRST_SLIDE, Step.NOT_STARTED))
    assert show_starts_day(started=False) and not show_starts_day(started=True)
