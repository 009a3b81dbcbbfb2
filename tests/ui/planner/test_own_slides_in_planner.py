"""The facilitator's own slides (a PDF deck, photos) in the planner's slides tab: a thumbnail and a
preview of what the wall will show."""
from PySide6.QtCore import Qt

from media_samples import numbered_pdf, session_file

from facilitator.ui.slides.pdf_page import PdfPageSlide


def _dark_share(icon) -> float:
    """The share of the thumbnail's pixels that are dark (a page's black number)."""
    image = icon.pixmap(192, 108).toImage()
    dark = sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if image.pixelColor(x, y).lightness() < 60)
    return dark / max(1, (image.width() // 2) * (image.height() // 2))


def test_a_pdf_entry_shows_its_first_page_as_thumbnail_and_preview(qtbot, open_planner, tmp_path):
    numbered_pdf(tmp_path / "deck.pdf", pages=12)
    path = session_file(tmp_path, '  - {id: deck, kind: pdf, file: deck.pdf, pages: "3-10"}\n', "[deck]")
    w = open_planner(path)
    w.tabs.setCurrentWidget(w.slides_tab)
    tab = w.slides_tab
    assert tab.slides.count() == 1
    icon = tab.slides.item(0).icon()
    assert not icon.isNull(), "the PDF entry has no thumbnail"
    assert _dark_share(icon) > 0.01, "the thumbnail shows no page"
    page = tab.preview.current_page()
    assert isinstance(page, PdfPageSlide) and page.slide.page == 3 and page.missing is None


def test_a_large_photo_comes_into_its_thumbnail(qtbot, open_planner, tmp_path):
    """A photo over the size decoded in the background (a 24-megapixel PNG) comes into
    its thumbnail; before, the thumbnail kept the empty box grabbed while it was decoded."""
    from media_samples import picture

    picture(tmp_path / "foto.png", size=(6000, 4000))  # a PNG is not scaled while it is decoded
    path = session_file(tmp_path, "  - {id: foto, kind: image, file: foto.png}\n", "[foto]")
    w = open_planner(path)
    w.tabs.setCurrentWidget(w.slides_tab)

    def green() -> int:
        image = w.slides_tab.slides.item(0).icon().pixmap(192, 108).toImage()
        return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
                   if image.pixelColor(x, y).green() > 100 and image.pixelColor(x, y).red() < 80)

    qtbot.waitUntil(lambda: green() > 200, timeout=10000)  # decoded off the GUI thread, then drawn


def test_editing_a_pdf_entry_keeps_its_page_list_and_notes_per_page(qtbot, open_planner, tmp_path):
    """The form of a pdf entry written with a page list and notes per page: OK without a change
    leaves the file as it was; a new file name changes only that line."""
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    from planner_helpers import answer_dialog

    numbered_pdf(tmp_path / "deck.pdf", pages=5)
    numbered_pdf(tmp_path / "deck2.pdf", pages=5)
    path = session_file(tmp_path, "  - id: deck\n    kind: pdf\n    file: deck.pdf\n    pages: [1, 3]\n"
                                  "    notes:\n      1: Hej\n      3: |\n        Farvel\n        og tak\n", "[deck]")
    original = path.read_text(encoding="utf-8")
    w = open_planner(path)
    w.tabs.setCurrentWidget(w.slides_tab)
    tab = w.slides_tab
    tab.slides.setCurrentRow(0)
    assert tab.notes.toPlainText() == "1: Hej\n3: Farvel\nog tak\n"

    def ok(dialog):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    answer_dialog(qtbot, ok)
    tab.edit_slide()
    assert w.doc.text == original

    def new_file(dialog):
        dialog.findChild(QLineEdit, "file").setText("deck2.pdf")
        ok(dialog)

    answer_dialog(qtbot, new_file)
    tab.edit_slide()
    assert w.doc.text == original.replace("file: deck.pdf", "file: deck2.pdf")
    assert w.doc.problems() == []
    assert [s.notes for s in w.doc.session().slides] == ["Hej", "Farvel\nog tak\n"]

    def other_pages(dialog):
        dialog.findChild(QLineEdit, "pages").setText("1, 3-4")
        ok(dialog)

    answer_dialog(qtbot, other_pages)
    tab.edit_slide()
    assert w.doc.problems() == []
    assert [s.page for s in w.doc.session().slides] == [1, 3, 4]
    assert "- 1\n" in w.doc.text and "'1'" not in w.doc.text  # page numbers written as numbers


def test_a_one_block_talk_says_1_block(qtbot, open_planner, tmp_path):
    numbered_pdf(tmp_path / "deck.pdf", pages=3)
    w = open_planner(session_file(tmp_path, "  - {id: deck, kind: pdf, file: deck.pdf}\n", "[deck]"))
    assert w.agenda_tab.day.text() == "1 block · the day runs 09:00–09:45"


def test_notes_typed_for_a_pdf_entry_are_written_per_page(qtbot, open_planner, tmp_path):
    """Under the preview, 'page: note' lines; a line without a number goes on with the note above."""
    numbered_pdf(tmp_path / "deck.pdf", pages=5)
    w = open_planner(session_file(tmp_path, "  - {id: deck, kind: pdf, file: deck.pdf}\n", "[deck]"))
    w.tabs.setCurrentWidget(w.slides_tab)
    tab = w.slides_tab
    tab.slides.setCurrentRow(0)
    assert "3: Ask the room" in tab.notes.placeholderText()  # how to write them, in the empty box
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    tab.notes.setFocus()
    qtbot.waitUntil(tab.notes.hasFocus)  # typed into, the box is not filled again from the file
    qtbot.keyClicks(tab.notes, "2: Spørg salen")
    qtbot.keyClick(tab.notes, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.notes, "og vent")
    qtbot.keyClick(tab.notes, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.notes, "5: Tak")
    assert w.doc.problems() == [], w.doc.text
    assert [s.notes for s in w.doc.session().slides] == ["", "Spørg salen\nog vent", "", "", "Tak"]
