"""Regenerate every picture the README shows, offscreen, in Danish, from the bundled seed workshop.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py [OUTDIR]

The real windows (build_windows) run the day on a FakeClock, so every time on a picture is
deterministic: the day starts at 9.00, the break is entered at 10.30 and "De fem største
sociale medier" starts 3 minutes late (10.48). PDFs come from the real exporters and are
rendered with pdftoppm (or QtPdf when pdftoppm is missing).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QSize, Qt, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget  # noqa: E402

from facilitator.bundled import default_session_path  # noqa: E402
from facilitator.core.day.clock import FakeClock  # noqa: E402
from facilitator.core.session.loader import load_session  # noqa: E402
from facilitator.core.day.runner import Runner  # noqa: E402
from facilitator.core.day.wall import WallMode  # noqa: E402
from facilitator.ui.app import build_windows  # noqa: E402
from facilitator.ui.i18n import install_language  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "images"
PRESENTER = (1366, 768)
WALL = (1920, 1080)
WALL_SAVED_WIDTH = 1280  # walls are grabbed at projector size, saved smaller for the README
DAY = datetime(2026, 11, 26, 9, 0, 0)

# A few social-media ideas and feelings per Mallorca touchpoint (index in the template).
IDEAS = {
    "Gruppe 1": {
        0: ("Inspirationsvideoer fra øen", ["YouTube"], 1),
        1: ("Del rejsen med vennerne direkte fra bookingen", ["Facebook"], 2),
        3: ("Svar på spørgsmål om kø og check-in", ["Twitter"], -1),
        7: ("Følg bagagen live, svar hurtigt på klager", ["Twitter"], -2),
        8: ("Tak for anmeldelsen inden for et døgn", ["TripAdvisor"], 1),
    },
    "Gruppe 2": {
        0: ("Gæsternes egne feriebilleder", ["Flickr"], 1),
        2: ("Rejseinformation som korte videoer", ["YouTube"], 0),
        5: ("Daglige tips på Mallorcas fanside", ["Facebook"], 2),
        6: ("Konkurrence: bedste feriebillede", ["Facebook", "Flickr"], 2),
        8: ("Bed om en anmeldelse i mailen efter hjemkomsten", [], 0),
    },
}


class Shooter:
    def __init__(self, app: QApplication, out: Path):
        self.app, self.out = app, out
        out.mkdir(parents=True, exist_ok=True)
        self.made: list[Path] = []

    def save(self, widget: QWidget, name: str, width: int | None = None) -> None:
        for _ in range(3):  # layouts settle over a few passes (fit labels, deferred slide renders)
            self.app.processEvents()
        image = widget.grab().toImage()
        if width is not None and image.width() > width:
            image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        path = self.out / name
        image.convertToFormat(image.Format.Format_RGB888).save(str(path), "PNG", 9)
        self.made.append(path)

    def wall(self, wall: QWidget, name: str) -> None:
        self.save(wall, name, WALL_SAVED_WIDTH)

    def pdf_page(self, pdf: Path, name: str) -> None:
        """Page 1 of a PDF as a PNG at 60 dpi."""
        path = self.out / name
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                            str(pdf), str(path.with_suffix(""))], check=True)
        else:
            from PySide6.QtPdf import QPdfDocument

            doc = QPdfDocument()
            doc.load(str(pdf))
            points = doc.pagePointSize(0)
            doc.render(0, QSize(round(points.width() * 60 / 72), round(points.height() * 60 / 72))).save(str(path))
        self.made.append(path)


def at(clock: FakeClock, controller, hour: int, minute: int, second: int = 0) -> None:
    """Move the fake clock to a time of the day and let the windows catch up."""
    # advance, not set_wall: the wall clock and the monotonic clock move together
    # (set_wall would be a clock jump, and the presenter would say so)
    clock.advance(DAY.replace(hour=hour, minute=minute, second=second).timestamp() - clock.now())
    controller.tick()


def day_windows(session, folder: Path, settings_file: Path, lang: str = "da", wall=WALL, flashes: bool = False):
    """(clock, controller, presenter, wall, chime): the real windows on a FakeClock at DAY, muted,
    without flashes unless asked (a flash would frame every shot), the presenter shown."""
    clock = FakeClock(DAY)
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    controller, presenter, wall_window, _placer, chime = build_windows(session, Runner(session, clock), clock, lang,
                                                                       settings, folder=folder)
    chime.set_muted(True)
    if not flashes:
        chime.stop_flashing()
    presenter.resize(*PRESENTER)
    wall_window.resize(*wall)
    presenter.show()
    return clock, controller, presenter, wall_window, chime


def run_the_day(shoot: Shooter, session, folder: Path) -> None:
    clock, controller, presenter, wall, chime = day_windows(session, folder, folder / "settings.ini")
    wall.show()
    deck = presenter.deck_link

    controller.start_day()

    # 9.30 the exercise: phase 1 (10 min) with 3 min 12 s left
    at(clock, controller, 9, 30)
    controller.next_block()
    controller.start_exercise()
    at(clock, controller, 9, 36, 48)
    shoot.wall(wall, "wall-exercise.png")
    shoot.save(presenter, "presenter-exercise.png")

    # 10.00 cases; the agenda on the wall (as the facilitator shows it with A)
    at(clock, controller, 10, 0)
    controller.next_block()
    at(clock, controller, 10, 12)
    controller.set_wall_mode(WallMode.AGENDA)
    shoot.wall(wall, "wall-agenda.png")
    controller.set_wall_mode(None)

    # 10.30 the break
    at(clock, controller, 10, 30)
    controller.next_block()
    at(clock, controller, 10, 36, 20)
    shoot.wall(wall, "wall-break.png")

    # 10.48 "De fem største sociale medier", 3 minutes late
    at(clock, controller, 10, 48)
    controller.next_block()
    at(clock, controller, 10, 58)
    for slide, name in (("top10", "wall-slide-ranking.png"), ("facebook-sider", "wall-slide-figures.png"),
                        ("sammenligning-globalt", "wall-slide-comparison.png"),
                        ("facebook", "wall-slide-platform.png")):
        deck.panel.goto(slide)  # the panel's slide_changed puts it on the wall
        shoot.wall(wall, name)
    shoot.save(presenter, "presenter-talk.png")

    journeys(shoot, presenter, wall, folder)
    controller.stop()


def open_editor(presenter):
    """Ctrl+J: the journeys are read in a worker process; the editor opens after."""
    link = presenter.journeys_link
    link.open_editor()
    while link.editor is None:
        QApplication.instance().processEvents()
    return link.open_editor()


def fill(editor, group: str) -> None:
    jid = editor.new_group("mallorca", group)
    editor.tabs.setCurrentIndex(editor.book.ids().index(jid))
    board = editor.current_board()
    for index, (idea, platforms, feeling) in IDEAS[group].items():
        board.edit(index, "social", idea)
        board.edit(index, "platforms", platforms)
        board.edit(index, "feeling", feeling)


def journeys(shoot: Shooter, presenter, wall, folder: Path) -> None:
    editor = open_editor(presenter)
    editor.resize(*PRESENTER)
    for group in IDEAS:
        fill(editor, group)
    editor.tabs.setCurrentIndex(0)
    editor.current_board().select(1, "social")
    app = QApplication.instance()
    app.processEvents()
    for area in editor.current_tab().findChildren(QScrollArea):  # the board starts at its left edge
        area.horizontalScrollBar().setValue(0)
    shoot.save(editor, "journey-editor.png")
    editor.show_current_on_wall()
    shoot.wall(wall, "journey-wall.png")
    editor.compare_groups()
    shoot.wall(wall, "journey-compare.png")
    job = editor.export_pdf(str(folder / "journeys.pdf"))  # written in a worker process
    while not job.done:
        QApplication.instance().processEvents()
    pdf = job.result[0]  # (path, notices)
    shoot.pdf_page(pdf, "journey-pdf.png")
    editor.book.save_now()
    editor.hide()


def pdfs(shoot: Shooter, session, folder: Path) -> None:
    from facilitator.export.agenda_pdf import write_agenda_pdf
    from facilitator.export.labels import human_date
    from facilitator.export.worksheet_pdf import write_worksheets_pdf

    (sheet,) = write_worksheets_pdf(folder / "worksheet.pdf", session.journey_template("mallorca"), 1, blank=True,
                                    workshop_title=session.title,
                                    date=human_date(session.date, session.language), language=session.language)
    shoot.pdf_page(sheet, "worksheet-blank.png")
    shoot.pdf_page(write_agenda_pdf(session, folder / "agenda.pdf"), "agenda-pdf.png")


OWN_SLIDES = """\
format: 1
title: Sociale medier i praksis
language: da
start: "09:00"
blocks:
  - {id: oplaeg, title: Oplæg om sociale medier, kind: talk, duration: 45m, slides: [deck, profil]}
