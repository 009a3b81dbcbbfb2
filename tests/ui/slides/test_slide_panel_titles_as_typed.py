"""Block titles with markup characters ("Hvad skal stå i <title>?", "<b>Velkommen</b> &lt;") are
shown on the presenter exactly as typed: a label that reads them as HTML drops the tags and turns
"&lt;" into "<" (Qt reads text with a known tag in it as rich text unless told otherwise)."""
from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLabel

from shown_label import shown
from facilitator.ui.slides.presenter_panel import PresenterSlidesPanel

FIRST = "<b>Velkommen</b> &lt; & > 😀"
SECOND = "Hvad skal stå i <title> og <meta>?"


def _session(sample):
    blocks = [dataclasses.replace(sample.blocks[0], title=FIRST), dataclasses.replace(sample.blocks[1], title=SECOND),
              *sample.blocks[2:]]
    return dataclasses.replace(sample, blocks=blocks)


def _shown_panel(qtbot, session) -> PresenterSlidesPanel:
    panel = PresenterSlidesPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1366, 768)
    panel.show()
    return panel


def test_the_slide_panel_shows_block_titles_as_typed(qtbot, sample):
    panel = _shown_panel(qtbot, _session(sample))
    assert shown(panel.block_label) == FIRST
    panel.end()
    assert shown(panel.next_caption) == f"Next block: {SECOND}"
    panel.show_hint(f"Press again to start {SECOND}")
    assert shown(panel.offer) == f"Press again to start {SECOND}"


def test_the_overview_grid_heads_each_block_with_its_title_as_typed(qtbot, sample):
    panel = _shown_panel(qtbot, _session(sample))
    dialog = panel.open_overview()
    headings = [shown(label) for label in dialog.findChildren(QLabel)]
    assert FIRST in headings and SECOND in headings
    dialog.close()
