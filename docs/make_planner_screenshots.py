"""The planner's pictures for sessions/README.md (docs/images/planner-*.png), made offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_planner_screenshots.py

A small English workshop is planned in the planner window (the same edits its buttons make),
and each part of the window is saved as it then looks.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "docs"))

from make_screenshots import OUT, Shooter, _quiet_offscreen  # noqa: E402

from facilitator.ui.i18n import install_language  # noqa: E402
from facilitator.ui.planner.planner_window import PlannerWindow  # noqa: E402
from facilitator.ui.planner.slide_form import SlideForm  # noqa: E402


def plan_a_day(w: PlannerWindow) -> None:
    e = w.edit
    e("", lambda d: d.set_session_field("title", "Customer journeys in practice"))
    e("", lambda d: d.set_block_field("exercise", "title", "Journey mapping"))
    e("", lambda d: d.set_block_field("exercise", "duration", "45m"))
    e("", lambda d: d.set_exercise_field("exercise", "title", "Journey mapping"))
    e("", lambda d: d.set_exercise_field("exercise", "duration", "45m"))
    e("", lambda d: d.add_phase("exercise", title="Present the maps", duration="15m",
                                prompt="Two minutes per group: the moment that matters most."))
    e("", lambda d: d.add_block("break", id="inspiration", title="Inspiration talk", kind="talk", duration="30m",
                                notes="Three cases, one minute each."))
    e("", lambda d: d.add_block("inspiration", id="lunch", title="Lunch", kind="break", duration="45m",
                                start="11:30"))
    e("", lambda d: d.add_block("lunch", id="report-back", title="Report back", kind="exercise", duration="30m",
                                start="12:15"))
    e("", lambda d: d.add_template("Booking a trip", persona="A family of four",
                                   scenario="Summer holiday, booked online",
                                   phases=[{"id": "before", "title": "Before the trip"},
                                           {"id": "during", "title": "On the trip"},
                                           {"id": "after", "title": "After the trip"}],
                                   touchpoints=[{"title": "Compares prices online", "phase": "before",
                                                 "channel": "Web", "owner": "customer", "owner_name": "Google"},
                                                {"title": "Books the trip", "phase": "before", "channel": "Web",
                                                 "owner": "us", "owner_name": "Our shop"},
                                                {"title": "Checks in at the airport", "phase": "during",
                                                 "channel": "Airport", "owner": "partner", "owner_name": "Airport"},
                                                {"title": "Writes a review", "phase": "after",
                                                 "channel": "TripAdvisor", "owner": "customer"}]))
    e("", lambda d: d.set_exercise_field("exercise", "journey_template", "booking-a-trip"))
    e("", lambda d: d.add_slide("inspiration", "figures", title="Who books online",
                                figures=[{"value": 62, "label": "book their trips online", "unit": "%",
                                          "source": "Statistics Denmark 2024"},
                                         {"value": 3.4, "label": "reviews read before booking",
                                          "source": "TripAdvisor 2023"}],
                                notes="Ask who booked their last trip online."))
    e("", lambda d: d.add_slide("inspiration", "bullets", title="Three cases",
                                bullets=["A hotel answers every review", "An airline on chat",
                                         "A travel agent's video guides"]))
    e("", lambda d: d.add_slide("exercise", "journey", journey_template="booking-a-trip"))


def main() -> None:
    qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication([])
    install_language("en", app)
    with tempfile.TemporaryDirectory(prefix="facilitator-planner-") as tmp:
        tmp = Path(tmp)
        settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("planner/recent", [str(ROOT / "sessions" / "sociale-medier-090310.yaml")])
        shoot = Shooter(app, OUT)
        w = PlannerWindow(settings=settings, lang="en")
        w.resize(1280, 800)
        w.show()
        shoot.save(w, "planner-start.png")
        w.new_blank("en")
        plan_a_day(w)
        w.doc.path = tmp / "journeys.yaml"
        agenda = w.agenda_tab
        agenda.table.selectRow(1)
        shoot.save(w, "planner-agenda.png")
        e = w.edit
        e("", lambda d: d.set_block_field("inspiration", "duration", "1h25m"))  # now it runs into lunch
        agenda.table.selectRow(4)
        shoot.save(w, "planner-conflict.png")
        w.undo_stack.undo()
        w.tabs.setCurrentWidget(w.slides_tab)
        w.slides_tab.blocks.setCurrentRow(3)
        shoot.save(w, "planner-slides.png")
        w.tabs.setCurrentWidget(w.templates_tab)
        shoot.save(w, "planner-templates.png")
        form = SlideForm("figures", w.doc, w.doc.slide("who-books-online"), parent=w)
        form.resize(640, 460)
        form.show()
        shoot.save(form, "planner-slide-form.png")
        form.close()
        w.doc.saved_text = w.doc.text
        w.close()
        for path in shoot.made:
            print(f"{path}  {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
