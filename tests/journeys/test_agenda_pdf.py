from pdftext import in_order, pages, sizes
from samples import session

from facilitator.export.agenda_pdf import write_agenda_pdf


def test_agenda_handout_lists_the_planned_day(tmp_path):
    s = session()
    s.blocks[0].title = "Velkommen <b>&</b> præsentation"
    out = write_agenda_pdf(s, tmp_path / "a.pdf")
    (text,) = pages(out)
    assert sizes(out) == [(595, 842)]
    assert "Workshop om sociale medier" in text and "9. marts 2010" in text
    assert in_order(text, ["09.00–09.30", "Velkommen <b>&</b> præsentation", "09.30–10.30",
                           "De sociale medier i værdikæden", "Følg interessentens kontakt", "11.30–12.15", "Frokost"])
