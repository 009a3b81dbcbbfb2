"""Print-outs take any input: every field at any length stays on the page (wrap, shrink, cut with
a visible "…"), right-to-left text prints in reading order, what the bundled font cannot draw is
named, and every font in the PDF is embedded."""
import pytest
from pdftext import fonts, pages, squash
from samples import filled, mallorca, session

from facilitator.export.agenda_pdf import write_agenda_pdf
from facilitator.export.journey_pdf import write_journeys_pdf
from facilitator.export.worksheet_pdf import write_worksheets_pdf

LONG = "Kunden venter " * 8000  # 112,000 characters


@pytest.mark.parametrize("field", ["phase", "group", "title", "persona", "scenario", "touchpoint", "channel",
                                   "owner_name", "social", "pain", "opportunity", "notes", "platforms"])
def test_every_field_at_any_length_prints_on_a_few_pages(tmp_path, field):
    j = filled("Gruppe 1")
    tp = j.touchpoints[3]
    if field == "phase":
        j.phases[0].title = LONG
    elif field in ("group", "title", "persona", "scenario"):
        setattr(j, field, LONG)
    elif field == "touchpoint":
        tp.title = LONG
    elif field == "platforms":
        tp.platforms = ["Facebook"] * 20_000
    else:
        setattr(tp, field, LONG)
    out = write_journeys_pdf([j], tmp_path / "j.pdf")
    text = pages(out)
    assert len(text) <= len(j.touchpoints) + 1  # at worst one touchpoint a page, each cell cut to fit
    assert "…" in "".join(text)
    assert squash("Mulighed 9: del billeder") in squash("".join(text))  # the rest of the journey is all there


def test_a_5000_character_group_name_stays_on_the_page(tmp_path):
    out = write_journeys_pdf([filled("G" * 5000)], tmp_path / "j.pdf")
    (text,) = pages(out)
    header = next(line for line in text.splitlines() if line.startswith("GGG"))
    assert header.endswith("…") and header.count("G") < 200


def test_a_long_template_prints_as_a_worksheet_and_a_long_block_title_on_the_agenda(tmp_path):
    template = mallorca()
    template.title = "T" * 5000
    template.phases[0].title = LONG
    template.touchpoints[0].title = LONG
    (out,) = write_worksheets_pdf(tmp_path / "w.pdf", template, ["G" * 5000])
    assert len(pages(out)) == 1 and "…" in pages(out)[0]
    s = session()
    s.blocks[0].title = LONG
    out = write_agenda_pdf(s, tmp_path / "a.pdf")
    assert "…" in "".join(pages(out))


def test_every_font_is_embedded(tmp_path):
    outs = [write_journeys_pdf([filled("Gruppe 1")], tmp_path / "j.pdf"),
            *write_worksheets_pdf(tmp_path / "w.pdf", mallorca(), 2),
            write_agenda_pdf(session(), tmp_path / "a.pdf")]
    for out in outs:
        used = fonts(out)
        assert used and all(used.values()), (out.name, used)
        assert not any("Helvetica" in name for name in used)


def test_hebrew_and_arabic_print_in_reading_order(tmp_path, monkeypatch):
    from reportlab.pdfgen.canvas import Canvas

    drawn = []  # what each drawString puts on the page, left to right
    real = Canvas.drawString
    monkeypatch.setattr(Canvas, "drawString", lambda self, x, y, text, *a, **k: (drawn.append(text),
                                                                                   real(self, x, y, text, *a, **k)))
    j = filled("Gruppe 1")
    j.touchpoints[0].title = "שלום עולם"
    j.touchpoints[1].title = "مرحبا"
    write_journeys_pdf([j], tmp_path / "j.pdf")
    assert "םלוע םולש .1" in drawn  # the first word rightmost, the number at the end of the line
    assert "ﺎﺒﺣﺮﻣ .2" in drawn  # joined letter forms (initial, medial, final), right to left


def test_what_the_font_cannot_draw_is_named_not_printed_as_boxes(tmp_path):
    j = filled("Gruppe 1")
    j.touchpoints[0].title = "東京 ไทย हिन्दी 🎉 👨‍👩‍👧"
    notices = []
    out = write_journeys_pdf([j], tmp_path / "j.pdf", notices=notices)
    assert notices == ["Gruppe 1: the PDF font cannot draw CJK, Thai, Devanagari, emoji characters "
                       "(東京ไทยहिनदी🎉👨…); they print as \ufffd"]
    text = pages(out)[0]
    assert "\ufffd" in text and "東" not in text


def test_a_worksheet_names_what_the_font_cannot_draw(tmp_path):
    template = mallorca()
    template.touchpoints[0].title = "東京へ"
    notices = []
    write_worksheets_pdf(tmp_path / "w.pdf", template, 1, notices=notices)
    assert notices == ["mallorca: the PDF font cannot draw CJK, Hiragana characters (東京へ); they print as \ufffd"]
