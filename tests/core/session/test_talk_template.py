"""The session text for `facilitator new --slides`: one talk block showing the deck."""
from __future__ import annotations

import pytest

from facilitator.core.session.loader import load_session
from facilitator.core.session.schedule import planned_end
from facilitator.core.session.talk_template import duration_text, talk_session_text, talk_title
from media_samples import numbered_pdf


def test_a_45_minute_talk_on_every_page_of_the_deck(tmp_path):
    numbered_pdf(tmp_path / "deck.pdf", 12)
    path = tmp_path / "talk.yaml"
    path.write_text(talk_session_text("deck.pdf", 45 * 60), encoding="utf-8")
    session = load_session(path)
    [block] = session.blocks
    assert (block.kind.value, block.duration, block.title) == ("talk", 2700, "Deck")
    assert block.slides == [f"deck/{n}" for n in range(1, 13)]
    assert session.start == 9 * 60 and planned_end(session) == 9 * 3600 + 2700


def test_what_the_user_typed_reads_back_as_typed(tmp_path):
    (tmp_path / "slides").mkdir()
    numbered_pdf(tmp_path / "slides" / "no: 1 #2.pdf", 2)
    text = talk_session_text("slides/no: 1 #2.pdf", 90 * 60, title="Øvelse: \"Sociale\" medier",
                             start=13 * 60 + 30, language="en")
    path = tmp_path / "talk.yaml"
    path.write_text(text, encoding="utf-8")
    session = load_session(path)
    assert session.title == 'Øvelse: "Sociale" medier' and session.language == "en"
    assert session.start == 13 * 60 + 30
    assert session.blocks[0].duration == 5400
    assert session.slides[0].file == str(tmp_path / "slides" / "no: 1 #2.pdf")


@pytest.mark.parametrize("seconds, text", [(2700, "45m"), (3600, "1h"), (4500, "1h15m"), (90, "90s")])
def test_durations_are_written_as_people_write_them(seconds, text):
    assert duration_text(seconds) == text


def test_the_title_comes_from_the_file_name_until_one_is_given():
    assert talk_title("/home/louise/kick-off_2026.pdf") == "Kick off 2026"


def test_a_talk_needs_time():
    with pytest.raises(ValueError):
        talk_session_text("deck.pdf", 0)