slides:
  - {id: deck, kind: pdf, file: deck.pdf, pages: "1-4"}
  - id: profil
    kind: image
    file: profil.png
    title: Sådan ser det ud hos Woco
    caption: Woco Rejsers side – opslag, svar og anmeldelser samme sted
    source: socialnet.example, skærmbillede marts 2010
"""


def own_slides(shoot: Shooter, folder: Path) -> None:
    """A talk with the facilitator's own PDF deck and a screenshot: the wall and the presenter."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from sample_deck import write_deck, write_profile_picture

    write_deck(folder / "deck.pdf")
    write_profile_picture(folder / "profil.png")
    (folder / "talk.yaml").write_text(OWN_SLIDES, encoding="utf-8")
    session = load_session(folder / "talk.yaml")
    clock, controller, presenter, wall, chime = day_windows(session, folder / "talk", folder / "talk-settings.ini",
                                                            flashes=True)
    wall.show()
    controller.start_day()
    at(clock, controller, 9, 12, 30)
    deck = presenter.deck_link.panel
    deck.goto("deck/3")
    shoot.wall(wall, "wall-slide-pdf.png")
    shoot.save(presenter, "presenter-pdf.png")
    deck.goto("profil")
    at(clock, controller, 9, 31)
    shoot.wall(wall, "wall-slide-image.png")
    shoot.save(presenter, "presenter-image.png")
    controller.stop()


