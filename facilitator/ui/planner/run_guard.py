"""Before saving a plan whose blocks changed while the session runs today: say what happens
to today's run, and let the facilitator choose."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from facilitator.core.session.document import SessionDocument
from facilitator.core.session.plan_rules import run_conflicts



def today_message(window) -> str | None:
    """What saving does to today's run, or None when there is nothing to say."""
    today = window.today
    doc = window.doc
    if today is None or doc is None or doc.saved_text is None:
        return None
    old_ids = SessionDocument.from_text(doc.saved_text).block_ids()
    new_ids = doc.block_ids()
    if old_ids == new_ids:
        return None
    where = today.current_id or (today.locked[-1] if today.locked else "")
    if run_conflicts(today.locked, new_ids):
        return None  # refused at edit time; cannot happen here
    added = [b for b in new_ids if b not in old_ids]
    removed = [b for b in old_ids if b not in new_ids]
    lines = [QCoreApplication.translate("Planner", "This session is running today (in '{block}', folder {folder}).").format(
        block=where, folder=today.folder)]
    lines.append(QCoreApplication.translate("Planner", "The {n} blocks run so far stay as they are; the day goes on with the new plan after them.")
                 .format(n=len(today.locked)))
    if added:
        lines.append(QCoreApplication.translate("Planner", "New blocks: {ids}").format(ids=", ".join(added)))
    if removed:
        lines.append(QCoreApplication.translate("Planner", "Removed blocks: {ids}").format(ids=", ".join(removed)))
    lines.append(QCoreApplication.translate("Planner", "The presenter shows the new plan when it is opened again (it resumes where the day is)."))
    return "\n".join(lines)


def confirm_for_today(window) -> bool:
    message = today_message(window)
    if message is None:
        return True
    answer = QMessageBox.question(window, QCoreApplication.translate("Planner", "Today's run"), message + "\n\n" + QCoreApplication.translate("Planner", "Save the new plan?"))
    return answer == QMessageBox.StandardButton.Yes
