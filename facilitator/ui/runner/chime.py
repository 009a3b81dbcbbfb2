"""Chime: a soft sound and a visual flash when a phase, an exercise or a break ends.

QtMultimedia is imported only when first needed and inside a try: on Linux it
needs libpulse, which fresh machines and CI may lack. Without it the app runs
on, flashes, and says once that sound is off.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal

from facilitator.bundled import resource_path

from facilitator.ui.runner.flash import FlashOverlay


class Chime(QObject):
    sound_off = Signal(str)  # said once, when sound cannot be played

    def __init__(self, wav_path=None, parent=None):
        super().__init__(parent)
        self.wav_path = wav_path or resource_path("sounds", "chime.wav")
        self.muted = False
        self._effect = None
        self._tried = False
        self.sound_available: bool | None = None  # None: not tried yet
        self._flashes: list[FlashOverlay] = []

    def add_flash_target(self, widget) -> None:
        self._flashes.append(FlashOverlay(widget))

    def stop_flashing(self) -> None:
        """No more flashes (a screenshot must not be framed by one); the sound is set_muted's."""
        self._flashes.clear()

    def set_muted(self, muted: bool) -> None:
        self.muted = bool(muted)

    def prepare(self) -> bool:
        """Load the sound once; returns whether it can be played."""
        if self._tried:
            return bool(self.sound_available)
        self._tried = True
        why = self._why_no_sound()
        if why:
            self.sound_available = False
            self.sound_off.emit(why)
            return False
        from PySide6.QtMultimedia import QSoundEffect  # noqa: PLC0415 - loaded above

        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(self.wav_path)))
        effect.setVolume(0.6)
        self._effect = effect
        self.sound_available = True
        return True

    def _why_no_sound(self) -> str:
        """'' when a chime can be heard, else the sentence that says why not."""
        try:
            from PySide6.QtMultimedia import QMediaDevices  # noqa: PLC0415 - may be missing
        except Exception as exc:  # ImportError, or a missing libpulse as OSError
            return self.tr("Sound is off: Qt Multimedia cannot be loaded ({why}). "
                           "Timers still flash.").format(why=type(exc).__name__)
        if not audio_outputs(QMediaDevices):
            # QSoundEffect would load and play into nothing without a word
            return self.tr("Sound is off: this computer has no audio output. Timers still flash.")
        return ""

    def ring(self, endings=()) -> None:
        """A timer ended: flash always, play unless muted or unavailable."""
        for f in self._flashes:
            f.flash()
        if not self.muted and self.prepare():
            self._effect.play()


def audio_outputs(devices) -> list:
    """The audio outputs Qt sees (a function, so a test can take them away)."""
    return list(devices.audioOutputs())
