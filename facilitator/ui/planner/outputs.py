"""From the planner to the day: rehearse, run, print the agenda and the worksheets.

Rehearse and Run start the app as its own process on the saved file (the planner stays
open); ``facilitator run PATH --rehearse`` is the rehearsal of issue "The day keeps its
promises" -- when this version's `run` has no --rehearse, the action says so. The prints
are the existing exports, written where the facilitator chooses and opened.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from facilitator.core.journeys.model import MAX_GROUPS, MIN_GROUPS



def run_supports_rehearse() -> bool:
    from facilitator.cli import build_parser

    run = build_parser()._subparsers._group_actions[0].choices["run"]
    return any("--rehearse" in a.option_strings for a in run._actions)


def app_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "facilitator", *args]


class Outputs:
    def __init__(self, window):
        self.window = window

    def _saved_path(self) -> Path | None:
        w = self.window
        if w.doc is None:
            return None
        if w.doc.modified or w.doc.path is None:
            answer = QMessageBox.question(w, QCoreApplication.translate("Planner", "Save first?"),
                                          QCoreApplication.translate("Planner", "The day runs from the saved file. Save the plan now?"))
            if answer != QMessageBox.StandardButton.Yes or not w.save():
                return None
        if w.doc.problems():
            QMessageBox.information(w, QCoreApplication.translate("Planner", "The plan has problems"),
                                    QCoreApplication.translate("Planner", "Fix the problems listed under the agenda first."))
            return None
        return w.doc.path

    def rehearse(self) -> subprocess.Popen | None:
        w = self.window
        if not run_supports_rehearse():
            QMessageBox.information(w, QCoreApplication.translate("Planner", "Rehearse"), QCoreApplication.translate("Planner", "This version cannot rehearse yet; use Run the day."))
            return None
        path = self._saved_path()
        lang = ("--lang", w.ui_lang)  # the day speaks the planner's language, not the saved or system one
        return subprocess.Popen(app_command("run", str(path), "--rehearse", *lang)) if path else None

    def run(self) -> subprocess.Popen | None:
        path = self._saved_path()
        return subprocess.Popen(app_command("run", str(path), "--lang", self.window.ui_lang)) if path else None

    def _session(self):
        w = self.window
        session = w.doc.session() if w.doc else None
        if session is None:
            QMessageBox.information(w, QCoreApplication.translate("Planner", "The plan has problems"),
                                    QCoreApplication.translate("Planner", "Fix the problems listed under the agenda first."))
        return session

    def _target(self, suggested: str) -> Path | None:
        w = self.window
        base = w.doc.path.parent if w.doc.path else Path.home()
        name, _ = QFileDialog.getSaveFileName(w, QCoreApplication.translate("Planner", "Save the PDF as"), str(base / suggested), "PDF (*.pdf)")
        return Path(name) if name else None

    def print_agenda(self, target: Path | None = None, open_it: bool = True) -> Path | None:
        session = self._session()
        if session is None:
            return None
        target = target or self._target(f"{self._stem()}-agenda.pdf")
        if target is None:
            return None
        from facilitator.export.agenda_pdf import write_agenda_pdf

        return self._written(write_agenda_pdf, session, target, open_it=open_it)

    def print_worksheets(self, target: Path | None = None, groups: int | None = None,
                         open_it: bool = True) -> Path | None:
        w = self.window
        session = self._session()
        if session is None:
            return None
        if groups is None:
            groups, ok = QInputDialog.getInt(w, QCoreApplication.translate("Planner", "Print worksheets"), QCoreApplication.translate("Planner", "How many groups?"), 4, MIN_GROUPS, MAX_GROUPS)
            if not ok:
                return None
        target = target or self._target(f"{self._stem()}-worksheets.pdf")
        if target is None:
            return None
        from facilitator.export.labels import human_date
        from facilitator.export.worksheet_pdf import write_worksheets_pdf

        template = session.journey_templates[0] if session.journey_templates else None
        return self._written(lambda s, t: write_worksheets_pdf(
            t, template, groups, blank=template is None, workshop_title=s.title,
            date=human_date(s.date, s.language), language=s.language)[0], session, target, open_it=open_it)

    def _stem(self) -> str:
        return self.window.doc.path.stem if self.window.doc.path else "workshop"

    def _written(self, write, session, target: Path, open_it: bool) -> Path | None:
        w = self.window
        try:
            out = Path(write(session, target))
        except OSError as e:
            QMessageBox.warning(w, QCoreApplication.translate("Planner", "The PDF cannot be written"), f"{target}: {e.strerror or e}")
            return None
        w.statusBar().showMessage(QCoreApplication.translate("Planner", "Wrote {file}").format(file=out), 8000)
        if open_it:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
        return out
