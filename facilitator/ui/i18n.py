"""The UI language: which one, and installing its translations.

Source strings in the code are English and go through Qt's tr() /
QCoreApplication.translate(). Danish lives in resources/translations/facilitator_da.qm,
compiled from facilitator_da.ts by packaging/update_translations.py. Qt looks a string
up by (context, text): the class for self.tr(), the first argument of
QCoreApplication.translate(). lupdate only sees literal calls, so a helper that passes
its text in a variable hides the string from it.

Which language, first match wins:
    --lang da|en  >  $FACILITATOR_LANG  >  QSettings "ui/language"  >  the system locale  >  English

Call ``setup_language(app, args.lang)`` right after the QApplication exists and
before any window is built; it returns the language it installed.
"""
from __future__ import annotations

import os
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from facilitator.bundled import resource_path
from facilitator.ui import settings as settings_keys
from facilitator.ui.settings import app_settings

SUPPORTED = ("da", "en")
DEFAULT = "en"
ENV_VAR = "FACILITATOR_LANG"
SETTINGS_KEY = settings_keys.LANGUAGE  # the saved choice (facilitator.ui.settings holds every key)

_installed: list[QTranslator] = []


def normalize(code: object) -> str | None:
    """'da', 'da_DK', 'da-DK.UTF-8', 'Danish' -> 'da'; None for anything unsupported."""
    if not isinstance(code, str) or not code.strip():
        return None
    text = code.strip().lower()
    if text in ("danish", "dansk"):
        return "da"
    if text == "english":
        return "en"
    base = text.replace("-", "_").split("_")[0].split(".")[0]
    return base if base in SUPPORTED else None


def choose_language(flag: str | None = None, env: str | None = None, setting: object = None,
                    system: Iterable[str] = ()) -> str:
    """The first supported language of: flag, env, setting, then the system's UI languages."""
    for candidate in (flag, env, setting, *system):
        lang = normalize(candidate)
        if lang:
            return lang
    return DEFAULT


def system_languages() -> list[str]:
    return list(QLocale.system().uiLanguages()) or [QLocale.system().name()]


def requested_language(flag: str | None = None, settings: QSettings | None = None) -> str:
    """The language the user asked for, without installing anything."""
    settings = settings if settings is not None else app_settings()
    return choose_language(flag, os.environ.get(ENV_VAR), settings.value(SETTINGS_KEY),
                           system_languages())


def save_language_setting(lang: str | None, settings: QSettings | None = None) -> None:
    """Remember a language choice (None: follow the system again)."""
    settings = settings if settings is not None else app_settings()
    if lang is None:
        settings.remove(SETTINGS_KEY)
    else:
        settings.setValue(SETTINGS_KEY, normalize(lang) or DEFAULT)
    settings.sync()


def translation_files(lang: str) -> list[str]:
    """facilitator_<lang>.qm and any other *_<lang>.qm a part of the app ships."""
    folder = resource_path("translations")
    return [str(p) for p in sorted(folder.glob(f"*_{lang}.qm"))] if folder.is_dir() else []


def _load_app_translators(lang: str) -> list[QTranslator]:
    loaded = []
    for path in translation_files(lang):
        translator = QTranslator()
        if translator.load(path):
            loaded.append(translator)
    return loaded


def _load_qt_translator(lang: str) -> QTranslator | None:
    """Qt's own strings (file dialogs, message box buttons) in the same language."""
    translator = QTranslator()
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(QLocale(lang), "qtbase", "_", path) else None


def install_language(lang: str, app: QCoreApplication | None = None) -> str:
    """Install the translators for ``lang`` (replacing earlier ones); returns the language."""
    app = app or QCoreApplication.instance()
    lang = normalize(lang) or DEFAULT
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    if lang != "en":  # English is the source language: nothing to install
        for translator in (*_load_app_translators(lang), _load_qt_translator(lang)):
            if translator is not None and app is not None:
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Danish if lang == "da" else QLocale.Language.English))
    return lang


def setup_language(app: QCoreApplication, flag: str | None = None,
                   settings: QSettings | None = None) -> str:
    """Pick the language (flag > env > setting > system) and install it. Returns 'da' or 'en'."""
    return install_language(requested_language(flag, settings), app)
