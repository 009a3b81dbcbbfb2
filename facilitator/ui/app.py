"""run_app: the GUI entry point. Loads the session, opens the workshop folder,
offers to resume today's journal, and puts up the presenter and participant windows.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from facilitator.ui import after_paint

READY_LINE = "facilitator: ready"  # printed once both windows are up (the crash test waits for it)


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Facilitator")
    app.setApplicationName("Facilitator")
    return app


def _load(session_path: Path):
    """The session, or None after showing its problems (FILE:LINE:COL each) in a dialog.
    A file that loaded cleanly last time and has not changed comes from the cache."""
    from facilitator.core.session.cache import cached_session, remember_session

    cache = _session_cache_dir()
    session = cached_session(session_path, cache)
    if session is None:
        from facilitator.core.session.loader import read_session

        # A slide's PDF or image that cannot be read now (the USB stick) does not keep the day
        # from opening or resuming: its slides show the block's title until it is back.
        session, problems = read_session(session_path, files_present=False)
        if problems:
            from PySide6.QtWidgets import QMessageBox  # a dialog's class is made when first needed

            text = "\n".join(str(p) for p in problems)
            QMessageBox.critical(None, QCoreApplication.translate("App", "The session file has problems"),
                                 _first_problems(problems, session_path))
            print(text, file=sys.stderr)
            return None
        after_paint.later(lambda: remember_session(session_path, cache, session))  # a file write: later
    for warning in session.warnings:  # as `check` prints them
        print(warning, file=sys.stderr)
    return session


SHOWN_PROBLEMS = 10  # a dialog of thousands of lines is taller than any screen, its button off it


def _first_problems(problems, session_path) -> str:
    """The first problems for the dialog, and how many more there are (stderr has them all)."""
    lines = [str(p) for p in problems[:SHOWN_PROBLEMS]]
    if len(problems) > SHOWN_PROBLEMS:
        lines.append(QCoreApplication.translate("App", "… and {n} more; facilitator check {file} lists them all.").format(
            n=len(problems) - SHOWN_PROBLEMS, file=session_path))
    return "\n".join(lines)


def _session_cache_dir() -> Path:
    from PySide6.QtCore import QStandardPaths

    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)) / "sessions"


def _cannot_use_folder(workshop_dir, exc: OSError) -> None:
    """Without a writable workshop folder there is no journal: say so before the day starts."""
    from PySide6.QtWidgets import QMessageBox  # a dialog's class is made when first needed

    from facilitator.core.file_errors import os_error_text

    text = QCoreApplication.translate(
        "App", "The workshop folder cannot be used ({reason}). "
               "Choose another with --workshop-dir.").format(reason=os_error_text(exc, workshop_dir))
    QMessageBox.critical(None, QCoreApplication.translate("App", "The workshop folder cannot be written"), text)
    print(text, file=sys.stderr)


def where_text(session, events, facts=None) -> str:
    """'Hvorfor bruge de sociale medier — 12:05 tilbage': where the journal left the day
    (`facts`: the events folded already)."""
    import time

    from facilitator.core.day.derive import state_from_facts
    from facilitator.core.day.replay import fold

    from facilitator.ui.texts import countdown_text

    state = state_from_facts(session, fold(session, events) if facts is None else facts, time.time())
    if not state.started or state.current is None:
        return ""
    if state.ended:
        return QCoreApplication.translate("App", "The day has ended.")
    block = session.blocks[state.current]
    if state.remaining < 0:
        return QCoreApplication.translate("App", "{block} — {time} over time").format(
            block=block.title, time=countdown_text(-state.remaining))
    return QCoreApplication.translate("App", "{block} — {time} left").format(
        block=block.title, time=countdown_text(state.remaining))


def _ask_about(session, events, asked: list) -> bool:
    """The resume question about `events`, folded once (into `asked`) to say where the day
    is: a 50 MB journal takes seconds to fold, and the day goes on from this fold."""
    from facilitator.core.day.replay import DayFold

    day = DayFold(session)
    day.apply_all(events)
    asked.append(day)
    return _ask_resume(len(events), where_text(session, events, day.facts))


def _ask_resume(count: int, where: str = "") -> bool:
    from PySide6.QtWidgets import QMessageBox  # a dialog's class is made when first needed

    text = QCoreApplication.translate("App", "Today's run of this workshop has {n} commands in its journal.").format(
        n=count)
    if where:
        text += "\n" + QCoreApplication.translate("App", "Where the day is: {where}").format(where=where)
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("App", "Resume the day?"), text)
    resume = box.addButton(QCoreApplication.translate("App", "Resume where the day is"),
                           QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("App", "Start fresh (keep the old journal)"),
                  QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(resume)
    box.exec()
    return box.clickedButton() is resume


SHOWN_NOTES = 3  # skipped journal lines named on stderr (and in the status bar, as many as fit)


def journal_notes(opened, shown: int = SHOWN_NOTES) -> list[str]:
    """What the facilitator should know about the journal, in her words: the first `shown`
    lines it skipped and how many more (`facilitator status` lists them all), a journal set
    aside."""
    from facilitator.core.workshop import JournalChoice
    from facilitator.ui.runner.journal_words import note_texts

    if opened.choice is JournalChoice.UNREADABLE:  # its lines are not worth listing one by one
        return [QCoreApplication.translate(
            "App", "The run journal could not be read at all; it was kept as {file} and the day starts "
                   "a fresh journal.").format(file=opened.kept.name)]
    notes = note_texts(opened.skipped[:shown])
    if len(opened.skipped) > shown:  # a binary file has a "line" every few hundred bytes
        notes.append(QCoreApplication.translate("App", "… and {n} more lines skipped").format(
            n=len(opened.skipped) - shown))
    if opened.choice is JournalChoice.OTHER_AGENDA and opened.kept is not None:
        notes.append(QCoreApplication.translate(
            "App", "The session's blocks have changed since the journal was written; it was kept as "
                   "{file} and the day starts fresh.").format(file=opened.kept.name))
    return notes


def show_journal_notes(presenter, opened, folder) -> None:
    """A skipped journal line or a journal set aside: the facilitator should know, and so
    should whoever reads the log. stderr names the first SHOWN_NOTES skipped lines and counts
    the rest; the status bar, one line, as many of them as it holds (at least one), so that
    the count is seen."""
    notes = journal_notes(opened)
    for note in notes:
        print(f"{folder}: {note}", file=sys.stderr)
    bar, shown = presenter.statusBar(), SHOWN_NOTES
    while shown > 1 and bar.fontMetrics().horizontalAdvance("  ".join(notes)) > bar.width():
        shown -= 1
        notes = journal_notes(opened, shown)
    if notes:
        bar.showMessage("  ".join(notes), 30000)


def build_windows(session, runner, clock, lang: str, settings: QSettings | None = None, folder=None):
    """Controller, both windows, screen placement and chime, wired together, with the
    slides (deck) and the journey editor (when there is a workshop folder) plugged in."""
    controller, presenter, wall, placer = build_first_screen(session, runner, clock, lang, settings, folder)
    for part in later_parts(session, folder, controller, presenter, wall):
        part()
    return controller, presenter, wall, placer, presenter.chime


def build_first_screen(session, runner, clock, lang: str, settings: QSettings | None = None, folder=None):
    """What the first paint shows: the controller, both windows with their agenda,
    countdowns and slides, and where they go. The rest is `later_parts`."""
    from facilitator.ui.runner.controller import AppController
    from facilitator.ui.slides.deck_link import DeckLink
    from facilitator.ui.runner.participant_window import ParticipantWindow
    from facilitator.ui.runner.presenter_window import PresenterWindow
    from facilitator.ui.runner.screens import ScreenPlacer
    from facilitator.ui.planner.presenter_menu import PresenterFileMenu

    controller = AppController(session, runner, clock, lang=lang)
    presenter = PresenterWindow(controller, settings=settings)
    wall = ParticipantWindow(session.title, session.language)  # the room's language
    wall.addActions(presenter.shared_actions())  # clicker keys work on either window

    def show_state(state):
        wall.show_state(state, controller.current_session_block())

    controller.state_changed.connect(show_state)
    controller.wall_changed.connect(wall.set_mode)
    wall.set_mode(controller.wall_mode())
    show_state(controller.state)

    placer = ScreenPlacer(presenter, wall, settings, parent=controller)
    presenter.swap_screens_requested.connect(placer.swap)
    presenter.show_wall_requested.connect(placer.place)
    controller.journal_failed.connect(lambda msg: presenter.statusBar().showMessage(msg))
    controller.journal_failed.connect(lambda msg: print(msg, file=sys.stderr))
    presenter.deck_link = DeckLink(session, controller, presenter, wall, folder)
    presenter.journeys_link = presenter.round_link = presenter.report_link = presenter.chime = None
    presenter.file_menu = PresenterFileMenu(presenter, session.source_file or None, folder)
    presenter.show_session_warnings(session.warnings)  # on the laptop only, never on the wall
    if _in_a_round(controller):  # the wall shows the round's card from the first paint
        _add_round(session, folder, controller, presenter, wall)
    return controller, presenter, wall, placer


def later_parts(session, folder, controller, presenter, wall) -> list:
    """What the first screen does not show, each a step of its own (run after the first
    paint at start-up): the chime and flash, the journey editor's link, the report-back
    round (unless it is on the wall already) and the day report."""
    def chime():
        from facilitator.ui.runner.chime import Chime

        presenter.chime = Chime(parent=controller)
        presenter.chime.add_flash_target(presenter.centralWidget())
        presenter.chime.add_flash_target(wall)
        presenter.chime.sound_off.connect(presenter.show_sound_off)
        presenter.chime.sound_off.connect(lambda msg: print(msg, file=sys.stderr))
        presenter.act_mute.toggled.connect(presenter.chime.set_muted)
        presenter.chime.set_muted(presenter.act_mute.isChecked())
        controller.timers_ended.connect(presenter.chime.ring)

    def journeys():
        from facilitator.ui.journeys.link import JourneysLink

        presenter.journeys_link = JourneysLink(session, folder, controller, presenter, wall)

    def round_():
        if presenter.round_link is None:
            _add_round(session, folder, controller, presenter, wall)

    def report():
        from facilitator.ui.runner.report_link import DayReportLink

        presenter.report_link = DayReportLink(session, folder, controller, presenter)

    return [chime, journeys, round_, report]


def _in_a_round(controller) -> bool:
    state = controller.state
    block = controller.current_session_block()
    return state.started and not state.ended and block is not None and block.report_back is not None


def _add_round(session, folder, controller, presenter, wall) -> None:
    from facilitator.ui.runner.round_link import RoundLink

    presenter.round_link = RoundLink(session, folder, controller, presenter, wall)


def _show_presenter(app, presenter, settings: QSettings) -> None:
    """Where the facilitator left it last time, else maximised on the laptop."""
    from facilitator.ui.settings import PRESENTER_GEOMETRY

    from PySide6.QtCore import QByteArray

    geometry = settings.value(PRESENTER_GEOMETRY)  # text or a list when the file was edited by hand
    if isinstance(geometry, (QByteArray, bytes)) and presenter.restoreGeometry(geometry):
        presenter.show()
    else:  # without a window manager showMaximized alone does nothing: size it too
        presenter.setGeometry(presenter.screen().availableGeometry())
        presenter.showMaximized()
    app.aboutToQuit.connect(lambda: settings.setValue(PRESENTER_GEOMETRY, presenter.saveGeometry()))


def after_first_paint(parts: list) -> None:
    """What the first screen does not need, each step in its own turn of the event loop:
    the held jobs (slides rendered ahead), the later parts, the sound (Qt Multimedia) and
    the slide renderers (pyqtgraph for the charts, imported on a background thread)."""
    from facilitator.ui.slides.background_import import import_in_background

    collector_back()
    after_paint.release()
    presenter = parts[0]
    for part in parts[1:]:
        after_paint.later(part, presenter)
    after_paint.later(lambda: presenter.chime.prepare(), presenter)
    after_paint.later(import_in_background)


# Objects made since start-up (the collector was paused, so all are still in its youngest
# generation) beyond which they are set aside unwalked: a 50 MB journal's million events made
# the collector's first round take a second of the GUI thread, the countdown standing still.
SET_ASIDE_UNWALKED = 300_000


def collector_back(set_aside: bool = True) -> None:
    """Start-up is over (cli/run_command.py paused the cyclic collector): it runs again, and,
    in a turn of its own after the held jobs, one full round (15 ms) clears start-up's garbage
    and sets the rest aside (gc.freeze): it lives all day, later rounds need not walk it."""
    import gc

    if gc.isenabled():
        return
    if gc.get_count()[0] >= SET_ASIDE_UNWALKED:
        gc.freeze()  # before the collector's first round would walk them all
    gc.enable()
    if set_aside:
        after_paint.later(_set_aside)


def _set_aside() -> None:
    import gc

    gc.collect()
    gc.freeze()


def where_the_day_is(state) -> str:
    """One line for the log (and the crash test): block, exercise, remaining seconds."""
    ex, r = state.exercise, state.round
    group = "" if r is None or r.current is None else (
        f" group={r.position} group_remaining={r.remaining:.3f}")
    return (f"block={state.current} remaining={state.remaining:.3f} "
            f"exercise={'-' if ex is None else ex.index} "
            f"exercise_remaining={'-' if ex is None else f'{ex.remaining:.3f}'} now={state.now:.3f}{group}")


def lock_workshop(folder: Path):
    """Hold the workshop folder for this app (a QLockFile in it, whose stale-lock check
    frees it when the holder died, even by SIGKILL). None when another Facilitator holds
    it: said on stderr first, then in a dialog. `status` reads the folder regardless.
    OSError when the folder cannot be written in (no lock can be made there)."""
    from PySide6.QtCore import QLockFile

    from facilitator.core.workshop import lock_path

    lock = QLockFile(str(lock_path(folder)))
    lock.setStaleLockTime(0)  # never stale by age: a day is long; only a dead holder frees it
    if lock.tryLock(0):
        return lock
    if lock.error() != QLockFile.LockError.LockFailedError:  # not held by another: the folder refuses
        _try_writing_in(folder)  # raises the system's OSError (the caller says the folder cannot be used)
    pid, _host, _app = lock.getLockInfo()
    if pid == 0 and _unwritten_for_a_while(lock_path(folder)) and lock.removeStaleLockFile() and lock.tryLock(0):
        return lock  # an empty or garbled lock file (a power cut while it was written): nobody holds it
    from PySide6.QtWidgets import QMessageBox  # made only for the dialog (5 ms of start-up)

    text = QCoreApplication.translate(
        "App", "{folder} is open in another Facilitator window, pid {pid}. Close that window "
               "first, or choose another folder with --workshop-dir.").format(folder=folder, pid=pid)
    print(text, file=sys.stderr, flush=True)
    QMessageBox.critical(None, QCoreApplication.translate("App", "The workshop is already open"), text)
    return None


def real_day_open(folder: Path) -> bool:
    """Whether another Facilitator holds the real day's folder (its wall may be on the projector,
    where a rehearsal's must not go). Nothing is written there when no lock file is."""
    from PySide6.QtCore import QLockFile

    from facilitator.core.workshop import lock_path

    if not lock_path(folder).exists():
        return False
    lock = QLockFile(str(lock_path(folder)))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):  # the lock of an app that died: nobody holds the folder
        lock.unlock()
        return False
    return lock.error() == QLockFile.LockError.LockFailedError


