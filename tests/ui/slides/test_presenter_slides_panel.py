"""The presenter's slide panel with clicker keys: counters, next-slide preview, notes,
the offer at a block's end, and jumping from the overview grid."""
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
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown,
                Qt.Key.Key_PageDown):
        with qtbot.waitSignal(panel.slide_changed, timeout=1000):
            qtbot.keyClick(panel, key)
        seen.append(panel.current_slide().id)
    assert seen == sample.blocks[0].slides
    assert panel.counter.text().startswith("Slide 6 of 6")
    # The next preview already shows the first slide of the next block, and says so.
    assert panel.next_caption.text() == "Next block: Øvelse: Fremtidsfortælling"
    assert "Fremtidsfortælling" in _texts(panel.next_view)
    # One more press does not leave the block: the host is asked to offer the next block.
    with qtbot.waitSignal(panel.block_end_reached, timeout=1000):
        qtbot.keyClick(panel, Qt.Key.Key_PageDown)
    assert panel.current_slide().id == "hardt"
    panel.enter_block(1)
    assert panel.current_slide().id == "fremtid-kort"
    assert panel.counter.text().startswith("Slide 1 of 1")


def test_back_home_and_end_stay_in_the_block(qtbot, sample):
    panel = _panel(qtbot, sample)
    qtbot.keyClick(panel, Qt.Key.Key_End)
    assert panel.current_slide().id == "hardt"
    qtbot.keyClick(panel, Qt.Key.Key_PageUp)
    assert panel.current_slide().id == "globale-tal"
    qtbot.keyClick(panel, Qt.Key.Key_Home)
    assert panel.current_slide().id == "velkommen"
    qtbot.keyClick(panel, Qt.Key.Key_Left)
    assert panel.current_slide().id == "velkommen"


def test_the_presenter_sees_the_notes_and_the_preview(qtbot, sample):
    panel = _panel(qtbot, sample)
    panel.goto("program")
    assert panel.notes.toPlainText() == "Gennemgå kort. Nævn at frokosten ligger fast kl. 11.30."
    assert "Dagens program" in _texts(panel.current_view)
    assert "Hvad er sociale medier?" in " ".join(_texts(panel.next_view))


def test_the_overview_grid_opens_with_tab_or_g_and_jumps(qtbot, sample):
    panel = _panel(qtbot, sample)
    qtbot.keyClick(panel, Qt.Key.Key_Tab)
    dialog = panel.findChild(SlideOverviewDialog)
    assert dialog is not None and dialog.isVisible()
    assert len(dialog.buttons) == sum(len(b.slides) for b in sample.blocks)
    assert dialog.buttons[0].isChecked()  # where the speaker is
    target = [e.slide_id for e in panel.deck.entries].index("p-twitter")
    assert dialog.buttons[target].text() == "4. Twitter"
    with qtbot.waitSignal(panel.slide_changed, timeout=1000) as changed:
        qtbot.mouseClick(dialog.buttons[target], Qt.MouseButton.LeftButton)
    assert changed.args == [3, 3]
    assert panel.current_slide().id == "p-twitter"
    assert not dialog.isVisible()
    qtbot.keyClick(panel, Qt.Key.Key_G)
    assert panel._overview.isVisible()
    assert panel._overview.buttons[target].isChecked()


def test_overview_thumbnails_are_real_renderings(qtbot, sample):
    panel = _panel(qtbot, sample)
    dialog = panel.open_overview()
    dialog.render_thumbnail(3)
    icon = dialog.buttons[3].icon().pixmap(dialog.buttons[3].iconSize())
    image = icon.toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 8)
               for y in range(0, image.height(), 8)}
    assert "#245c8a" in colours  # the bars of the chart, in the accent colour
