"""Edits to a file written in flow style ({...} and [...] on one line, as many people write a
short block or slide) leave a file that reads back: the planner never saves one that check refuses."""
import yaml

from facilitator.core.session import SessionDocument

FLOW = """\
format: 1
title: Foredrag
language: da
start: "09:00"
blocks:
  - {id: talk, title: Foredraget, kind: talk, duration: 45m, slides: [deck, photo]}
  - {id: wrap, title: Tak, kind: talk, duration: 5m, slides: [thanks]}
slides:
  - {id: deck, kind: quote, text: "Hej, #1 æøå"}
  - {id: photo, kind: quote, text: Hej}
  - {id: thanks, kind: quote, text: Tak}
"""


def _slides(doc):
    return [b["slides"] for b in yaml.safe_load(doc.text)["blocks"]]


def test_a_slide_added_to_a_one_line_block_reads_back():
    doc = SessionDocument.from_text(FLOW)
    new = doc.add_slide("talk", "quote", None, text="Ny")
    assert doc.problems() == []
    assert _slides(doc) == [["deck", "photo", new], ["thanks"]]


def test_slides_moved_and_removed_in_one_line_blocks_read_back():
    doc = SessionDocument.from_text(FLOW)
    doc.move_slide("talk", 0, 1)
    assert doc.problems() == []
    assert _slides(doc) == [["photo", "deck"], ["thanks"]]
    doc.move_slide_to_block("talk", 0, "wrap")
    assert doc.problems() == []
    assert _slides(doc) == [["deck"], ["thanks", "photo"]]
    doc.remove_slide("wrap", 0)
    assert doc.problems() == []
    assert _slides(doc) == [["deck"], ["photo"]]


def test_a_first_slide_added_to_a_one_line_block_stays_on_its_line():
    doc = SessionDocument.from_text(FLOW.replace(", slides: [thanks]}", "}"))
    new = doc.add_slide("wrap", "quote", None, text="Ny")
    assert doc.problems() == []
    assert f"  - {{id: wrap, title: Tak, kind: talk, duration: 5m, slides: [{new}]}}\n" in doc.text