def _try_writing_in(folder: Path) -> None:
    """Make and drop a file in the folder: OSError (its reason) when that is refused."""
    import tempfile

    with tempfile.TemporaryFile(dir=folder):
        pass


def _unwritten_for_a_while(path: Path) -> bool:
    """Not touched for some seconds: an app taking the lock writes its pid at once."""
    import time

    try:
        return time.time() - path.stat().st_mtime > 5
    except OSError:
        return False


def hold_again(lock) -> bool:
    """After the workshop folder was deleted under the running app, its lock file went with
    it: take it again, so a second window is still refused."""
    if Path(lock.fileName()).exists():
        return True
    lock.unlock()
    return lock.tryLock(0)


def rehearse(session_path, speed: float = 1.0, at: int | None = None, workshop_dir=None, lang=None) -> int:
    """Rehearse the session's day (blocking, like run_app): a simulated clock from its planned
    start (or `at`, minutes after midnight), `speed` times as fast (1-60), a fresh journal in
    the workshop folder's rehearsal folder, "Rehearsal" on the presenter, never on the wall."""
    return run_app(session_path, workshop_dir, lang, resume=False, rehearsal=(float(speed), at))


def offer_rehearsal(presenter, session_path, workshop_dir, lang: str) -> None:
    """Day > Rehearse… starts the rehearsal in the presenter's language (a `--lang en` day
    rehearsed in the saved or system language otherwise)."""
    presenter.rehearse_requested.connect(
        lambda speed: start_rehearsal(session_path, speed, workshop_dir=workshop_dir, lang=lang))


