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


def test_agenda_pdf_names_what_the_font_cannot_draw(tmp_path):
    """As the journey print-outs do (README, Print-outs): CJK prints as \ufffd and a warning says so."""
    from pdftext import pages

    session = tmp_path / "tokyo.yaml"
    session.write_text('format: 1\ntitle: "Workshop 東京"\nlanguage: en\nstart: "09:00"\nblocks:\n'
                       '  - {id: a, title: "Welcome", kind: talk, duration: 30m}\n'
                       '  - {id: b, title: "Tea ไทย", kind: break, duration: 15m}\n', encoding="utf-8")
    out = tmp_path / "program.pdf"
    result = run_cli("agenda", str(session), "--pdf", str(out))
    assert result.code == 0, result.err
    assert "\ufffd" in "".join(pages(out))
    assert result.err.splitlines() == [
        f"facilitator agenda: warning: {session}: the PDF font cannot draw CJK, Thai characters (東京ไทย); "
        "they print as \ufffd"]


def test_agenda_pdf_prints_facilitators_names_right_to_left_and_marks_what_it_cannot_draw(tmp_path, monkeypatch):
    """The facilitators' line as the rest of the handout: Hebrew in reading order (it printed
    reversed), CJK as \ufffd (it printed as empty boxes)."""
    from reportlab.pdfgen.textobject import PDFTextObject

    from facilitator.core.session.loader import load_session
    from facilitator.export.agenda_pdf import write_agenda_pdf

    drawn = []
    real = PDFTextObject._textOut
    monkeypatch.setattr(PDFTextObject, "_textOut", lambda self, text, *a, **k: (drawn.append(text),
                                                                               real(self, text, *a, **k))[1])
    session = tmp_path / "s.yaml"
    session.write_text('format: 1\ntitle: T\nlanguage: en\nstart: "09:00"\n'
                       'facilitators:\n  - {name: "שרה כהן", role: host}\n  - {name: "王芳"}\n'
                       'blocks:\n  - {id: a, title: Welcome, kind: talk, duration: 30m}\n', encoding="utf-8")
    write_agenda_pdf(load_session(session), tmp_path / "a.pdf")
    line = "".join(t for t in drawn if "host" in t or "\ufffd" in t or "כ" in t)
    assert "ןהכ הרש" in line  # שרה כהן drawn right to left: its first word rightmost
    assert "\ufffd\ufffd" in line and "王" not in "".join(drawn)


def test_a_reader_that_goes_away_ends_the_agenda_quietly():
    """`facilitator agenda FILE | head -1`: the pipe closes before the table is written; the
    command stops without a traceback (exit 1), as Unix tools do."""
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-m", "facilitator", "agenda", MINIMAL],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader is gone before the first line
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 1
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
