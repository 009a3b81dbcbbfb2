"""New slides, blocks and exercises are written as the format asks (sessions/README.md, "Text and the
YAML traps"): yes/no words and clock-like text in double quotes, as an edited value already is, so any
YAML tool reads back the text that was typed (PyYAML read `- no` as false and `author: 09:00` as 540)."""
import yaml

from facilitator.core.session import SessionDocument
from facilitator.core.session.blank import blank_session_text

TRAPS = ["no", "yes", "on", "Off", "09:00", "1:20", "null", "~", "1.5", "2024-01-01", "Key: value # x", "- dash", "%"]


def test_a_new_slide_with_trap_words_reads_back_as_typed_in_any_yaml_tool():
    doc = SessionDocument.from_text(blank_session_text(language="en"))
    slide_id = doc.add_slide("welcome", "bullets", title="no", bullets=TRAPS, source="yes")
    quote_id = doc.add_slide("welcome", "quote", text="on", author="09:00")
    assert doc.problems() == []
    data = yaml.safe_load(doc.text)
    slides = {s["id"]: s for s in data["slides"]}
    assert slides[slide_id]["bullets"] == TRAPS
    assert (slides[slide_id]["title"], slides[slide_id]["source"]) == ("no", "yes")
    assert (slides[quote_id]["text"], slides[quote_id]["author"]) == ("on", "09:00")
    assert '- "no"' in doc.text and 'author: "09:00"' in doc.text  # double quotes, as the file's own


def test_a_new_block_and_phase_titled_with_trap_words_read_back_as_typed():
    doc = SessionDocument.from_text(blank_session_text(language="en"))
    block = doc.add_block("welcome", title="yes", kind="talk", duration="10m")
    doc.add_phase("exercise", title="off", duration="5m")
    data = yaml.safe_load(doc.text)
    assert [b["title"] for b in data["blocks"] if b["id"] == block] == ["yes"]
    assert data["blocks"][2]["exercises"][0]["phases"][-1]["title"] == "off"


def test_an_edited_title_that_looks_like_a_number_or_a_date_reads_back_as_typed():
    doc = SessionDocument.from_text(blank_session_text(language="en"))
    for title in ("1.5", "0x1F", "1_000", "2024-01-01", "12:30:00", ".5", "+1"):
        doc.set_block_field("welcome", "title", title)
        assert yaml.safe_load(doc.text)["blocks"][0]["title"] == title
        assert doc.rows()[0].title == title