def start_rehearsal(session_path, speed: float = 1.0, at: int | None = None, workshop_dir=None,
                    lang: str | None = None) -> bool:
    """Rehearse in a process of its own (the Day menu, the planner): the running windows
    stay as they are. True when it was started."""
    from PySide6.QtCore import QProcess

    args = ["-m", "facilitator", "run", str(session_path), "--rehearse", "--speed", f"{speed:g}"]
    if at is not None:
        args += ["--at", f"{at // 60:02d}:{at % 60:02d}"]
    if workshop_dir is not None:
        args += ["--workshop-dir", str(workshop_dir)]
    if lang is not None:
        args += ["--lang", lang]
    ok, _pid = QProcess.startDetached(sys.executable, args)
    return bool(ok)


def run_app(session_path, workshop_dir=None, lang=None, resume: bool | None = None,
            rehearsal: tuple[float, int | None] | None = None) -> int:
    """The GUI. resume: True replays today's journal, False starts fresh, None asks.
    rehearsal: (speed, start minutes or None) runs it as a rehearsal (see rehearse)."""
    from facilitator.ui.i18n import setup_language

    app = _application()
    lang = setup_language(app, lang)  # --lang > $FACILITATOR_LANG > saved setting > system
    after_paint.hold()  # what the first screen does not need waits for its paint
    try:
        return _open_day(app, lang, Path(session_path), workshop_dir, resume, rehearsal)
    finally:
        collector_back(set_aside=False)  # a day that never painted (a dialog, a refused folder)
        after_paint.release()  # never left held (an app closed before its first paint)


