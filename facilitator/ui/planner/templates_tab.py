"""The journey templates tab: title, persona, scenario, the phases, and the touchpoints with
their channel, owner and social-media idea (the worksheets print the idea in their "Social media"
row; the groups may add their own on the journey board)."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from facilitator.ui.planner.list_editor import ListEditor, fill_table, table, table_rows

TOUCHPOINT_FIELDS = ("title", "phase", "channel", "owner", "owner_name", "social")


class TemplatesTab(ListEditor):
    part = "journey_templates"
    label_field = "title"

    def list_label(self) -> str:
        return self.tr("&Journey templates:")

    def build_form(self, layout) -> None:
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.textEdited.connect(lambda t: self.change("title", t))
        self.persona = QLineEdit()
        self.persona.textEdited.connect(lambda t: self.change("persona", t))
        self.scenario = QLineEdit()
        self.scenario.textEdited.connect(lambda t: self.change("scenario", t))
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("P&ersona:"), self.persona)
        form.addRow(self.tr("&Scenario:"), self.scenario)
        layout.addLayout(form)
        phases_label = QLabel(self.tr("P&hases (id, title):"))
        self.phases = table([self.tr("Id"), self.tr("Title")])
        phases_label.setBuddy(self.phases)
        self.phases.itemChanged.connect(lambda _: self._phases_changed())
        layout.addWidget(phases_label)
        layout.addWidget(self.phases, 1)
        tp_label = QLabel(self.tr("T&ouchpoints (title, phase id, channel, owner us/partner/customer, owner's name, "
                                  "social-media idea):"))
        self.touchpoints = table([self.tr("Touchpoint"), self.tr("Phase"), self.tr("Channel"), self.tr("Owner"),
                                  self.tr("Owner's name"), self.tr("Social media idea")])
        self.touchpoints.setColumnWidth(0, 260)  # the title is the longest text; the idea takes the rest
        tp_label.setBuddy(self.touchpoints)
        self.touchpoints.itemChanged.connect(self._touchpoint_cell_changed)
        layout.addWidget(tp_label)
        layout.addWidget(self.touchpoints, 2)

    def fill(self, data: dict) -> None:
        for w, name in ((self.title, "title"), (self.persona, "persona"), (self.scenario, "scenario")):
            if not w.hasFocus():
                w.setText(str(data.get(name) or ""))
        phases = [p for p in data.get("phases") or [] if isinstance(p, dict)]
        fill_table(self.phases, [[p.get("id"), p.get("title")] for p in phases])
        tps = [t for t in data.get("touchpoints") or [] if isinstance(t, dict)]
        fill_table(self.touchpoints, [[t.get(k) for k in TOUCHPOINT_FIELDS] for t in tps])

    def _phases_changed(self) -> None:
        self.change("phases", [{"id": c[0], "title": c[1]} for c in table_rows(self.phases)], merge=False)

    def _touchpoint_cell_changed(self, item) -> None:
        """A cell of a touchpoint in the file changes that one field (the rest of the file stays byte
        for byte); a new row, or a row emptied, writes the list anew."""
        item_id, row = self.item_id(), item.row()
        if self._filling or item_id is None:
            return
        listed = (self.current() or {}).get("touchpoints")
        listed = listed if isinstance(listed, list) else []
        cells = [self.touchpoints.item(row, c) for c in range(self.touchpoints.columnCount())]
        in_file = row < len(listed) and all(isinstance(t, dict) for t in listed)
        if not in_file or not any(c and c.text().strip() for c in cells):
            self._touchpoints_changed()
            return
        name, value = TOUCHPOINT_FIELDS[item.column()], item.text().strip()
        self.window.edit(self.tr("Change {field}").format(field=name),
                         lambda d: d.set_touchpoint_field(item_id, row, name, value),
                         merge=(self.part, item_id, "touchpoints", row, name))

    def _touchpoints_changed(self) -> None:
        tps = [{k: v for k, v in zip(TOUCHPOINT_FIELDS, cells) if v} for cells in table_rows(self.touchpoints)]
        self.change("touchpoints", tps, merge=False)

    def create(self, doc, title: str) -> str:
        return doc.add_template(title)

    def set_field(self, doc, item_id, name, value) -> None:
        doc.set_template_field(item_id, name, value)

    def remove_item(self, doc, item_id) -> None:
        doc.remove_template(item_id)
