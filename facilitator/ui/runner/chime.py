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

    def set_muted(self, muted: bool) -> None:
        self.muted = bool(muted)

    def prepare(self) -> bool:
        """Load the sound once; returns whether it can be played."""
        if self._tried:
            return bool(self.sound_available)
        self._tried = True
        try:
            from PySide6.QtMultimedia import QSoundEffect  # noqa: PLC0415 - may be missing
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(self.wav_path)))
            effect.setVolume(0.6)
            self._effect = effect
            self.sound_available = True
        except Exception as exc:  # ImportError, or a missing libpulse as OSError
            self.sound_available = False
            self.sound_off.emit(self.tr("Sound is off: Qt Multimedia cannot be loaded ({why}). "
                                        "Timers still flash.").format(why=type(exc).__name__))
        return self.sound_available

    def ring(self, endings=()) -> None:
        """A timer ended: flash always, play unless muted or unavailable."""
        for f in self._flashes:
            f.flash()
        if not self.muted and self.prepare():
            self._effect.play()
