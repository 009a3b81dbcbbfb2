"""Load the UI translations for a language from resources/translations.

Every ``*_<lang>.qm`` there is installed (the foundation's and each part's), plus
Qt's own for standard buttons when Qt ships it.
"""
from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QTranslator

from facilitator.bundled import resource_path


def install_translators(app, lang: str) -> list[QTranslator]:
    installed = []
    folder = resource_path("translations")
    files = sorted(folder.glob(f"*_{lang}.qm")) if folder.is_dir() else []
    for qm in files:
        t = QTranslator(app)
        if t.load(str(qm)):
            app.installTranslator(t)
            installed.append(t)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
