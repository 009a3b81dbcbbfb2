"""What the app remembers between runs on this laptop (QSettings): the store and every key,
in one place. The keys are on the user's disk: renaming one forgets that setting."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings

LANGUAGE = "ui/language"  # "da" | "en"; absent: follow $FACILITATOR_LANG or the system
WALL_SCREEN = "wall/screen"  # name of the screen the wall was swapped to (used when present)
PRESENTER_GEOMETRY = "presenter/geometry"  # the presenter window where it was left


def app_settings() -> QSettings:
    """The app's QSettings; named explicitly when the app has not set its names (tests, CLI)."""
    if QCoreApplication.organizationName() or QCoreApplication.applicationName():
        return QSettings()
    return QSettings("Facilitator", "Facilitator")
