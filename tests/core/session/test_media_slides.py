"""pdf and image slides in a session file: a pdf entry becomes one slide per page, and a
file that cannot be shown is a FILE:LINE:COL error on the entry."""
from __future__ import annotations

import pytest

from facilitator.core.session.loader import load_session
from facilitator.core.session.problems import SessionError
from facilitator.core.slides.deck import Deck, slide_caption
from media_samples import damaged_pdf, numbered_pdf, session_file

DECK = """\
  - id: deck
    kind: pdf
    file: deck.pdf
    pages: %s
"""


def problems_of(path):
    with pytest.raises(SessionError) as info:
        load_session(path)
    return [(p.line, p.col, p.message) for p in info.value.problems]


def test_a_page_range_becomes_one_slide_per_page_in_the_block(tmp_path):
    numbered_pdf(tmp_path / "deck.pdf", 30)
    session = load_session(session_file(tmp_path, DECK % '"3-7"', "[deck]"))
    assert session.blocks[0].slides == ["deck/3", "deck/4", "deck/5", "deck/6", "deck/7"]
    assert [s.page for s in session.slides] == [3, 4, 5, 6, 7]
    assert all(s.file == str(tmp_path / "deck.pdf") for s in session.slides)
    deck = Deck(session)
    assert deck.overall_counter().total == 5
    assert slide_caption(session, session.slides[2]) == "deck.pdf · 5"


@pytest.mark.parametrize("pages, expected", [
    ("[1, 4, 7]", [1, 4, 7]), ("all", list(range(1, 11))), ("2", [2]), ('["1-2", 9]', [1, 2, 9]),
])
def test_pages_as_a_list_all_or_one(tmp_path, pages, expected):
    numbered_pdf(tmp_path / "deck.pdf", 10)
    session = load_session(session_file(tmp_path, DECK % pages, "[deck]"))
    assert [s.page for s in session.slides] == expected


def test_without_pages_every_page_is_shown_and_a_block_may_name_one_page(tmp_path):
    numbered_pdf(tmp_path / "deck.pdf", 4)
    text = "  - {id: deck, kind: pdf, file: deck.pdf}\n  - {id: intro, kind: title, title: Hej}\n"
    session = load_session(session_file(tmp_path, text, "[intro, deck/2, deck]"))
    assert session.blocks[0].slides == ["intro", "deck/2", "deck/1", "deck/2", "deck/3", "deck/4"]


def test_notes_per_page_and_the_pages_own_notes_when_the_session_gives_none(tmp_path):
    numbered_pdf(tmp_path / "deck.pdf", 6, notes={4: "Ask who has a Facebook page", 5: "PDF note"})
    text = DECK % '"3-6"' + '    notes: {5: "Say the number five", 6: Done}\n'
    session = load_session(session_file(tmp_path, text, "[deck]"))
    notes = {s.page: s.notes for s in session.slides}
    assert notes == {3: "", 4: "Ask who has a Facebook page", 5: "Say the number five", 6: "Done"}


def test_a_missing_file_is_an_error_on_the_entry(tmp_path):
    path = session_file(tmp_path, DECK % '"3-7"', "[deck]")
    [(line, col, message)] = problems_of(path)
    assert (line, col) == (10, 9)  # the value of 'file:'
    assert "'deck.pdf' does not exist" in message and str(tmp_path) in message


def test_a_page_range_beyond_the_pdf_is_an_error_on_pages(tmp_path):
    numbered_pdf(tmp_path / "deck.pdf", 30)
    [(line, col, message)] = problems_of(session_file(tmp_path, DECK % '"28-31"', "[deck]"))
    assert (line, col) == (11, 10)
    assert message == "page 31 does not exist: 'deck.pdf' has 30 pages"


@pytest.mark.parametrize("pages, words", [
    ('"7-3"', "is not a range of pages"), ('"0"', "is not a range of pages"),
    ("[2, 2]", "page 2 is named twice"), ('"three"', 'write pages as "3-10", [1, 4, 7] or all'),
])
def test_pages_that_are_not_a_range(tmp_path, pages, words):
    numbered_pdf(tmp_path / "deck.pdf", 10)
    [(line, _col, message)] = problems_of(session_file(tmp_path, DECK % pages, "[deck]"))
    assert line == 11 and words in message


def test_a_password_protected_pdf_is_an_error(tmp_path):
    numbered_pdf(tmp_path / "deck.pdf", 3, password="hemmelig")
    [(line, col, message)] = problems_of(session_file(tmp_path, DECK % "all", "[deck]"))
    assert (line, col) == (10, 9)
    assert "'deck.pdf' is protected by a password" in message


def test_a_pdf_with_only_an_owner_password_opens(tmp_path):
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(tmp_path / "deck.pdf"), encrypt=StandardEncryption("", ownerPassword="o", canPrint=0))
    c.drawString(100, 100, "1")
    c.showPage()
    c.save()
    assert len(load_session(session_file(tmp_path, DECK % "all", "[deck]")).slides) == 1


def test_a_damaged_pdf_is_an_error(tmp_path):
    damaged_pdf(tmp_path / "deck.pdf", numbered_pdf(tmp_path / "good.pdf", 5))
    [(line, col, message)] = problems_of(session_file(tmp_path, DECK % "all", "[deck]"))
    assert (line, col) == (10, 9)
    assert message.startswith("'deck.pdf' is damaged or not a PDF")


def test_a_file_that_is_not_a_pdf_is_an_error(tmp_path):
    (tmp_path / "deck.pdf").write_text("Kære Louise, her er slides'ne", encoding="utf-8")
    [(line, col, message)] = problems_of(session_file(tmp_path, DECK % "all", "[deck]"))
    assert (line, col, message) == (10, 9, "'deck.pdf' is not a PDF (it does not start like one)")


