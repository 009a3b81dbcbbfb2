"""The editor's Export PDF answers every click: hostile text prints (cut, not a LayoutError),
what the font cannot draw is named, and a failure is a message, not silence."""
from samples import filled, session

from facilitator.core.journeys import store as journey_store
from facilitator.ui.journeys.editor_window import JourneyEditorWindow
from pdftext import pages


def exported(qtbot, w, path):
    """Export PDF, waited for (it is written in a worker process): the PDF's path or None."""
    job = w.export_pdf(str(path))
    qtbot.waitUntil(lambda: job.done, timeout=30000)
    return job.result[0] if job.result is not None else None


def open_editor(qtbot, tmp_path, journey):
    journey_store.save_journey(tmp_path, journey)
    w = JourneyEditorWindow(session(), tmp_path, lambda _w: None)
    qtbot.addWidget(w)
    return w


def test_a_7000_character_phase_title_exports(qtbot, tmp_path):
    j = filled("Gruppe 1")
    j.phases[0].title = "Før rejsen " * 640
    w = open_editor(qtbot, tmp_path, j)
    out = exported(qtbot, w, tmp_path / "j.pdf")
    assert out is not None and "…" in pages(out)[0]
    assert w.export_message is None


def test_text_the_font_cannot_draw_is_named_after_the_export(qtbot, tmp_path):
    j = filled("Gruppe 1")
    j.touchpoints[0].title = "東京 🎉"
    w = open_editor(qtbot, tmp_path, j)
    out = exported(qtbot, w, tmp_path / "j.pdf")
    assert out is not None
    box = w.export_message
    assert box is not None and box.isVisible()
    assert "CJK, emoji" in box.text() and "東京🎉" in box.text()


def test_a_failing_export_says_so(qtbot, tmp_path, monkeypatch):
    import facilitator.export.journey_pdf as journey_pdf

    def broken(*_a, **_k):
        raise RuntimeError("the layout met something new")

    monkeypatch.setattr(journey_pdf, "write_journeys_pdf", broken)
    w = open_editor(qtbot, tmp_path, filled("Gruppe 1"))
    w.export_in_process = False  # a thread of this process, so the broken stand-in is what runs
    assert exported(qtbot, w, tmp_path / "j.pdf") is None
    assert w.export_message.isVisible() and "the layout met something new" in w.export_message.text()
    assert "the layout met something new" in w.statusBar().currentMessage()
