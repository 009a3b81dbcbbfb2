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