def _open_day(app, lang: str, session_path: Path, workshop_dir, resume, rehearsal) -> int:
    """run_app once the application and its language are there: load, lock, resume, show."""
    from facilitator.core.day.clock import SystemClock
    from facilitator.core.day.journal import Journal
    from facilitator.core.day.runner import Runner
    from facilitator.core.day.rehearsal import rehearsal_clock
    from facilitator.core.workshop import (
        default_workshop_dir, journal_path, open_journal, prepare_workshop_dir, record_agenda, rehearsal_dir)

    session = _load(session_path)
    if session is None:
        return 1
    try:
        folder = real = Path(workshop_dir) if workshop_dir else default_workshop_dir(session_path)
        if rehearsal is not None:  # its own journal, never the real day's
            folder = rehearsal_dir(folder)
        folder.mkdir(parents=True, exist_ok=True)
        lock = lock_workshop(folder)  # before anything in the folder is written
        if lock is None:  # another window holds the folder: it said so; open nothing
            return 1
        prepare_workshop_dir(session_path, folder)
        asked = []  # the day the resume question folded: the Runner goes on from it
        opened = open_journal(folder, [b.id for b in session.blocks], resume,
                              ask=lambda evs: _ask_about(session, evs, asked))
    except OSError as exc:  # read-only, full, or a file where the folder should be
        _cannot_use_folder(workshop_dir, exc)
        return 1
    events = opened.events
    clock = SystemClock() if rehearsal is None else rehearsal_clock(session, rehearsal[0], rehearsal[1])
    journal = Journal(journal_path(folder))
    runner = Runner(session, clock, journal, events, folded=asked[0] if asked and events else None)
    controller, presenter, wall, placer = build_first_screen(session, runner, clock, lang, folder=folder)
    parts = [presenter, *later_parts(session, folder, controller, presenter, wall)]
    if rehearsal is not None:
        presenter.set_rehearsal(rehearsal[0])
        placer.beside = real_day_open(real)  # the real day's wall is on the projector: not over it
    offer_rehearsal(presenter, session_path, workshop_dir, lang)
    # a deleted workshop folder comes back with its journal: record which session it runs too
    controller.journal_rewritten.connect(lambda: (prepare_workshop_dir(session_path, folder),
                                                  record_agenda(folder, [b.id for b in session.blocks]),
                                                  hold_again(lock)))
    _show_presenter(app, presenter, QSettings())
    show_journal_notes(presenter, opened, folder)
    placer.place()

    def ready():
        print(f"{READY_LINE} folder={folder} {where_the_day_is(runner.state())}"
              + (" rehearsal=1" if rehearsal is not None else ""), flush=True)
        after_first_paint(parts)

    QTimer.singleShot(0, ready)
    try:
        return app.exec()
    finally:
        controller.stop()
        journal.close()
        lock.unlock()

