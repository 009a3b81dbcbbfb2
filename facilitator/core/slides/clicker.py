"""What a clicker press means, given the deck and the day.

A presentation clicker has two buttons, so one press must do the expected thing
in every situation, the way PowerPoint's presenter view does it:

- a blanked (black/white) wall comes back first; the press does not also move;
- within a block's slides, next/previous moves one slide;
- past the last slide of a block the press only *offers* the next block (it would
  start that block's timer); a second press takes it;
- before the first slide of a block nothing happens: going back in the agenda is
  an explicit command (Ctrl+PageUp), never an accident.
"""
from __future__ import annotations

from enum import Enum

from facilitator.core.slides.deck import Deck


class Step(str, Enum):
    NOT_STARTED = "not_started"  # the day has not started (or has ended): F5 starts it
    UNBLANK = "unblank"  # the wall was black/white: show it again, do not move
    NEXT_SLIDE = "next_slide"
    PREVIOUS_SLIDE = "previous_slide"
    OFFER_NEXT_BLOCK = "offer_next_block"  # say what comes; the next press takes it
    NEXT_BLOCK = "next_block"  # the offer was taken
    FIRST_SLIDE = "first_slide"  # nothing before this slide in the block


def clicker_step(deck: Deck, *, forward: bool, started: bool, ended: bool,
                 blanked: bool, offer_pending: bool) -> Step:
    if not started or ended:
        return Step.NOT_STARTED
    if blanked:
        return Step.UNBLANK
    if not forward:
        return Step.PREVIOUS_SLIDE if deck.position.slide > 0 else Step.FIRST_SLIDE
    if not deck.is_last_in_block():
        return Step.NEXT_SLIDE
    return Step.NEXT_BLOCK if offer_pending else Step.OFFER_NEXT_BLOCK


# Steps after which the room should see the slide (e.g. a slide press during an exercise block).
_SHOWS_SLIDE = (Step.NEXT_SLIDE, Step.PREVIOUS_SLIDE)


def shows_slide(step: Step) -> bool:
    """A press that moved the slide means the room should see it: the wall switches to it."""
    return step in _SHOWS_SLIDE


def show_starts_day(*, started: bool) -> bool:
    """F5 is a slideshow's "from the beginning": before the day it starts the day too
    (after the day has ended it only brings the wall up)."""
    return not started


class Clicker:
    """What the deck remembers between presses, so the view keeps no rule of its own:
    which agenda block the slides follow and whether the next block has been offered.

    The view tells it what happened (`follow`) and asks what a press does (`press`,
    `jump`); it carries out the answer.
    """

    def __init__(self) -> None:
        self.block: int | None = None
        self.offer_pending = False

    def follow(self, current: int | None) -> bool:
        """The agenda's current block. True when it is another block than before: the
        deck shows that block's first slide, and an offer of the next block lapses."""
        if current is None or current == self.block:
            return False
        self.block = current
        self.offer_pending = False
        return True

    def press(self, deck: Deck, *, forward: bool, started: bool, ended: bool, blanked: bool) -> Step:
        """One next/previous press; remembers an offer of the next block for the next press.
        Before the day a press changes nothing (F5 starts the day)."""
        step = clicker_step(deck, forward=forward, started=started, ended=ended, blanked=blanked,
                            offer_pending=self.offer_pending)
        if step is not Step.NOT_STARTED:
            self.offer_pending = step is Step.OFFER_NEXT_BLOCK
        return step

    def jump(self, *, started: bool, ended: bool) -> bool:
        """Home/End within the block: only while the day runs (before it the first slide
        waits for F5). A jump withdraws an offer and shows the slide on the wall."""
        if not started or ended:
            return False
        self.offer_pending = False
        return True