def room_language_day(shoot: Shooter, session, folder: Path) -> None:
    """The Danish day with an English presenter (`--lang en`) on a 1366×768 wall: the wall
    speaks only the session's Danish, page by page for the journey."""
    install_language("en", QApplication.instance())
    clock, controller, presenter, wall, chime = day_windows(session, folder, folder / "settings-en.ini", lang="en",
                                                            wall=(1366, 768))
    wall.show()
    controller.start_day()
    at(clock, controller, 9, 30)
    controller.next_block()
    controller.start_exercise()
    at(clock, controller, 9, 36, 48)
    shoot.save(wall, "wall-1366-exercise.png")
    shoot.save(presenter, "presenter-en-exercise.png")
    at(clock, controller, 10, 1, 12)  # the exercise over time: "Tiden er gået"
    shoot.save(wall, "wall-1366-exercise-overtime.png")
    editor = open_editor(presenter)
    editor.resize(*PRESENTER)
    for group in IDEAS:
        fill(editor, group)
    editor.tabs.setCurrentIndex(0)
    view = editor.show_current_on_wall()
    shoot.save(wall, "wall-1366-journey-1.png")
    presenter.navigate(True)  # the clicker: the next phase's page
    shoot.save(wall, "wall-1366-journey-2.png")
    assert view.page == 1
    editor.compare_groups()
    shoot.save(wall, "wall-1366-compare.png")
    editor.book.save_now()
    editor.hide()
    controller.stop()
    install_language("da", QApplication.instance())


def round_day(session):
    """The seed day with a report-back round after the journey exercise: four groups of
    3 min with a minute's changeover (15 min), taken from the journeys on the day."""
    import dataclasses

    from facilitator.core.session.model import Block, BlockKind, ReportBack

    blocks = list(session.blocks)
    at_ = next(i for i, b in enumerate(blocks) if b.id == "vaerdikaede") + 1
    blocks.insert(at_, Block("fremlaeggelser", "Grupperne fremlægger deres rejser", BlockKind.EXERCISE, 15 * 60,
                             report_back=ReportBack(per_group=3 * 60, changeover=60, groups=None)))
    kage = next(i for i, b in enumerate(blocks) if b.id == "pause-kage")
    blocks[kage] = dataclasses.replace(blocks[kage], duration=10 * 60)
    strategi = next(i for i, b in enumerate(blocks) if b.id == "strategi")
    blocks[strategi] = dataclasses.replace(blocks[strategi], duration=35 * 60)
    return dataclasses.replace(session, blocks=blocks)


def report_back(shoot: Shooter, session, folder: Path) -> None:
    """The round on the wall (group 2 of 4 presenting, its journey paged by phase), the
    presenter during it, and the day report's pages after a day with a late start, an
    overrun, a pause, a skipped block and an accepted catch-up plan."""
    from facilitator.core.journeys import store
    from facilitator.core.journeys.model import journey_from_template

    session = round_day(session)
    template = session.journey_template("mallorca")
    for n in range(1, 5):
        j = journey_from_template(template, f"Gruppe {n}")
        for index, (idea, platforms, feeling) in IDEAS[f"Gruppe {(n - 1) % 2 + 1}"].items():
            j.touchpoints[index].social, j.touchpoints[index].platforms = idea, platforms
            j.touchpoints[index].feeling = feeling
        store.save_journey(folder, j)
    clock, controller, presenter, wall, chime = day_windows(session, folder, folder / "settings.ini")
    wall.show()
    ids = [b.id for b in session.blocks]

    def goto(block_id: str, hour: int, minute: int) -> None:
        at(clock, controller, hour, minute)
        controller.goto_block(ids.index(block_id))

    at(clock, controller, 9, 4)
    controller.start_day()  # 4 minutes late
    goto("fremtidsfortaelling", 9, 36)
    controller.start_exercise()
    goto("hvorfor", 10, 8)
    at(clock, controller, 10, 20)
    controller.toggle_pause()  # the projector's cable
    at(clock, controller, 10, 24)
    controller.toggle_pause()
    goto("pause-1", 10, 42)
    goto("fem-stoerste", 10, 57)  # 12 min late now
    at(clock, controller, 11, 0)
    controller.accept_catch_up()
    goto("frokost", 11, 35)
    goto("vaerdikaede", 12, 5)  # adfaerd is skipped to catch up
    controller.start_exercise()
    goto("fremlaeggelser", 12, 30)
    presenter.round_link.sync_groups()
    shoot.wall(wall, "wall-round-order.png")
    controller.next_group()
    at(clock, controller, 12, 33, 30)
    controller.next_group()
    controller.adjust_group(60)
    at(clock, controller, 12, 35, 10)
    shoot.wall(wall, "wall-round.png")
    shoot.save(presenter, "presenter-round.png")
    for hour, minute in ((12, 38), (12, 42)):
        at(clock, controller, hour, minute)
        controller.next_group()
    at(clock, controller, 12, 45)
    controller.next_group()
    goto("pause-kage", 12, 46)
    goto("strategi", 13, 0)
    goto("opsamling", 13, 38)
    at(clock, controller, 13, 55)
    controller.end_day()
    presenter.report_link.open_file = lambda path: None
    pdf = presenter.report_link.write_report()
    shoot.pdf_page(pdf, "day-report.png")
    if shutil.which("pdftoppm"):  # the chart's page and the last journey's
        last = len(__import__("pypdf").PdfReader(str(pdf)).pages)
        for page, name in ((2, "day-report-chart.png"), (last, "day-report-journey.png")):
            path = shoot.out / name
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile",
                            str(pdf), str(path.with_suffix(""))], check=True)
            shoot.made.append(path)
    controller.stop()


def _quiet_offscreen(_mode, _context, message: str) -> None:
    """The offscreen platform warns on every show()/raise_(): keep the output to the file list."""
    if not message.startswith("This plugin does not support"):
        print(message, file=sys.stderr)


def main() -> None:
    qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication([])
    install_language("da", app)
    session = load_session(default_session_path())
    shoot = Shooter(app, OUT)
    with tempfile.TemporaryDirectory(prefix="facilitator-shots-") as tmp:
        run_the_day(shoot, session, Path(tmp))
        pdfs(shoot, session, Path(tmp))
        own_slides(shoot, Path(tmp))
    with tempfile.TemporaryDirectory(prefix="facilitator-shots-") as tmp:
        room_language_day(shoot, session, Path(tmp))
    with tempfile.TemporaryDirectory(prefix="facilitator-shots-") as tmp:
        report_back(shoot, session, Path(tmp))
    for path in shoot.made:
        print(f"{path}  {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
