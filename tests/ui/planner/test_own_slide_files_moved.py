"""A slide's PDF renamed in the file manager while the planner is open: the planner says so when
it is looked at again, and the day is not started from the planner as if nothing were wrong."""
import subprocess

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from media_samples import numbered_pdf, session_file


def _problems(w) -> list[str]:
    box = w.agenda_tab.problems
    return [box.item(i).text() for i in range(box.count()) if not box.item(i).text().startswith("No problems")]


def test_a_renamed_deck_shows_as_a_problem_and_run_is_refused(qtbot, open_planner, tmp_path, monkeypatch):
    numbered_pdf(tmp_path / "deck.pdf", pages=5)
    w = open_planner(session_file(tmp_path, "  - {id: deck, kind: pdf, file: deck.pdf}\n", "[deck]"))
    assert _problems(w) == []
    (tmp_path / "deck.pdf").rename(tmp_path / "deck-old.pdf")
    QApplication.sendEvent(w, QEvent(QEvent.Type.ActivationChange))  # the user comes back to the planner
    assert any("'deck.pdf' does not exist" in p for p in _problems(w)), _problems(w)

    told, started = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(subprocess, "Popen", lambda *a, **k: started.append(a))
    w.act_run.trigger()
    assert started == [] and told and "problems" in told[0]

    (tmp_path / "deck-old.pdf").rename(tmp_path / "deck.pdf")  # put back
    QApplication.sendEvent(w, QEvent(QEvent.Type.ActivationChange))
    assert _problems(w) == []


def test_a_picture_written_over_shows_anew_in_the_thumbnail_and_preview(qtbot, open_planner, tmp_path):
    """The photo exported again under the same name: the planner shows the new one when looked at."""
    from media_samples import picture

    picture(tmp_path / "foto.png", colour="#2E7D32")
    w = open_planner(session_file(tmp_path, "  - {id: foto, kind: image, file: foto.png}\n", "[foto]"))
    w.tabs.setCurrentWidget(w.slides_tab)
    tab = w.slides_tab

    def reds(image) -> int:
        return sum(1 for y in range(0, image.height(), 3) for x in range(0, image.width(), 3)
                   if image.pixelColor(x, y).red() > 150 and image.pixelColor(x, y).green() < 80)

    assert reds(tab.slides.item(0).icon().pixmap(192, 108).toImage()) == 0
    picture(tmp_path / "foto.png", colour="#C62828")
    QApplication.sendEvent(w, QEvent(QEvent.Type.ActivationChange))
    assert reds(tab.slides.item(0).icon().pixmap(192, 108).toImage()) > 100
    assert reds(tab.preview.grab().toImage()) > 100
