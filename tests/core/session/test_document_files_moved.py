"""The planner's problems follow the facilitator's own files: a PDF renamed, moved or put back
after it was added is seen at the next look, without an edit to the text."""
from media_samples import numbered_pdf, session_file

from facilitator.core.session import SessionDocument


def test_a_renamed_pdf_is_a_problem_and_back_in_place_it_is_not(tmp_path):
    numbered_pdf(tmp_path / "deck.pdf", pages=5)
    doc = SessionDocument.open(session_file(tmp_path, "  - {id: deck, kind: pdf, file: deck.pdf}\n", "[deck]"))
    assert doc.problems() == [] and not doc.files_changed()
    (tmp_path / "deck.pdf").rename(tmp_path / "deck-old.pdf")
    assert doc.files_changed()
    assert ["'deck.pdf' does not exist" in p.message for p in doc.problems()] == [True]
    assert doc.session() is None
    (tmp_path / "deck-old.pdf").rename(tmp_path / "deck.pdf")
    assert doc.problems() == [] and len(doc.session().slides) == 5


def test_a_pdf_written_over_with_fewer_pages_is_checked_again(tmp_path):
    numbered_pdf(tmp_path / "deck.pdf", pages=5)
    doc = SessionDocument.open(session_file(tmp_path, '  - {id: deck, kind: pdf, file: deck.pdf, pages: "4-5"}\n',
                                            "[deck]"))
    assert doc.problems() == []
    numbered_pdf(tmp_path / "deck.pdf", pages=3)
    assert ["'deck.pdf' has 3 pages" in p.message for p in doc.problems()] == [True]
