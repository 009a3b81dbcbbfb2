"""The report's table as text: the CSV the issue fixes column by column, and the cells
the PDF prints. Clock times HH:MM in the CSV (a spreadsheet reads them), in the PDF as the
session's language writes them; minutes with one decimal; a thing not run has no actual."""
from __future__ import annotations

import csv
import io

from facilitator.core.day.clock import seconds_after_midnight
from facilitator.core.report.day_report import DayReport, Row
from facilitator.core.timefmt import format_clock_seconds

COLUMNS = ("kind", "id", "title", "planned_start", "actual_start",
           "planned_minutes", "actual_minutes", "difference_minutes")


def clock(timestamp: float | None, language: str = "en") -> str:
    """'09:05' (en, and the CSV) / '09.05' (da); '' for nothing. Rounded to the minute."""
    if timestamp is None:
        return ""
    return format_clock_seconds(round(seconds_after_midnight(timestamp) / 60) * 60, language)


def minutes(seconds: float | None, signed: bool = False) -> str:
    if seconds is None:
        return ""
    value = round(seconds / 60 + 0.0, 1) + 0.0  # no '-0.0'
    return f"{value:+.1f}" if signed and value else f"{value:.1f}"


def cells(row: Row, language: str = "en") -> list[str]:
    return [row.kind, row.id, row.title, clock(row.planned_start, language), clock(row.actual_start, language),
            minutes(row.planned_seconds), minutes(row.actual_seconds), minutes(row.difference)]


def csv_text(report: DayReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in report.rows:
        writer.writerow(cells(row))
    return out.getvalue()
