"""SlideForm: the fields of one slide kind, to add a slide or edit one.

title: title, subtitle · bullets: title, bullets (one a line), source · figures: title, a table
of value / label / unit / source, source · ranking: title, lists written 'name (rank)' · platform:
the platform · comparison: title, platforms, measure · quote: text, author · exercise: the
exercise · journey: the journey template. Every kind has presenter notes.
"""
from __future__ import annotations

import math

import re

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QTableWidget, QTableWidgetItem, QVBoxLayout,
)
from PySide6.QtCore import Qt

FIGURE_FIELDS = ("value", "label", "unit", "source")
_RANK_ITEM = re.compile(r"^(.*?)\s*\((\d+)\)\s*$")


class SlideForm(QDialog):
    def __init__(self, kind: str, doc, values: dict | None = None, parent=None):
        super().__init__(parent)
        self.kind, self.doc = kind, doc
        values = values or {}
        self.setWindowTitle(self.tr("Slide: {kind}").format(kind=kind))
        self.form = QFormLayout()
        self.widgets: dict[str, object] = {}
        k = kind
        if k in ("title", "bullets", "figures", "ranking", "comparison"):
            self._line("title", self.tr("&Title:"), values)
        if k == "title":
            self._line("subtitle", self.tr("&Subtitle:"), values)
        if k == "bullets":
            self._lines("bullets", self.tr("&Bullets (one a line):"), values.get("bullets") or [])
        if k == "figures":
            self._figures(values.get("figures") or [])
        if k == "ranking":
            ranking = (values.get("rankings") or [{}])[0] or {}
            self._line("ranking_title", self.tr("&List title:"), {"ranking_title": ranking.get("title", "")})
            items = [f"{i.get('name', '')} ({i.get('rank', '')})" for i in ranking.get("items") or []
                     if isinstance(i, dict)]
            self._lines("ranking_items", self.tr("&Items, 'name (rank)' a line:"), items)
        if k == "platform":
            self._choice("platform", self.tr("&Platform:"), self._ids("platforms", "name"), values)
        if k == "comparison":
            self._checks("platforms", self.tr("&Platforms (none = all):"), self._ids("platforms", "name"),
                         values.get("platforms") or [])
            self._line("measure", self.tr("&Measure:"), values)
        if k == "quote":
            self._line("text", self.tr("&Quote:"), values)
            self._line("author", self.tr("&Author:"), values)
        if k == "exercise":
            self._choice("exercise", self.tr("&Exercise:"), self._exercises(), values)
        if k == "journey":
            self._choice("journey_template", self.tr("&Journey template:"),
                         self._ids("journey_templates", "title"), values)
        if k in ("pdf", "image"):  # a file of the facilitator's own, named relative to the session file
            self._line("file", self.tr("&File (relative to the session file):"), values)
        if k == "pdf":
            pages = values.get("pages")  # a list ([1, 4, 7], ["1-3", 9]) is shown "1, 4, 7"
            self._line("pages", self.tr("P&ages (e.g. 3-10; empty = all):"),
                       {"pages": ", ".join(map(str, pages)) if isinstance(pages, list) else pages})
        if k == "image":
            self._line("caption", self.tr("&Caption:"), values)
        if k in ("bullets", "figures", "ranking"):
            self._line("source", self.tr("S&ource:"), values)
        # a pdf entry's notes are per page, written 'page: note' a line
        self._lines("notes", self.tr("&Notes (never on the wall):"), [notes_text(values.get("notes"))], plain=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(buttons)
        self.resize(640, 420)

    # -- the widgets of a kind ---------------------------------------------------------------

    def _line(self, name, label, values) -> None:
        w = QLineEdit(str(values.get(name) or ""))
        w.setObjectName(name)
        self.widgets[name] = w
        self.form.addRow(label, w)

    def _lines(self, name, label, lines, plain=False) -> None:
        w = QPlainTextEdit("\n".join(str(x) for x in lines))
        w.setObjectName(name)
        w.setTabChangesFocus(True)
        w.setProperty("plain", plain)
        self.widgets[name] = w
        self.form.addRow(label, w)

    def _choice(self, name, label, options, values) -> None:
        w = QComboBox()
        w.setObjectName(name)
        for value, text in options:
            w.addItem(text, value)
        w.setCurrentIndex(max(0, w.findData(values.get(name))))
        self.widgets[name] = w
        self.form.addRow(label, w)

    def _checks(self, name, label, options, chosen) -> None:
        w = QListWidget()
        w.setObjectName(name)
        for value, text in options:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setCheckState(Qt.CheckState.Checked if value in chosen else Qt.CheckState.Unchecked)
            w.addItem(item)
        self.widgets[name] = w
        self.form.addRow(label, w)

    def _figures(self, figures) -> None:
        t = QTableWidget(max(len(figures), 3), 4)
        t.setObjectName("figures")
        t.setHorizontalHeaderLabels([self.tr("Value"), self.tr("Label"), self.tr("Unit"), self.tr("Source")])
        t.horizontalHeader().setStretchLastSection(True)
        t.setTabKeyNavigation(True)
        for r, fig in enumerate(figures):
            for c, key in enumerate(FIGURE_FIELDS):
                t.setItem(r, c, QTableWidgetItem("" if fig.get(key) is None else str(fig.get(key))))
        self.widgets["figures"] = t
        self.form.addRow(self.tr("&Figures:"), t)

    def _ids(self, part: str, label: str) -> list[tuple[str, str]]:
        items = self.doc.field(part) or []
        return [(i["id"], str(i.get(label) or i["id"])) for i in items if isinstance(i, dict) and i.get("id")]

    def _exercises(self) -> list[tuple[str, str]]:
        out = []
        for row in self.doc.rows():
            for ex in row.exercises:
                if ex.get("id"):
                    out.append((ex["id"], str(ex.get("title") or ex["id"])))
        return out

    # -- the values ---------------------------------------------------------------------------

    def values(self) -> dict:
        out: dict = {}
        for name, w in self.widgets.items():
            if isinstance(w, QLineEdit):
                out[name] = w.text().strip()
                if name == "pages" and "," in out[name]:
                    out[name] = [int(p) if p.isdigit() else p for p in (p.strip() for p in out[name].split(",")) if p]
            elif isinstance(w, QPlainTextEdit) and name == "notes":
                out[name] = notes_value(w.toPlainText(), per_page=self.kind == "pdf")
            elif isinstance(w, QPlainTextEdit):
                text = w.toPlainText()
                out[name] = text.strip() if w.property("plain") else [l.strip() for l in text.splitlines() if l.strip()]
            elif isinstance(w, QComboBox):
                out[name] = w.currentData()
            elif isinstance(w, QListWidget):
                out[name] = [w.item(i).data(Qt.ItemDataRole.UserRole) for i in range(w.count())
                             if w.item(i).checkState() == Qt.CheckState.Checked]
            elif isinstance(w, QTableWidget):
                out[name] = self._figure_rows(w)
        if "ranking_title" in out:
            items = []
            for line in out.pop("ranking_items"):
                m = _RANK_ITEM.match(line)
                items.append({"name": m.group(1), "rank": int(m.group(2))} if m else {"name": line, "rank": len(items) + 1})
            out["rankings"] = [{"title": out.pop("ranking_title") or self.tr("List"), "items": items}]
        return out

    @staticmethod
    def _figure_rows(t: QTableWidget) -> list[dict]:
        rows = []
        for r in range(t.rowCount()):
            cells = [(t.item(r, c).text().strip() if t.item(r, c) else "") for c in range(4)]
            if not any(cells):
                continue
            fig = {"value": _number(cells[0]), "label": cells[1]}
            if cells[2]:
                fig["unit"] = cells[2]
            if cells[3]:
                fig["source"] = cells[3]
            rows.append(fig)
        return rows


_PAGE_NOTE = re.compile(r"^\s*(\d+)\s*:\s?(.*)$")


def notes_text(notes) -> str:
    """A slide's notes as text; a pdf entry's notes per page as 'page: note' lines."""
    if isinstance(notes, dict):
        return "\n".join(f"{page}: {note}" for page, note in notes.items())
    return str(notes or "")


def notes_value(text: str, per_page: bool):
    """Notes as the file takes them: a pdf entry's 'page: note' lines as a mapping (a line
    without a page number goes on with the note above it). Text that names no page first is
    kept as typed, and check says how to write it."""
    text = text.strip()
    if not per_page or not text:
        return text
    notes: dict[int, str] = {}
    page = None
    for line in text.splitlines():
        m = _PAGE_NOTE.match(line)
        if m:
            page = int(m.group(1))
            notes[page] = m.group(2).strip()
        elif page is None:
            return text
        else:
            notes[page] = (notes[page] + "\n" + line.rstrip()).strip("\n")
    return notes


def as_text(value):
    """A value as the file's plain reading gives it (every scalar a string, no trailing line
    break of a '|' block), to tell a value the form gives back unchanged from an edit."""
    if isinstance(value, dict):
        return {str(k): as_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_text(v) for v in value]
    return value if value is None else str(value).rstrip()


def _number(text: str):
    try:
        value = float(text)
    except ValueError:
        return text  # kept as typed; check says what is wrong with it
    if not math.isfinite(value):  # 'inf', 'nan', '1e400': written as typed, and check says so
        return text
    return int(value) if value.is_integer() and "." not in text else value
