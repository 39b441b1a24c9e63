"""Contacts page: the directory of services safety plans tell residents to call. A contact is a service
of an organisation from the shared list; a change that published plans show is confirmed first."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QVBoxLayout, QWidget)

from outreach_app.core.changes import Change
from outreach_app.core.plans import contacts as directory
from outreach_app.ui import look
from outreach_app.ui.context import touches
from outreach_app.ui.event_form import error_label, show_message
from outreach_app.ui.feedback import FAILED, call_core, page_message, replaced_by_errors
from outreach_app.ui.i18n import fill
from outreach_app.ui.models import ROW_ROLE, RecordTableModel, row_table

FIELDS = ("service", "phone", "hours", "address", "web")


class ContactsTableModel(RecordTableModel):
    """Directory contacts (core.plans.contacts.Contact)."""

    COLUMNS = [(QT_TRANSLATE_NOOP("RecordTableModel", "Contact"), "label"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Phone"), "phone"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Emergency"), "emergency"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Areas served"), "areas")]

    def display(self, contact, attribute: str) -> str:
        if attribute == "emergency":
            return self.tr("Yes") if contact.emergency else ""
        if attribute == "areas":
            return "; ".join(contact.areas)
        return super().display(contact, attribute)


class PlanContactsScreen(QWidget):
    """Add and change the services safety plans list."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = ContactsTableModel(self)
        self.proxy, self.table = row_table(self.model, self, self.tr("Contacts directory"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # French headers are longer
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        title = QLabel(self.tr("Contacts for safety plans"))
        look.mark_title(title)
        hint = QLabel(self.tr("Each contact is a service of an organisation; plans show the contacts their steps "
                              "name and the services of their area."), wordWrap=True)
        self.organisation = self._line(self.tr("Organisation"), self.tr("found or added by name"))
        self.fields = {"service": self._line(self.tr("Service"), self.tr("e.g. Crisis line")),
                       "phone": self._line(self.tr("Phone"), self.tr("e.g. 519-555-0123")),
                       "hours": self._line(self.tr("Hours"), self.tr("e.g. 24/7")),
                       "address": self._line(self.tr("Address"), ""),
                       "web": self._line(self.tr("Web page"), "https://…")}
        self.areas = self._line(self.tr("Areas served, separated by ;"), self.tr("e.g. Leamington; N8H"))
        self.emergency = QCheckBox(self.tr("&Emergency service"))
        self.emergency.setAccessibleName(self.tr("Emergency service"))
        self.add_button = QPushButton(self.tr("&Add contact"))
        self.add_button.setAccessibleName(self.tr("Add the contact"))
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setAccessibleName(self.tr("Save changes to the selected contact"))
        self.error = error_label()
        box = QGroupBox(self.tr("Contact"))
        form = QFormLayout(box)
        labels = {"service": self.tr("Ser&vice"), "phone": self.tr("&Phone"), "hours": self.tr("Ho&urs"),
                  "address": self.tr("Add&ress"), "web": self.tr("&Web page")}
        for text, field in ((self.tr("&Organisation"), self.organisation), *((labels[k], self.fields[k]) for k in FIELDS),
                            (self.tr("Areas serve&d"), self.areas)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.emergency)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.save_button)
        row.addStretch()
        form.addRow("", row)
        form.addRow("", self.error)
        self.message = page_message(QLabel(wordWrap=True))
        replaced_by_errors(ctx, self.message)
        look.mark_message(self.message)
        self.message.setAccessibleName(self.tr("Message"))
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add_contact)
        self.save_button.clicked.connect(self.save_contact)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        ctx.sig_changed.connect(self._data_changed)
        self.refresh()

    def _line(self, accessible: str, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setAccessibleName(accessible)
        line.setPlaceholderText(placeholder)
        return line

    @Slot(object)
    def _data_changed(self, changes: Change) -> None:
        if touches(changes, Change.SAFETY_PLANS | Change.ORGANISATIONS):
            self.refresh()

    def refresh(self) -> None:
        keep = self.selected()
        found = call_core(self.ctx, directory.list_contacts, self.ctx.conn)
        self.model.set_rows([] if found is FAILED else found)
        if keep:
            row = self.model.row_of(keep.id)
            if row >= 0:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        self._selection_changed()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    @Slot()
    def _selection_changed(self, *_) -> None:
        contact = self.selected()
        look.explain_disabled(self.save_button, self.tr("Select a contact in the list first."))
        self.save_button.setEnabled(contact is not None)
        if contact is None:
            return
        self.organisation.setText(contact.organisation)
        for key in FIELDS:
            self.fields[key].setText(getattr(contact, key) or "")
        self.areas.setText("; ".join(contact.areas))
        self.emergency.setChecked(contact.emergency)
        show_message(self.error, "")

    def _values(self) -> dict:
        values = {k: self.fields[k].text() for k in FIELDS}
        values["areas"] = [a for a in self.areas.text().split(";") if a.strip()]
        values["emergency"] = self.emergency.isChecked()
        return values

    @Slot()
    def add_contact(self) -> None:
        show_message(self.error, "")
        ident = call_core(self.ctx, directory.add_contact, self.ctx.conn, self.organisation.text(), **self._values(),
                          show=lambda m: show_message(self.error, m))
        if ident is not FAILED:
            self.message.setText(self.tr("Contact added."))

    @Slot()
    def save_contact(self) -> None:
        contact = self.selected()
        if contact is None:
            return
        show_message(self.error, "")
        fields = {"organisation": self.organisation.text(), **self._values()}
        plans = call_core(self.ctx, directory.plans_affected_by_edit, self.ctx.conn, contact.id, **fields,
                          show=lambda m: show_message(self.error, m))  # a bad value is refused before asking
        if plans is FAILED:
            return
        if plans:
            answer = QMessageBox.question(self, self.tr("Outreach — change a contact in published plans"), fill(
                self.tr("“%1” is in these published plans: %2. The change will show in their next versions. Save it?"),
                contact.label, ", ".join(plans)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        if call_core(self.ctx, directory.edit_contact, self.ctx.conn, contact.id, confirmed=True, **fields,
                     show=lambda m: show_message(self.error, m)) is not FAILED:
            self.message.setText(self.tr("Contact saved."))
