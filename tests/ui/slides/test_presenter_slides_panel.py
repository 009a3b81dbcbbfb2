"""The presenter's slide panel moved as the presenter's clicker moves it: counters,
next-slide preview, notes, the offer at a block's end, and jumping from the overview grid.
(The keys themselves belong to the presenter window: tests/ui/slides/test_deck_link.py.)"""
from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.ui.slides.presenter_panel import PresenterSlidesPanel
from facilitator.ui.slides.overview_dialog import SlideOverviewDialog
from facilitator.ui.slides.page import SlideLabel


def _panel(qtbot, session) -> PresenterSlidesPanel:
    panel = PresenterSlidesPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1366, 768)
    panel.show()
    panel.setFocus()
    return panel


def _texts(view) -> list[str]:
    return [lab.text() for lab in view.current_page().findChildren(SlideLabel)]


def test_clicker_walks_the_block_and_offers_the_next_one(qtbot, sample):
    panel = _panel(qtbot, sample)
    seen = [panel.current_slide().id]
    assert panel.counter.text().startswith("Slide 1 of 6")
    for _ in range(5):
        with qtbot.waitSignal(panel.slide_changed, timeout=1000):
            panel.next()
        seen.append(panel.current_slide().id)
    assert seen == sample.blocks[0].slides
    assert panel.counter.text().startswith("Slide 6 of 6")
    # The next preview already shows the first slide of the next block, and says so.
    assert panel.next_caption.text() == "Next block: Øvelse: Fremtidsfortælling"
    assert "Fremtidsfortælling" in _texts(panel.next_view)
    # One more press does not leave the block: the host is asked to offer the next block.
    with qtbot.waitSignal(panel.block_end_reached, timeout=1000):
        panel.next()
    assert panel.current_slide().id == "hardt"
    panel.enter_block(1)
    assert panel.current_slide().id == "fremtid-kort"
    assert panel.counter.text().startswith("Slide 1 of 1")


def test_back_home_and_end_stay_in_the_block(qtbot, sample):
    panel = _panel(qtbot, sample)
    panel.end()
    assert panel.current_slide().id == "hardt"
    panel.previous()
    assert panel.current_slide().id == "globale-tal"
    panel.home()
    assert panel.current_slide().id == "velkommen"
    panel.previous()
    assert panel.current_slide().id == "velkommen"


def test_the_presenter_sees_the_notes_and_the_preview(qtbot, sample):
    panel = _panel(qtbot, sample)
    panel.goto("program")
    assert panel.notes.toPlainText() == "Gennemgå kort. Nævn at frokosten ligger fast kl. 11.30."
    assert "Dagens program" in _texts(panel.current_view)
    assert "Hvad er sociale medier?" in " ".join(_texts(panel.next_view))


def test_the_overview_grid_jumps_and_marks_where_the_speaker_is(qtbot, sample):
    panel = _panel(qtbot, sample)
    dialog = panel.open_overview()
    assert isinstance(dialog, SlideOverviewDialog) and dialog.isVisible()
    assert len(dialog.buttons) == sum(len(b.slides) for b in sample.blocks)
    assert dialog.buttons[0].isChecked()  # where the speaker is
    target = [e.slide_id for e in panel.deck.entries].index("p-twitter")
    assert dialog.buttons[target].text() == "4. Twitter"
    with qtbot.waitSignal(panel.slide_changed, timeout=1000) as changed:
        qtbot.mouseClick(dialog.buttons[target], Qt.MouseButton.LeftButton)
    assert changed.args == [3, 3]
    assert panel.current_slide().id == "p-twitter"
    assert not dialog.isVisible()
    again = panel.open_overview()
    assert again.isVisible()
    assert again.buttons[target].isChecked()


def test_overview_thumbnails_are_real_renderings(qtbot, sample):
    panel = _panel(qtbot, sample)
    dialog = panel.open_overview()
    dialog.render_thumbnail(3)
    icon = dialog.buttons[3].icon().pixmap(dialog.buttons[3].iconSize())
    image = icon.toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 8)
               for y in range(0, image.height(), 8)}
    assert "#245c8a" in colours  # the bars of the chart, in the accent colour
