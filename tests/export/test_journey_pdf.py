from pdftext import in_order, pages, sizes, squash
from samples import DANISH, NASTY, filled, mallorca

from facilitator.export.journey_pdf import write_journeys_pdf, write_journeys_split
from facilitator.export.worksheet_pdf import write_worksheets_pdf

A4L, A3L = (842, 595), (1191, 842)


def test_one_journey_per_page_with_every_touchpoint_in_order(tmp_path):
    journeys = [filled("Gruppe 1"), filled("Gruppe 2")]
    out = write_journeys_pdf(journeys, tmp_path / "j.pdf", workshop_title="Workshop om sociale medier",
                             date="9. marts 2010")
    text = pages(out)
    assert sizes(out) == [A4L, A4L]
    for n, page in enumerate(text, 1):
        assert f"Gruppe {n} – Rejse til Mallorca" in page
        assert "Workshop om sociale medier" in page and "9. marts 2010" in page
        assert f"Side {n} af 2" in page
        assert in_order(page, [t.title for t in journeys[n - 1].touchpoints])
        assert in_order(page, ["Før rejsen", "Under rejsen", "Efter rejsen"])
        for lane in ("Kontaktpunkt", "Kanal", "Ejer", "Sociale medier", "Følelse", "Smertepunkt", "Mulighed"):
            assert squash(lane) in squash(page)
        assert squash("Partner: Københavns Lufthavn") in squash(page)


def test_markup_in_user_text_prints_literally_and_danish_survives(tmp_path):
    j = filled()
    j.group = "Gruppe Æ"
    j.touchpoints[0].title = NASTY
    j.touchpoints[1].social = DANISH
    j.touchpoints[2].pain = '<para autoLeading="off" fontSize=12>[[[ os.system("x") ]]]</para> &amp;'
    out = write_journeys_pdf([j], tmp_path / "j.pdf")
    text = pages(out)[0]
    assert squash(NASTY) in squash(text)
    assert squash(DANISH) in squash(text)
    assert squash('[[[ os.system("x") ]]]</para> &amp;') in squash(text)
    assert "æøåÆØÅ" in squash(text) and "Gruppe Æ" in text


def test_a_wide_journey_continues_with_its_phase_headings_repeated(tmp_path):
    j = filled("Gruppe 3", n=20)
    out = write_journeys_pdf([j], tmp_path / "j.pdf", paper="a3")
    text = pages(out)
    assert len(text) == 2 and sizes(out) == [A3L, A3L]
    assert in_order("".join(text), [f"Kontaktpunkt {k:02d}" for k in range(1, 21)])
    assert "Kontaktpunkt 20" not in squash(text[0]) and "Kontaktpunkt 01" not in squash(text[1])
    assert "(fortsat)" in text[1] and "Side 2 af 2" in text[1]
    assert "Kontaktpunkt" in text[1] and "Følelse" in text[1]  # lane labels repeat too


def test_long_text_wraps_and_nothing_is_lost(tmp_path):
    j = filled()
    j.touchpoints[4].pain = " ".join(f"ord{k}" for k in range(300))
    out = write_journeys_pdf([j], tmp_path / "j.pdf")
    flat = squash("".join(pages(out)))
    assert all(f"ord{k}" in flat for k in range(300))
    assert in_order("".join(pages(out)), [t.title for t in j.touchpoints])


def test_split_writes_one_file_per_group(tmp_path):
    outs = write_journeys_split([filled("Gruppe 1"), filled("Gruppe 2")], tmp_path / "rejser.pdf")
    assert [p.name for p in outs] == ["rejser-gruppe-1.pdf", "rejser-gruppe-2.pdf"]
    assert "Gruppe 2" in pages(outs[1])[0]


def test_prefilled_worksheets_one_per_group_with_empty_social_lane(tmp_path):
    (out,) = write_worksheets_pdf(tmp_path / "w.pdf", mallorca(), 6, workshop_title="Workshop")
    text = pages(out)
    assert len(text) == 6 and set(sizes(out)) == {A4L}
    for n, page in enumerate(text, 1):
        assert f"Gruppe {n} – Rejse til Mallorca" in page
        assert in_order(page, [t.title for t in mallorca().touchpoints])
        assert "Idé" not in page


def test_blank_worksheet_has_phases_and_no_touchpoints(tmp_path):
    (out,) = write_worksheets_pdf(tmp_path / "w.pdf", mallorca(), 2, blank=True, paper="a3")
    text = pages(out)
    assert len(text) == 2 and set(sizes(out)) == {A3L}
    assert "Gruppe 2" in text[1] and in_order(text[1], ["Før rejsen", "Under rejsen", "Efter rejsen"])
    assert "Mulig kunde" not in text[0]
    assert in_order(text[0], ["+2", "+1", "0", "−1", "−2"])  # the feeling grid


def test_worksheets_split_per_group(tmp_path):
    outs = write_worksheets_pdf(tmp_path / "w.pdf", None, 3, blank=True, split=True)
    assert [p.name for p in outs] == ["w-gruppe-1.pdf", "w-gruppe-2.pdf", "w-gruppe-3.pdf"]
    assert "Gruppe 3" in pages(outs[2])[0] and in_order(pages(outs[2])[0], ["Før", "Under", "Efter"])


def test_the_font_is_embedded_so_any_printer_shows_danish(tmp_path):
    out = write_journeys_pdf([filled()], tmp_path / "j.pdf")
    data = out.read_bytes()
    assert b"/FontFile2" in data  # a TrueType font program inside the file
    from pypdf import PdfReader
    fonts = {str(f["/BaseFont"]) for p in PdfReader(str(out)).pages
             for f in p["/Resources"]["/Font"].get_object().values()}
    assert any("DejaVuSans" in name for name in fonts), fonts
