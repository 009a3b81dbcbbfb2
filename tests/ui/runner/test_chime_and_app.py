"""The chime flashes and plays (or says once that sound is off); the app refuses a
broken session file with its FILE:LINE:COL lines; resume or start fresh."""
from __future__ import annotations

import time
import wave

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.bundled import resource_path
from facilitator.ui import app as app_module
from facilitator.ui.runner.chime import Chime
from facilitator.ui.runner.flash import FlashOverlay


def test_chime_file_is_a_short_wav():
    with wave.open(str(resource_path("sounds", "chime.wav"))) as w:
        seconds = w.getnframes() / w.getframerate()
    assert 0.5 < seconds < 3


def _flash_on(widget) -> bool:
    """The frame that blinks around a window when a timer ends, as the user sees it."""
    return any(child.isVisible() for child in widget.findChildren(FlashOverlay))


def test_without_sound_it_flashes_and_says_so_once(qtbot, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_multimedia(name, *args, **kwargs):
        if name.startswith("PySide6.QtMultimedia"):
            raise ImportError("libpulse.so.0: cannot open shared object file")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_multimedia)
    target = QWidget()
    qtbot.addWidget(target)
    target.resize(400, 300)
    target.show()
    chime = Chime()
    chime.add_flash_target(target)
    said = []
    chime.sound_off.connect(said.append)
    chime.ring(("exercise",))
    chime.ring(("break",))
    assert chime.sound_available is False
    assert len(said) == 1 and "Sound is off" in said[0]
    assert _flash_on(target)  # the flash shows at once, every time


def test_muted_chime_still_flashes(qtbot):
    target = QWidget()
    qtbot.addWidget(target)
    target.show()
    chime = Chime()
    chime.add_flash_target(target)
    chime.set_muted(True)
    chime.ring(("phase",))
    assert _flash_on(target)
    assert chime.sound_available is None  # muted: sound is not even loaded


def test_broken_session_shows_the_file_line_col_lines(qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\ntitle: x\nstart: \"09:00\"\nblocks: []\n", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert app_module.run_app(bad, tmp_path / "ws", "en", resume=False) == 1
    assert shown and shown[0].startswith(f"{bad}:4:")  # FILE:LINE:COL, not a traceback


def test_a_journal_for_other_blocks_is_named_in_the_facilitators_words(tmp_path):
    from facilitator.core.day.journal_notes import TORN, JournalNote
    from facilitator.core.workshop import JournalChoice, OpenedJournal

    opened = OpenedJournal(JournalChoice.OTHER_AGENDA, kept=tmp_path / "journal-2026-11-26.jsonl",
                           skipped=[JournalNote("journal.jsonl", 3, TORN, "Unterminated string")])
    notes = app_module.journal_notes(opened)
    assert notes[0] == "journal.jsonl:3: skipped a torn last line (Unterminated string)"
    assert "blocks have changed" in notes[1] and "journal-2026-11-26.jsonl" in notes[1]
    assert app_module.journal_notes(OpenedJournal(JournalChoice.SET_ASIDE)) == []


def test_unwritable_workshop_folder_is_a_dialog_not_a_traceback(qtbot, tmp_path, monkeypatch):
    """--workshop-dir where a file is in the way: a clear message and exit 1."""
    from facilitator.bundled import default_session_path

    (tmp_path / "afile").write_text("")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert app_module.run_app(default_session_path(), tmp_path / "afile" / "ws", "en", resume=False) == 1
    assert shown and "afile" in shown[0] and "--workshop-dir" in shown[0]


def test_a_journal_that_cannot_be_written_does_not_stop_the_day(qtbot, tmp_path, session, clock, settings):
    """Disk full or folder gone mid-day: the command still shows on both windows and the
    presenter's status bar says the journal is not being written."""
    from facilitator.core.day.journal import Journal
    from facilitator.core.day.runner import Runner

    (tmp_path / "afile").write_text("")
    runner = Runner(session, clock, Journal(tmp_path / "afile" / "journal.jsonl"))
    controller, presenter, wall, _placer, _chime = app_module.build_windows(
        session, runner, clock, "en", settings)
    qtbot.addWidget(presenter)
    qtbot.addWidget(wall)
    controller.start_day()
    controller.next_block()
    assert controller.state.current == 1
    assert "journal cannot be written" in presenter.statusBar().currentMessage()
    controller.stop()


def test_the_resume_question_says_where_the_day_is(danish):
    from facilitator.core.day.clock import FakeClock
    from facilitator.core.day.runner import Runner
    from runner_workshop import make_session

    session = make_session()
    clock = FakeClock(time.time() - 10 * 60)  # the day began ten minutes ago
    runner = Runner(session, clock)
    runner.start_day()
    assert app_module.where_text(session, runner.events) == "Velkommen og introduktion — 20:00 tilbage"
    assert app_module.where_text(session, []) == ""


@pytest.mark.parametrize("cause", ["no multimedia", "no audio device"])
def test_sound_off_is_shown_on_the_presenter_and_stays(qtbot, windows, monkeypatch, cause):
    """The README promises "says once that sound is off"; the message used to vanish at the first
    clicker press (and a machine without an audio device was never told at all)."""
    from PySide6.QtCore import Qt

    from facilitator.ui.runner import chime as chime_module

    if cause == "no audio device":
        class Devices:
            @staticmethod
            def audioOutputs():
                return []

        import sys
        import types
        fake = types.ModuleType("PySide6.QtMultimedia")
        fake.QMediaDevices = Devices
        monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", fake)
    else:
        monkeypatch.setitem(__import__("sys").modules, "PySide6.QtMultimedia", None)  # import fails
    controller, presenter, _wall, _placer = windows
    chime = next(c for c in controller.children() if isinstance(c, chime_module.Chime))
    presenter.show()
    qtbot.waitExposed(presenter)
    chime.prepare()  # as run_app does once the windows are up
    chime.ring(("phase",))
    label = presenter.sound_off_label
    assert label.isVisible() and label.text() == "Sound is off"
    assert ("no audio output" if cause == "no audio device" else "cannot be loaded") in label.toolTip()
    controller.start_day()
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)  # a press and other messages come and go
    presenter.statusBar().showMessage("Something else", 1000)
    assert label.isVisible()
    assert len([w for w in presenter.statusBar().findChildren(type(label)) if w.text() == "Sound is off"]) == 1
