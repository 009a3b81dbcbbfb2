"""The slides tab: each block's slides as thumbnails drawn by the wall's own renderers, a form
per kind to add or edit one, reorder, move to another block, notes, and a preview at wall size."""
from __future__ import annotations

import os
from functools import partial

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QInputDialog, QLabel, QListView, QListWidget, QListWidgetItem, QMenu, QPlainTextEdit,
    QSplitter, QToolButton, QVBoxLayout, QWidget,
)

from facilitator.core.session.model import MEDIA_KINDS, SLIDE_KINDS

from facilitator.ui.planner.button_actions import button_action
from facilitator.ui.planner.slide_form import SlideForm, as_text, notes_text, notes_value

THUMB = QSize(192, 108)
RENDER = QSize(960, 540)  # the wall's proportions; drawn at half of a 1080p wall, then scaled


class SlidesTab(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        self._thumbs: dict[tuple, QIcon] = {}
        self._waiting: dict[str, tuple] = {}  # slide id -> the background render its thumbnail waits for
        self._renderer = None
        self._wall_preview = None
        self._filling = False
        self._stale = True
        self.blocks = QListWidget()
        self.blocks.currentRowChanged.connect(lambda _: self._show_slides())
        blocks_label = QLabel(self.tr("&Blocks:"))
        blocks_label.setBuddy(self.blocks)
        self.slides = QListWidget()
        self.slides.setViewMode(QListView.ViewMode.IconMode)
        self.slides.setIconSize(THUMB)
        self.slides.setMovement(QListView.Movement.Static)
        self.slides.setResizeMode(QListView.ResizeMode.Adjust)
        self.slides.setSpacing(6)
        self.slides.setWordWrap(True)
        self.slides.currentRowChanged.connect(lambda _: self._show_slide())
        self.slides.itemActivated.connect(lambda _: self.edit_slide())
        slides_label = QLabel(self.tr("Sli&des of the block (Enter edits):"))
        slides_label.setBuddy(self.slides)
        self.buttons = QHBoxLayout()
        self._make_actions()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.textChanged.connect(self._notes_changed)
        notes_label = QLabel(self.tr("&Notes for the presenter:"))
        notes_label.setBuddy(self.notes)
        from facilitator.ui.slides.view import SlideView

        self.preview = SlideView("wall")
        self.preview.setMinimumSize(384, 216)
        self.message = QLabel()
        self.message.setWordWrap(True)

        left = QWidget()
        l = QVBoxLayout(left)
        l.addWidget(blocks_label)
        l.addWidget(self.blocks)
        middle = QWidget()
        m = QVBoxLayout(middle)
        m.addWidget(slides_label)
        m.addWidget(self.slides, 1)
        m.addLayout(self.buttons)
        m.addWidget(self.message)
        right = QWidget()
        r = QVBoxLayout(right)
        r.addWidget(self.preview, 3)
        r.addWidget(notes_label)
        r.addWidget(self.notes, 1)
        split = QSplitter()
        for w in (left, middle, right):
            split.addWidget(w)
        split.setSizes([220, 520, 520])
        lay = QVBoxLayout(self)
        lay.addWidget(split)
        window.changed.connect(self.refresh)
        from facilitator.ui.slides.picture_decode import renders

        renders().rendered.connect(self._picture_rendered)

    def _make_actions(self) -> None:
        self.add_menu = QMenu(self)
        self.add_actions = {}
        for kind in SLIDE_KINDS:
            a = self.add_menu.addAction(kind, lambda _=False, k=kind: self.add_slide(k))
            self.add_actions[kind] = a
        add = QToolButton()
        add.setText(self.tr("&Add slide"))
        add.setMenu(self.add_menu)
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button = add
        self.buttons.addWidget(add)

        action = partial(button_action, self, self, self.buttons)

        action("act_add_slide", self.tr("Add…"), lambda: self.add_menu.exec(self.add_button.mapToGlobal(
            self.add_button.rect().bottomLeft())), ["Ctrl+Shift+N", "Ins"])
        action("act_edit_slide", self.tr("Edit…"), self.edit_slide, ["F2"])
        action("act_slide_up", self.tr("Earlier"), lambda: self.move(-1), ["Ctrl+Left", "Alt+Left"])
        action("act_slide_down", self.tr("Later"), lambda: self.move(1), ["Ctrl+Right", "Alt+Right"])
        action("act_slide_to_block", self.tr("To block…"), self.move_to_block, ["Ctrl+M"])
        action("act_remove_slide", self.tr("Remove"), self.remove, ["Del"])
        action("act_wall_preview", self.tr("Wall size"), self.show_wall_preview, ["F6"])
        self.buttons.addStretch(1)

    # -- what is selected --------------------------------------------------------------------------

    def block_id(self) -> str | None:
        item = self.blocks.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def slide_ids(self) -> list[str]:
        block = self.block_id()
        doc = self.window.doc
        if block is None or doc is None:
            return []
        return doc.rows()[doc.block_index(block)].slides

    def slide_id(self) -> str | None:
        ids = self.slide_ids()
        row = self.slides.currentRow()
        return ids[row] if 0 <= row < len(ids) else None

    # -- showing ------------------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        doc = self.window.doc
        if doc is None:
            return
        self._stale = not self.isVisible()  # thumbnails are drawn when the tab is looked at
        if self._stale:
            return
        current = self.block_id()
        self.blocks.blockSignals(True)
        self.blocks.clear()
        for row in doc.rows():
            item = QListWidgetItem(f"{row.title}  ({len(row.slides)})")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.blocks.addItem(item)
            if row.id == current:
                self.blocks.setCurrentItem(item)
        if self.blocks.currentRow() < 0 and self.blocks.count():
            self.blocks.setCurrentRow(0)
        self.blocks.blockSignals(False)
        self._show_slides()

    def _show_slides(self) -> None:
        doc = self.window.doc
        session = doc.session() if doc else None
        row = self.slides.currentRow()
        self.slides.blockSignals(True)
        self.slides.clear()
        ids = self.slide_ids()
        if session is None and ids:
            self.message.setText(self.tr("The plan has problems (see the agenda); slides are drawn again once "
                                         "check passes."))
        else:
            self.message.setText("")
        for slide_id in ids:
            item = QListWidgetItem(slide_id)
            item.setSizeHint(THUMB + QSize(12, 40))
            if session is not None:
                icon = self._thumbnail(session, slide_id)
                if icon is not None:
                    item.setIcon(icon)
            self.slides.addItem(item)
        if ids:
            self.slides.setCurrentRow(min(max(row, 0), len(ids) - 1))
        self.slides.blockSignals(False)
        self._show_slide()

    def _thumbnail(self, session, slide_id: str) -> QIcon | None:
        slide = _shown_slide(session, slide_id)
        if slide is None:
            return None
        # Some kinds draw what other parts of the file say (a platform's figures, an exercise).
        elsewhere = hash(self.window.doc.text) if slide.kind in ("platform", "comparison", "exercise", "journey") else 0
        if slide.kind in MEDIA_KINDS:  # the file written over since: a new thumbnail
            elsewhere = _file_version(slide.file)
        key = (slide_id, repr(slide), elsewhere)
        icon = self._thumbs.get(key)
        if icon is None:
            from facilitator.ui.slides.view import SlideView

            if self._renderer is None:
                self._renderer = SlideView("wall")
                self._renderer.resize(RENDER)
            self._renderer.clear_cache()
            self._renderer.set_slide(slide, session)
            pixmap = self._renderer.grab().scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.SmoothTransformation)
            icon = QIcon(pixmap)
            page = self._renderer.current_page()
            if hasattr(page, "is_ready") and not page.is_ready():
                # a large photo or PDF page is decoded off the GUI thread: the icon is its empty
                # box until then, drawn again when it is in (_picture_rendered)
                self._waiting[slide_id] = page.picture_box.key()
                return icon
            self._waiting.pop(slide_id, None)
            self._thumbs[key] = icon
        return icon

    def _picture_rendered(self, key) -> None:
        """A picture rendered in the background is in: the thumbnails that waited for it again."""
        doc = self.window.doc
        session = doc.session() if doc and key in self._waiting.values() else None
        if session is None:
            return
        for row, slide_id in enumerate(self.slide_ids()):
            item = self.slides.item(row)
            if self._waiting.get(slide_id) == key and item is not None and item.text() == slide_id:
                icon = self._thumbnail(session, slide_id)
                if icon is not None:
                    item.setIcon(icon)

    def _show_slide(self) -> None:
        doc = self.window.doc
        slide_id = self.slide_id()
        session = doc.session() if doc else None
        self._filling = True
        data = doc.slide(slide_id) if (doc and slide_id) else {}
        notes = notes_text(data.get("notes") or "")
        self.notes.setPlaceholderText(self.tr("A note per page, a line each: '3: Ask the room'")
                                      if data.get("kind") == "pdf" else "")
        if not self.notes.hasFocus() and self.notes.toPlainText() != notes:
            self.notes.setPlainText(notes)
        self.notes.setEnabled(slide_id is not None)
        self._filling = False
        slide = None
        if session is not None and slide_id:
            slide = _shown_slide(session, slide_id)
        self.preview.clear_cache()
        self.preview.set_slide(slide, session)
        if self._wall_preview is not None and self._wall_preview.isVisible():
            self._wall_preview.clear_cache()
            self._wall_preview.set_slide(slide, session)

    # -- editing ------------------------------------------------------------------------------------

    def add_slide(self, kind: str, values: dict | None = None) -> str | None:
        block = self.block_id()
        if block is None:
            return None
        if values is None:
            form = SlideForm(kind, self.window.doc, parent=self)
            if not form.exec():
                return None
            values = form.values()
        index = self.slides.currentRow() + 1 if self.slides.currentRow() >= 0 else None
        new = self.window.edit(self.tr("Add a {kind} slide").format(kind=kind),
                               lambda d: d.add_slide(block, kind, index, **values))
        if new:
            ids = self.slide_ids()
            if new in ids:
                self.slides.setCurrentRow(ids.index(new))
        return new

    def edit_slide(self) -> None:
        slide_id = self.slide_id()
        if slide_id is None:
            return
        data = self.window.doc.slide(slide_id)
        form = SlideForm(str(data.get("kind")), self.window.doc, data, parent=self)
        if not form.exec():
            return
        values = form.values()

        def change(d):
            for name, value in values.items():
                if as_text(value) != as_text(data.get(name) or ("" if not isinstance(value, list) else [])):
                    d.set_slide_field(slide_id, name, value)
        self.window.edit(self.tr("Edit slide {slide}").format(slide=slide_id), change)

    def move(self, step: int) -> None:
        row, block = self.slides.currentRow(), self.block_id()
        if block and 0 <= row + step < self.slides.count():
            self.window.edit(self.tr("Move a slide"), lambda d: d.move_slide(block, row, row + step))
            self.slides.setCurrentRow(row + step)

    def move_to_block(self) -> None:
        row, block = self.slides.currentRow(), self.block_id()
        if block is None or row < 0:
            return
        rows = [r for r in self.window.doc.rows() if r.id != block]
        names = [r.title or r.id for r in rows]
        name, ok = QInputDialog.getItem(self, self.tr("Move the slide"), self.tr("To block:"), names, 0, False)
        if ok and name in names:
            target = rows[names.index(name)].id
            self.window.edit(self.tr("Move a slide to {block}").format(block=name),
                             lambda d: d.move_slide_to_block(block, row, target))

    def remove(self) -> None:
        row, block = self.slides.currentRow(), self.block_id()
        if block and row >= 0:
            self.window.edit(self.tr("Remove a slide"), lambda d: d.remove_slide(block, row))

    def _notes_changed(self) -> None:
        slide_id = self.slide_id()
        if self._filling or slide_id is None:
            return
        # a pdf entry's notes are per page: 'page: note' lines become the file's mapping
        text = notes_value(self.notes.toPlainText(), per_page=self.window.doc.slide(slide_id).get("kind") == "pdf")
        self.window.edit(self.tr("Change the slide's notes"), lambda d: d.set_slide_field(slide_id, "notes", text),
                         merge=(slide_id, "notes"))

    def show_wall_preview(self) -> None:
        """The selected slide in a window of the wall's size (the second screen's, else 1920×1080)."""
        from PySide6.QtGui import QGuiApplication

        from facilitator.ui.slides.view import SlideView

        if self._wall_preview is None:
            self._wall_preview = SlideView("wall")
            self._wall_preview.setWindowTitle(self.tr("Slide at wall size"))
            close = QAction(self._wall_preview)
            close.setShortcuts([QKeySequence("Esc"), QKeySequence("F6")])
            close.triggered.connect(self._wall_preview.close)
            self._wall_preview.addAction(close)
        screens = QGuiApplication.screens()
        size = screens[1].size() if len(screens) > 1 else QSize(1920, 1080)
        self._wall_preview.resize(size)
        self._wall_preview.show()
        self._show_slide()


def _shown_slide(session, slide_id: str):
    """The slide the wall shows for `slide_id`: a pdf entry is not a slide of the loaded session
    but one per page ('deck/3'), so the entry shows its first page; None for an unknown id."""
    try:
        return session.slide(slide_id)
    except StopIteration:
        return next((s for s in session.slides if s.id.startswith(slide_id + "/")), None)


def _file_version(path: str):
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns
