"""run_app: the GUI entry point. Loads the session, opens the workshop folder,
offers to resume today's journal, and puts up the presenter and participant windows.
"""
from __future__ import annotations

import os
import sys
import time
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

READY_LINE = "facilitator: ready"  # printed once both windows are up (the crash test waits for it)


def ui_language(lang: str | None) -> str:
    """'da' or 'en': the one asked for, else the system's, else English."""
    if lang in ("da", "en"):
        return lang
    return "da" if QLocale.system().name().lower().startswith("da") else "en"


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Facilitator")
    app.setApplicationName("Facilitator")
    return app


def _load(session_path: Path):
    from facilitator.core.loader import SessionError, load_session

    try:
        return load_session(session_path)
    except SessionError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "The session file has problems"), str(exc))
        print(exc, file=sys.stderr)
    except OSError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "The session file cannot be read"), f"{session_path}: {exc}")
        print(f"{session_path}: {exc}", file=sys.stderr)
    return None


def journal_path(workshop_dir: Path) -> Path:
    from facilitator.core import storage

    finder = getattr(storage, "journal_path", None)
    return Path(finder(workshop_dir)) if finder else Path(workshop_dir) / "journal.jsonl"


def _read_journal(path: Path):
    from facilitator.core import journal as journal_module

    reader = getattr(journal_module, "read", None) or journal_module.Journal.read
    return reader(path)


def _is_today(events) -> bool:
    return bool(events) and date.fromtimestamp(events[0].t) == date.today()


def _ask_resume(count: int) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("App", "Resume the day?"),
                      QCoreApplication.translate("App", "Today's run of this workshop has {n} commands in its journal.").format(n=count))
    resume = box.addButton(QCoreApplication.translate("App", "Resume where the day is"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("App", "Start fresh (keep the old journal)"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(resume)
    box.exec()
    return box.clickedButton() is resume


def _set_aside(path: Path) -> Path:
    """Keep an old journal under a new name rather than deleting a day's record."""
    stamp = datetime.now().strftime("%H%M%S")
    target = path.with_name(f"{path.stem}-{stamp}{path.suffix}")
    os.replace(path, target)
    return target


def open_events(workshop_dir: Path, resume: bool | None):
    """Events to replay: today's journal if the facilitator resumes (None = ask)."""
    path = journal_path(workshop_dir)
    if not path.exists():
        return []
    events, warnings = _read_journal(path)
    for w in warnings:
        print(f"{path}: {w}", file=sys.stderr)
    if not events:
        return []
    if resume is None:
        resume = _is_today(events) and _ask_resume(len(events))
    if resume:
        return list(events)
    _set_aside(path)
    return []


def _workshop_dir(session_path: Path, workshop_dir) -> Path:
    from facilitator.core.storage import default_workshop_dir

    folder = Path(workshop_dir) if workshop_dir else Path(default_workshop_dir(session_path, date.today()))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def build_windows(session, runner, clock, lang: str, settings: QSettings | None = None):
    """Controller, both windows, screen placement and chime, wired together."""
    from .chime import Chime
    from .controller import AppController
    from .participant_window import ParticipantWindow
    from .presenter_window import PresenterWindow
    from .screens import ScreenPlacer

    controller = AppController(session, runner, clock, lang=lang)
    presenter = PresenterWindow(controller)
    wall = ParticipantWindow(session.title, lang)
    wall.addActions(presenter.shared_actions())  # clicker keys work on either window

    def show_state(state):
        wall.show_state(state, controller.current_block())

    controller.state_changed.connect(show_state)
    controller.wall_changed.connect(wall.set_mode)
    wall.set_mode(controller.wall_mode())
    show_state(controller.state)

    placer = ScreenPlacer(presenter, wall, settings, parent=controller)
    presenter.swap_screens_requested.connect(placer.swap)
    presenter.show_wall_requested.connect(placer.place)

    chime = Chime(parent=controller)
    chime.add_flash_target(presenter.centralWidget())
    chime.add_flash_target(wall)
    chime.sound_off.connect(lambda msg: presenter.statusBar().showMessage(msg))
    presenter.act_mute.toggled.connect(chime.set_muted)
    controller.timers_ended.connect(chime.ring)
    return controller, presenter, wall, placer, chime


def run_app(session_path, workshop_dir=None, lang=None, resume: bool | None = None) -> int:
    """The GUI. resume: True replays today's journal, False starts fresh, None asks."""
    from facilitator.core.clock import SystemClock
    from facilitator.core.journal import Journal
    from facilitator.core.runner import Runner

    from .i18n import install_translators

    app = _application()
    lang = ui_language(lang)
    install_translators(app, lang)
    session_path = Path(session_path)
    session = _load(session_path)
    if session is None:
        return 1
    folder = _workshop_dir(session_path, workshop_dir)
    events = open_events(folder, resume)
    clock = SystemClock()
    runner = Runner(session, clock, Journal(journal_path(folder)), events)
    parts = build_windows(session, runner, clock, lang)
    controller, presenter, wall, placer, chime = parts
    presenter.show()
    placer.place()
    chime.prepare()

    def ready():
        print(f"{READY_LINE} {folder} {time.time():.3f}", flush=True)

    QTimer.singleShot(0, ready)
    app._facilitator_parts = parts  # keep the windows alive for the event loop
    return app.exec()
