"""Plans page: the catalogue of safety plans (add, rename, retire, reinstate). History is kept."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from outreach_app.core.changes import Change
from outreach_app.core.records import catalogue as records
from outreach_app.ui.context import touches
from outreach_app.ui.event_form import error_label, show_message
from outreach_app.ui.feedback import FAILED, call_core, page_message, replaced_by_errors
from outreach_app.core.records.plan_names import suggest_short_name
from outreach_app.ui.i18n import fill
from outreach_app.ui.models import PlansTableModel, row_table, select_record, selected_record
from outreach_app.ui import look


class PlansScreen(QWidget):
    """Every plan, in use or retired; a retired plan gets no button in event mode but keeps its counts."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = PlansTableModel(self)
        self.proxy, self.table = row_table(self.model, self, self.tr("Plan catalogue"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        title = QLabel(self.tr("Plan catalogue"))
        look.mark_title(title)
        hint = QLabel(self.tr("Each plan in use gets a button in event mode. Retired plans keep their history."))
        hint.setWordWrap(True)

        self.new_name = self._line(self.tr("New plan name"), self.tr("e.g. Glengarry"))
        self.new_area = self._line(self.tr("Area of the new plan"), self.tr("neighbourhood or town"))
        self.new_language = self._line(self.tr("Language of the new plan"), self.tr("en, fr, …"))
        self.add_button = QPushButton(self.tr("&Add plan"))
        self.add_button.setAccessibleName(self.tr("Add plan"))
        self.add_error = error_label()
        add_box = QGroupBox(self.tr("Add a plan"))
        add_form = QFormLayout(add_box)
        for text, field in ((self.tr("Na&me"), self.new_name), (self.tr("A&rea"), self.new_area),
                            (self.tr("&Language"), self.new_language)):
            label = QLabel(text)
            label.setBuddy(field)
            add_form.addRow(label, field)
        add_form.addRow("", self.add_error)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch()
        add_form.addRow("", add_row)

        self.rename_to = self._line(self.tr("New name for the selected plan"), self.tr("new name"))
        self.rename_button = QPushButton(self.tr("Re&name"))
        self.rename_button.setAccessibleName(self.tr("Rename the selected plan"))
        self.retire_button = QPushButton(self.tr("Re&tire"))
        self.retire_button.setAccessibleName(self.tr("Retire the selected plan"))
        self.short_name = self._line(self.tr("Short name of the selected plan on the event screen"),
                                     self.tr("optional"))
        self.short_name_button = QPushButton(self.tr("Save sh&ort name"))
        self.short_name_button.setAccessibleName(self.tr("Save the short name of the selected plan"))
        self.short_name_hint = QLabel()
        self.short_name_hint.setWordWrap(True)
        look.mark_message(self.short_name_hint, "muted")
        self.edit_error = error_label()
        edit_box = QGroupBox(self.tr("Selected plan"))
        edit_form = QFormLayout(edit_box)
        label = QLabel(self.tr("New na&me"))
        label.setBuddy(self.rename_to)
        edit_form.addRow(label, self.rename_to)
        row = QHBoxLayout()
        row.addWidget(self.rename_button)
        row.addWidget(self.retire_button)
        row.addStretch()
        edit_form.addRow("", row)
        label = QLabel(self.tr("Short name"))
        label.setBuddy(self.short_name)
        edit_form.addRow(label, self.short_name)
        edit_form.addRow("", self.short_name_hint)
        short_row = QHBoxLayout()
        short_row.addWidget(self.short_name_button)
        short_row.addStretch()
        edit_form.addRow("", short_row)
        edit_form.addRow("", self.edit_error)
        self.message = page_message(QLabel(wordWrap=True))  # a long plan name must not widen the page
        replaced_by_errors(ctx, self.message)
        look.mark_message(self.message)
        self.message.setAccessibleName(self.tr("Message"))

        from outreach_app.ui.municipalities_panel import MunicipalitiesPanel

        self.municipalities = MunicipalitiesPanel(ctx)
        side = QVBoxLayout()
        side.addWidget(add_box)
        side.addWidget(edit_box)
        side.addStretch(1)
        body = QHBoxLayout()  # three columns: stacked, the municipalities made the page taller than a laptop screen
        body.addWidget(self.table, 3)
        body.addLayout(side, 2)
        body.addWidget(self.municipalities, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)

        self.add_button.clicked.connect(self.add_plan)
        for line in (self.new_name, self.new_area, self.new_language):
            line.returnPressed.connect(self.add_plan)
        self.rename_button.clicked.connect(self.rename_selected)
        self.rename_to.returnPressed.connect(self.rename_selected)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.short_name_button.clicked.connect(self.save_short_name)
        self.short_name.returnPressed.connect(self.save_short_name)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        ctx.sig_changed.connect(self._data_changed)
        self.refresh()

    def _line(self, accessible: str, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setAccessibleName(accessible)
        line.setPlaceholderText(placeholder)
        return line

    @Slot(str)
    def _data_changed(self, changes: Change) -> None:
        if touches(changes, Change.CATALOGUE):
            self.refresh()

    def refresh(self) -> None:
        keep = self.selected_plan()
        plans = call_core(self.ctx, records.list_plans, self.ctx.conn, include_retired=True)
        self.model.set_rows([] if plans is FAILED else plans)
        if keep:
            self.select_plan(keep.id)
        self._selection_changed()

    def select_plan(self, ident: str) -> None:
        select_record(self.table, self.proxy, self.model, ident)

    def selected_plan(self):
        return selected_record(self.table)

    @Slot()
    def _selection_changed(self) -> None:
        plan = self.selected_plan()
        for widget in (self.rename_to, self.rename_button, self.retire_button, self.short_name,
                       self.short_name_button):
            look.explain_disabled(widget, self.tr("Select a plan in the list first."))
            widget.setEnabled(plan is not None)
        suggestion = suggest_short_name(plan.name) if plan is not None else None
        short = plan.short_name if plan is not None else None
        self.short_name.setText(short or suggestion or "")
        if short:
            hint = self.tr("Event-screen buttons show the short name; the full name stays in reports.")
        elif suggestion:
            hint = self.tr("The full name is long for an event-screen button; the short name suggested here is "
                           "saved only when you press Save short name.")
        else:
            hint = ""
        self.short_name_hint.setText(hint)
        self.short_name_hint.setVisible(bool(self.short_name_hint.text()))
        if plan is not None:
            self.rename_to.setText(plan.name)
            self.retire_button.setText(self.tr("Re&tire") if plan.active else self.tr("Rein&state"))
            self.retire_button.setAccessibleName(self.tr("Retire the selected plan") if plan.active
                                                 else self.tr("Reinstate the selected plan"))
        show_message(self.edit_error, "")

    @Slot()
    def add_plan(self) -> None:
        show_message(self.add_error, "")
        result = call_core(self.ctx, records.add_plan, self.ctx.conn, self.new_name.text(), self.new_area.text(),
                           self.new_language.text(), show=lambda m: show_message(self.add_error, m))
        if result is FAILED:
            return
        ident, created = result
        name = " ".join(self.new_name.text().split())
        self.message.setText(self.tr("Added plan “%s”.") % name if created
                             else self.tr("“%s” is already in the catalogue (now in use).") % name)
        suggestion = suggest_short_name(name)
        if created and suggestion:
            self.message.setText(fill(self.tr("Added plan “%1”. Its name is long for an event-screen button: "
                                              "a short name such as “%2” can be saved under Selected plan."),
                                      name, suggestion))
        for line in (self.new_name, self.new_area, self.new_language):
            line.clear()
        self.select_plan(ident)

    @Slot()
    def rename_selected(self) -> None:
        plan = self.selected_plan()
        if plan is None:
            return
        if call_core(self.ctx, records.rename_plan, self.ctx.conn, plan.id, self.rename_to.text(),
                     show=lambda m: show_message(self.edit_error, m)) is FAILED:
            return
        self.message.setText(self.tr("Renamed “%s” to “%s”; its history follows.") % (plan.name, self.rename_to.text().strip()))

    @Slot()
    def save_short_name(self) -> None:
        """Save (or clear, when empty) the selected plan's short name for the event screen."""
        plan = self.selected_plan()
        if plan is None:
            return
        if call_core(self.ctx, records.set_plan_short_name, self.ctx.conn, plan.id, self.short_name.text(),
                     show=lambda m: show_message(self.edit_error, m)) is FAILED:
            return
        text = " ".join(self.short_name.text().split())
        self.message.setText(fill(self.tr("Event-screen buttons now show “%1” for “%2”."), text, plan.name) if text
                             else self.tr("Event-screen buttons show the full name of “%s”.") % plan.name)
        self.select_plan(plan.id)

    @Slot()
    def toggle_retired(self) -> None:
        plan = self.selected_plan()
        if plan is None:
            return
        if call_core(self.ctx, records.set_plan_active, self.ctx.conn, plan.id, not plan.active,
                     show=lambda m: show_message(self.edit_error, m)) is FAILED:
            return
        self.message.setText(self.tr("Retired “%s”: no button in event mode, history kept.") % plan.name if plan.active
                             else self.tr("“%s” is in use again.") % plan.name)
