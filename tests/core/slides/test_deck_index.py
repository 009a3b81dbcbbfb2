"""The deck finds the current slide's place among all slides by arithmetic, and it is the
place in the list of entries (None where there is no slide)."""
from facilitator.bundled import default_session_path
from facilitator.core.session.loader import load_session
from facilitator.core.slides.deck import Deck, Position


def test_global_index_is_the_place_in_the_entries():
    session = load_session(default_session_path())
    deck = Deck(session)
    places = {(e.block, e.slide): i for i, e in enumerate(deck.entries)}
    for block in range(-1, len(session.blocks) + 1):
        for slide in range(-1, 12):
            deck._position = Position(block, slide)
            assert deck.global_index() == places.get((block, slide))
