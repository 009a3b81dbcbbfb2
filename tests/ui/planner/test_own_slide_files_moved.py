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
