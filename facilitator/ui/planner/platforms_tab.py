"""The platforms tab: each platform's name, address, about-lines and its figures with sources."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit

from facilitator.ui.planner.list_editor import ListEditor, fill_table, table, table_rows
from facilitator.ui.planner.slide_form import _number

FIGURE_FIELDS = ("value", "label", "unit", "source", "measure", "when")


class PlatformsTab(ListEditor):
    part = "platforms"
    label_field = "name"

    def list_label(self) -> str:
        return self.tr("&Platforms:")

    def build_form(self, layout) -> None:
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.textEdited.connect(lambda t: self.change("name", t))
        self.url = QLineEdit()
        self.url.textEdited.connect(lambda t: self.change("url", t))
        self.source = QLineEdit()
        self.source.textEdited.connect(lambda t: self.change("source", t))
        self.about = QPlainTextEdit()
        self.about.setTabChangesFocus(True)
        self.about.setMaximumHeight(100)
        self.about.textChanged.connect(
            lambda: self.change("about", [l.strip() for l in self.about.toPlainText().splitlines() if l.strip()]))
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Web address:"), self.url)
        form.addRow(self.tr("&About (one point a line):"), self.about)
        form.addRow(self.tr("Source of the a&bout text:"), self.source)
        layout.addLayout(form)
        label = QLabel(self.tr("&Figures (value, label, unit, source, measure, when):"))
        self.figures = table([self.tr("Value"), self.tr("Label"), self.tr("Unit"), self.tr("Source"),
                              self.tr("Measure"), self.tr("When")])
        label.setBuddy(self.figures)
        self.figures.itemChanged.connect(lambda _: self._figures_changed())
        layout.addWidget(label)
        layout.addWidget(self.figures, 1)

    def fill(self, data: dict) -> None:
        for w, name in ((self.name, "name"), (self.url, "url"), (self.source, "source")):
            if not w.hasFocus():
                w.setText(str(data.get(name) or ""))
        about = "\n".join(str(a) for a in data.get("about") or [])
        if not self.about.hasFocus() and self.about.toPlainText() != about:
            self.about.setPlainText(about)
        figures = [f for f in data.get("figures") or [] if isinstance(f, dict)]
        fill_table(self.figures, [[f.get(k) for k in FIGURE_FIELDS] for f in figures])

    def _figures_changed(self) -> None:
        figures = []
        for cells in table_rows(self.figures):
            fig = {"value": _number(cells[0]), "label": cells[1]}
            fig.update({k: v for k, v in zip(FIGURE_FIELDS[2:], cells[2:]) if v})
            figures.append(fig)
        self.change("figures", figures, merge=False)

    def create(self, doc, title: str) -> str:
        return doc.add_platform(title)

    def set_field(self, doc, item_id, name, value) -> None:
        doc.set_platform_field(item_id, name, value)

    def remove_item(self, doc, item_id) -> None:
        doc.remove_platform(item_id)
