"""The "Language" menu: follow the system, Dansk or English; saved in QSettings.

The choice takes effect at the next start (windows are built in one language), and
the menu says so. Language names are written in their own language, as is usual.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from facilitator.ui import i18n

NATIVE_NAMES = {"da": "Dansk", "en": "English"}


class LanguageMenu(QMenu):
    chosen = Signal(object)  # 'da', 'en' or None (follow the system), once saved

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None):
        super().__init__(self.tr("&Language"), parent)
        self._settings = settings if settings is not None else i18n.app_settings()
        saved = i18n.normalize(self._settings.value(i18n.SETTINGS_KEY))
        group = QActionGroup(self)
        for code, name in [(None, self.tr("Follow the system")), *NATIVE_NAMES.items()]:
            action = QAction(name, self, checkable=True, checked=code == saved)
            action.triggered.connect(lambda _=False, c=code: self._choose(c))
            group.addAction(action)
            self.addAction(action)
        self.addSeparator()
        note = self.addAction(self.tr("The language changes the next time Facilitator starts."))
        note.setEnabled(False)

    def _choose(self, code: str | None) -> None:
        i18n.save_language_setting(code, self._settings)
        self.chosen.emit(code)
