"""A planner action with its keys and a button in a row: the tabs' toolbars are built from these."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QToolButton, QWidget


def button_action(owner: QWidget, keys_on: QWidget, row: QBoxLayout, name: str, text: str, slot,
                  keys: list[str]) -> QAction:
    """An action named `name` on `owner` (its keys work while `keys_on` or a child has focus),
    shown as a button at the end of `row`."""
    action = QAction(text, owner)
    action.setObjectName(name)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    keys_on.addAction(action)
    button = QToolButton()
    button.setDefaultAction(action)
    row.addWidget(button)
    setattr(owner, name, action)
    return action
