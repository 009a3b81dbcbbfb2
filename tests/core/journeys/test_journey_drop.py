"""Where a dragged touchpoint lands, from the board's measurements alone (no window)."""
from facilitator.core.journeys.drop import drop_target
from facilitator.core.journeys.model import Journey, JourneyPhase, Touchpoint

W = 100  # column width: a card spans [x, x + W), its centre is x + W / 2


def board():
    """Phase a: cards 0, 1 at x 0 and 100; phase b: cards 2, 3 at x 200 and 300; phase c empty at 400."""
    journey = Journey(id="g", group="G", phases=[JourneyPhase("a", "A"), JourneyPhase("b", "B"),
                                                   JourneyPhase("c", "C")],
                      touchpoints=[Touchpoint(title=f"t{i}", phase=p) for i, p in enumerate("aabb")])
    headings = [(0, 200, "a"), (200, 400, "b"), (400, 450, "c")]
    cards = [(i * W + W / 2, i, p) for i, p in enumerate("aabb")]
    return journey, headings, cards


def test_dropped_left_of_a_cards_centre_it_goes_before_that_card():
    journey, headings, cards = board()
    assert drop_target(journey, 3, 210, headings, cards) == (2, "b")   # before card 2
    assert drop_target(journey, 3, 260, headings, cards) == (3, "b")   # after card 2 (3 is taken out)
    assert drop_target(journey, 0, 160, headings, cards) == (1, "a")   # after card 1, within a


def test_the_list_closes_up_where_the_card_was_taken_out():
    journey, headings, cards = board()
    # card 0 moved into b: b starts at 2 in the list, at 1 once card 0 is taken out of a
    assert drop_target(journey, 0, 210, headings, cards) == (1, "b")
    assert drop_target(journey, 0, 420, headings, cards) == (3, "c")   # the empty phase, at the end


def test_off_the_headings_the_first_or_last_phase_takes_it():
    journey, headings, cards = board()
    assert drop_target(journey, 2, -50, headings, cards) == (0, "a")
    assert drop_target(journey, 0, 900, headings, cards) == (3, "c")
