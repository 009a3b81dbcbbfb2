"""'Day report' in the presenter once the day has ended: the report (core.report) written
as PDF and CSV into the workshop folder, with the groups' journeys appended, then opened.

Written on the GUI thread: after End day no countdown runs that a second's work could
freeze. A folder that cannot be written gets a dialog, never a traceback."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMessageBox

from facilitator.core import workshop as storage
from facilitator.core.file_errors import os_error_text
from facilitator.core.journeys import store as journey_store
from facilitator.core.report.day_report import day_report
from facilitator.core.report.table import csv_text

PDF_NAME, CSV_NAME = "day-report.pdf", "day-report.csv"


class DayReportLink(QObject):
    def __init__(self, session, folder, controller, presenter, parent=None):
        super().__init__(parent or controller)
        self.session, self.controller, self.presenter = session, controller, presenter
        self.folder = None if folder is None else Path(folder)
        self.open_file = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.action = QAction(self.tr("Day report…"), presenter)
        self.action.triggered.connect(self.write_report)
        for menu_action in presenter.menuBar().actions():  # the Day menu, after End day
            menu = menu_action.menu()
            if menu is not None and presenter.act_end_day in menu.actions():
                menu.addAction(self.action)
        presenter.act_day_report = self.action
        controller.state_changed.connect(self.follow)
        self.follow(controller.state)

    def follow(self, state) -> None:
        self.action.setEnabled(self.folder is not None and state.ended)

    def write_report(self):
        """The PDF's path, or None when it could not be written (the facilitator is told)."""
        if self.folder is None:
            return None
        from facilitator.export.day_report_pdf import write_day_report_pdf  # reportlab on first use

        report = day_report(self.session, self.controller.runner.events, self.controller.clock.now())
        journeys, _problems = journey_store.load_all(self.folder)
        pdf = self.folder / PDF_NAME
        try:
            storage.atomic_write_text(self.folder / CSV_NAME, csv_text(report))
            write_day_report_pdf(report, pdf, journeys)
        except OSError as exc:
            QMessageBox.warning(self.presenter, self.tr("The day report cannot be written"), os_error_text(exc))
            return None
        self.presenter.statusBar().showMessage(self.tr("Day report written to {file}").format(file=pdf), 10000)
        self.open_file(pdf)
        return pdf