def test_a_file_that_is_not_readable_is_an_error(tmp_path):
    import os
    pdf = numbered_pdf(tmp_path / "deck.pdf", 3)
    pdf.chmod(0)
    if os.access(pdf, os.R_OK):
        pytest.skip("running as a user who reads everything (root)")
    [(_, _, message)] = problems_of(session_file(tmp_path, DECK % "all", "[deck]"))
    assert message.startswith("cannot read 'deck.pdf'")


def test_fields_of_another_kind_and_text_notes_on_a_pdf_are_refused(tmp_path):
    numbered_pdf(tmp_path / "deck.pdf", 3)
    text = DECK % "all" + "    notes: Hej\n    fit: cover\n  - {id: intro, kind: title, pages: 3}\n"
    found = problems_of(session_file(tmp_path, text, "[deck, intro]"))
    messages = [m for _, _, m in found]
    assert any("notes of a pdf slide are given per page" in m for m in messages)
    assert "'fit' is for image slides, not a pdf slide" in messages
    assert "'pages' is for pdf slides, not a title slide" in messages


def test_a_folder_in_place_of_the_file_is_an_error(tmp_path):
    (tmp_path / "deck.pdf").mkdir()
    [(_, _, message)] = problems_of(session_file(tmp_path, DECK % "all", "[deck]"))
    assert message.startswith("'deck.pdf' is not a file")


IMAGE = "  - {id: foto, kind: image, file: %s, fit: cover, caption: Standen, source: Egne billeder}\n"


@pytest.mark.parametrize("name", ["foto.png", "foto.jpg", "foto.svg"])
def test_an_image_slide_loads_with_its_caption_and_source(qapp, tmp_path, name):
    from media_samples import picture, svg

    (svg if name.endswith(".svg") else picture)(tmp_path / name)
    session = load_session(session_file(tmp_path, IMAGE % name, "[foto]"))
    slide = session.slide("foto")
    assert (slide.kind, slide.fit, slide.caption, slide.source) == ("image", "cover", "Standen", "Egne billeder")
    assert slide.file == str(tmp_path / name)
    assert slide_caption(session, slide) == "Standen"


@pytest.mark.parametrize("name, damage, words", [
    ("foto.png", lambda b: b[:len(b) // 2], "the file is cut short"),
    ("foto.png", lambda b: b"GIF89a" + b[6:], "it does not start like a PNG"),
    ("foto.jpg", lambda b: b[:100], "no frame header"),
    ("foto.jpg", lambda b: b"\x00" + b, "it does not start like a JPEG"),
    ("foto.svg", lambda b: b[:-10], "not well-formed XML"),
])
def test_an_image_that_does_not_decode_is_an_error_on_the_entry(qapp, tmp_path, name, damage, words):
    from media_samples import picture, svg

    path = (svg if name.endswith(".svg") else picture)(tmp_path / name)
    path.write_bytes(damage(path.read_bytes()))
    [(line, col, message)] = problems_of(session_file(tmp_path, IMAGE % name, "[foto]"))
    assert (line, col) == (8, 33)
    assert message.startswith(f"'{name}' does not decode as an image") and words in message


def test_an_image_of_another_format_is_refused(tmp_path):
    (tmp_path / "foto.gif").write_bytes(b"GIF89a")
    [(_, _, message)] = problems_of(session_file(tmp_path, IMAGE % "foto.gif", "[foto]"))
    assert message == "'foto.gif' is not a PNG, JPEG or SVG file (by its name)"


def test_running_the_day_a_missing_file_is_a_warning_and_its_slides_stay(tmp_path):
    """A restart after the USB stick was pulled: the day must open; `check` still refuses."""
    text = DECK % '"3-7"' + "  - {id: rest, kind: pdf, file: deck.pdf}\n" + IMAGE % "foto.png"
    path = session_file(tmp_path, text, "[deck, rest, foto]")
    assert problems_of(path)  # check: errors
    session = load_session(path, files_present=False)
    assert session.blocks[0].slides == ["deck/3", "deck/4", "deck/5", "deck/6", "deck/7", "rest/1", "foto"]
    assert [(w.line, w.message.split(" (")[0]) for w in session.warnings] == [
        (10, "'deck.pdf' does not exist"), (12, "'deck.pdf' does not exist"), (13, "'foto.png' does not exist")]
    assert all(w.warning for w in session.warnings)


def test_running_the_day_a_bad_range_is_still_an_error(tmp_path):
    numbered_pdf(tmp_path / "deck.pdf", 5)
    with pytest.raises(SessionError):
        load_session(session_file(tmp_path, DECK % '"3-7"', "[deck]"), files_present=False)


def test_a_png_too_large_to_show_is_an_error_and_is_not_unpacked(tmp_path):
    """20,000 x 20,000 pixels in 400 KB (a screenshot of a huge canvas, or a decompression bomb):
    the wall cannot decode it (Qt refuses images over 256 MB), so `check` says so, and reading
    it does not unpack its 400 MB into memory."""
    import struct
    import tracemalloc
    import zlib

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    width = height = 20_000
    packer = zlib.compressobj(9)
    row = b"\x00" * (width + 1)
    data = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    (tmp_path / "foto.png").write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", data) + chunk(b"IEND", b""))
    tracemalloc.start()
    try:
        [(line, col, message)] = problems_of(session_file(tmp_path, IMAGE % "foto.png", "[foto]"))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (line, col) == (8, 33)
    assert message == ("'foto.png' does not decode as an image (it is 20000 × 20000 pixels; "
                       "an image may have at most 256 megapixels: scale it down)")
    assert peak < 50 * 1024 * 1024
