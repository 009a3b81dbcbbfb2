"""A figure value typed as 'inf', 'nan' or '1e400' in the planner's slide form is kept as typed,
so check says "'inf' is not a number" (it said "'.inf' is not a number": the form had turned it
into a float, which YAML writes as .inf)."""
from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from facilitator.ui.planner.slide_form import SlideForm


def rows(qtbot, *values):
    table = QTableWidget(len(values), 4)
    qtbot.addWidget(table)
    for r, value in enumerate(values):
        table.setItem(r, 0, QTableWidgetItem(value))
        table.setItem(r, 1, QTableWidgetItem(f"label {r}"))
    return [row["value"] for row in SlideForm._figure_rows(table)]


def test_numbers_are_numbers_and_infinities_are_kept_as_typed(qtbot):
    assert rows(qtbot, "62", "12.5", "1e3", "inf", "nan", "1e400", "-Infinity") == [
        62, 12.5, 1000.0, "inf", "nan", "1e400", "-Infinity"]
