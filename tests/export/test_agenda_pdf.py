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
                           "De sociale medier i værdikæden", "Følg interessentens kontakt", "11.30*–12.15", "Frokost"])


def test_agenda_handout_marks_fixed_starts_and_lists_the_phases(tmp_path):
    from facilitator.core.session.model import Phase

    s = session()
    s.blocks[1].exercises[0].title = "Rejsen <b>& kunden"
    s.blocks[1].exercises[0].phases = [Phase("Skriv stikord til talen", 600), Phase("Del i gruppen", 90)]
    out = write_agenda_pdf(s, tmp_path / "a.pdf")
    (text,) = pages(out)
    assert in_order(text, ["09.30–10.30", "Rejsen <b>& kunden", "10 min · Skriv stikord til talen",
                           "1 min 30 s · Del i gruppen", "11.30*–12.15", "Frokost", "* fast starttidspunkt"])
    assert "09.00*" not in text and "09.30*" not in text  # only the fixed start has the star


def test_agenda_handout_without_fixed_starts_has_no_footnote(tmp_path):
    s = session()
    s.blocks[2].fixed_start = None
    (text,) = pages(write_agenda_pdf(s, tmp_path / "a.pdf"))
    assert "*" not in text and "fast starttidspunkt" not in text
