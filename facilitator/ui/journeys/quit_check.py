"""Before the app quits, the groups' journeys are saved, or the facilitator decides where they
go: when the workshop folder refuses them (disk full, read-only, USB stick pulled), a dialog
names the folder and the reason and offers to save them to another folder, to quit without
saving (they are lost), or to stay in the app. Asked when the window whose closing ends the
app closes (the presenter, or the journey editor when it is the last window open)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from facilitator.core.journeys.store import journeys_dir


def closing_quits(window: QWidget) -> bool:
    """Closing `window` ends the app: no other window that keeps it running is on screen
    (the participant view does not; the journey editor and the planner do)."""
    app = QApplication.instance()
    if app is None or not app.quitOnLastWindowClosed():
        return False
    return not any(w is not window and w.isVisible() and w.windowType() == Qt.WindowType.Window
                   and w.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)
                   for w in QApplication.topLevelWidgets())


def may_quit(book, parent: QWidget) -> bool:
    """Save the journeys; when that fails, ask. True: the app may quit (everything is on disk,
    copied to the folder the facilitator chose, or let go); False: she stays in the app."""
    reason = book.flush()
    folder = journeys_dir(book.workshop_dir)
    while reason is not None and book.unsaved_journeys():
        answer = _ask(parent, folder, reason, [j.group for j in book.unsaved_journeys()])
        if answer == "stay":
            return False
        if answer == "quit":
            book.settle_unsaved()
            return True
        chosen = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("QuitCheck", "Save the journeys to another folder"), str(Path.home()))
        if not chosen:
            continue  # the chooser cancelled: back to the question
        try:
            book.save_copies(chosen)
        except OSError as e:
            folder, reason = Path(chosen), e.strerror or str(e)
            continue
        book.settle_unsaved()
    return True


def _ask(parent: QWidget, folder: Path, reason: str, groups: list[str]) -> str:
    """'save', 'quit' or 'stay': what the facilitator answers."""
    text = "\n\n".join([
        QCoreApplication.translate(
            "QuitCheck", "The groups' journeys could not be saved in {folder}:\n{reason}").format(
            folder=folder, reason=reason),
        QCoreApplication.translate("QuitCheck", "Not saved: {groups}.").format(groups=", ".join(groups)),
        QCoreApplication.translate("QuitCheck", "If you quit without saving, these changes are lost."),
    ])
    role = QMessageBox.ButtonRole
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("QuitCheck", "The journeys cannot be saved"),
                      text, QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton(QCoreApplication.translate("QuitCheck", "Save to another folder…"), role.AcceptRole)
    quit_ = box.addButton(QCoreApplication.translate("QuitCheck", "Quit without saving"), role.DestructiveRole)
    stay = box.addButton(QCoreApplication.translate("QuitCheck", "Cancel"), role.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "quit" if clicked is quit_ else "stay"
