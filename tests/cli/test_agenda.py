"""`facilitator agenda FILE`: the planned day as an aligned table."""
from cli_helpers import FIXTURES, run_cli

MINIMAL = str(FIXTURES / "minimal.yaml")


def test_agenda_table_of_the_day():
    r = run_cli("agenda", MINIMAL)
    assert r.code == 0 and r.err == ""
    assert r.out.splitlines() == [
        "Start   Slut   Varighed  Type    Titel",
        "09.00   09.15    15 min  oplæg   Velkomst og program",
        "09.15   09.45    30 min  øvelse  Fremtidsfortælling",
        "09.15   09.25    10 min  fase      Skriv stikord",
        "09.25   09.40    15 min  fase      Taler",
        "09.45   10.00    15 min  pause   Pause",
        "10.00*  11.15    75 min  øvelse  De sociale medier i værdikæden",
        "10.00   11.00    60 min  øvelse    Kunderejsen",
        "11.30*  12.15    45 min  pause   Frokost",
        "* fast starttidspunkt",
        "Dagen slutter 12.15",
    ]


def test_agenda_of_a_bad_file_is_exit_1_with_error_lines(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("format: 1\ntitle: T\nstart: 9:00\nblocks: []\n", encoding="utf-8")
    r = run_cli("agenda", str(path))
    assert r.code == 1 and r.out == ""
    assert r.err == f"{path}:4:9: a session needs at least one block\n"


def test_agenda_needs_a_file():
    assert run_cli("agenda").code == 2


def test_agenda_pdf_is_a_handout_with_every_block(tmp_path):
    import pypdf

    from facilitator.bundled import default_session_path

    out = tmp_path / "program.pdf"
    result = run_cli("agenda", str(default_session_path()), "--pdf", str(out))
    assert result.code == 0, result.err
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "09.00–09.30" in text and "13.45–14.00" in text
    assert "Frokost" in text and "Øvelse: Fremtidsfortælling" in text


def test_agenda_pdf_to_an_unwritable_place_is_a_clear_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run_cli("agenda", str(FIXTURES / "minimal.yaml"), "--pdf", str(blocker / "x.pdf"))
    assert result.code == 1
    assert "cannot write" in result.err and "Traceback" not in result.err


def test_agenda_pdf_names_the_characters_its_font_cannot_draw(tmp_path):
    """Chinese and Japanese titles print as � in the handout: say so, as the journey print-outs do
    (it was written without a word); Arabic and Hebrew print and need no warning."""
    path = tmp_path / "cjk.yaml"
    path.write_text('format: 1\ntitle: ورشة عمل\nlanguage: en\nstart: "10:00"\nblocks:\n'
                    "  - {id: a, title: מסע הלקוח, kind: talk, duration: 20m}\n"
                    "  - {id: b, title: 休息, kind: break, duration: 15m}\n", encoding="utf-8")
    pdf = tmp_path / "program.pdf"
    r = run_cli("agenda", str(path), "--pdf", str(pdf))
    assert r.code == 0 and pdf.exists()
    assert r.err == f"facilitator agenda: warning: {pdf}: the PDF font cannot draw CJK characters (休息); they print as �\n"
    path.write_text(path.read_text(encoding="utf-8").replace("休息", "استراحة"), encoding="utf-8")
    assert run_cli("agenda", str(path), "--pdf", str(pdf)).err == ""
