"""Typing in the planner re-checks the plan at every key: the PDFs and images the slides show are
read once per version of the file, not at every check (a 300-page deck took 0.7 s to read and a
24-megapixel PNG 0.6 s, so a block of ten photos held the planner 5 s a keystroke)."""
import pypdf

from media_samples import numbered_pdf, picture, session_file

from facilitator.core.session import SessionDocument
from facilitator.core.session import media_files


def test_an_unchanged_pdf_and_image_are_read_once_over_many_edits(tmp_path, monkeypatch):
    numbered_pdf(tmp_path / "deck.pdf", pages=5)
    picture(tmp_path / "foto.png")
    doc = SessionDocument.open(session_file(
        tmp_path, "  - {id: deck, kind: pdf, file: deck.pdf}\n  - {id: foto, kind: image, file: foto.png}\n",
        "[deck, foto]"))
    pdfs, pngs = [], []
    real_reader, real_png = pypdf.PdfReader, media_files._png_problem
    monkeypatch.setattr(pypdf, "PdfReader", lambda *a, **k: pdfs.append(a) or real_reader(*a, **k))
    monkeypatch.setattr(media_files, "_png_problem", lambda data: pngs.append(1) or real_png(data))
    for minutes in (40, 41, 42, 43):
        doc.set_block_field("talk", "duration", f"{minutes}m")
        assert doc.problems() == []
    assert (len(pdfs), len(pngs)) == (1, 1)

    numbered_pdf(tmp_path / "deck.pdf", pages=7)  # a new version of the file is read again
    doc.set_block_field("talk", "duration", "45m")
    assert len(doc.session().slides) == 8 and len(pdfs) == 2


def test_a_problem_is_said_again_from_memory_and_gone_when_the_file_is_mended(tmp_path):
    (tmp_path / "foto.png").write_bytes(b"not a png")
    doc = SessionDocument.open(session_file(tmp_path, "  - {id: foto, kind: image, file: foto.png}\n", "[foto]"))
    for minutes in (40, 41):
        doc.set_block_field("talk", "duration", f"{minutes}m")
        assert ["does not decode as an image" in p.message for p in doc.problems()] == [True]
    picture(tmp_path / "foto.png")
    doc.set_block_field("talk", "duration", "42m")
    assert doc.problems() == []
