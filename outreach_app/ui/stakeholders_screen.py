"""Stakeholders page: the one list of organisations (name, sector, municipality, an optional professional
contact). Add a new one or change the one selected. The contact is the only personal data the product
keeps: it never appears in reports or default CSV files."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from outreach_app.core.changes import Change
from outreach_app.core.consultations import organisations
from outreach_app.ui import look
from outreach_app.ui.consultation_models import OrganisationsTableModel, sector_label, name_buttons
from outreach_app.ui.context import touches
from outreach_app.ui.event_form import error_label, show_message
from outreach_app.ui.feedback import FAILED, call_core, page_message, replaced_by_errors
from outreach_app.ui.i18n import fill
from outreach_app.ui.models import ROW_ROLE, row_table
from outreach_app.ui.municipality_picker import DECLINED, MunicipalityPicker


class StakeholdersScreen(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Stakeholders"))
        look.mark_title(title)
        hint = QLabel(self.tr("Organisations invited to consultations. A contact is a professional's and stays "
                              "out of every report."), wordWrap=True)
        self.model = OrganisationsTableModel(self)
        self.proxy, self.table = row_table(self.model, self, self.tr("Organisations"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.name = QLineEdit()
        self.sector = QComboBox()
        self.sector.setEditable(True)
        self.sector.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for sector in organisations.SECTORS:  # shown translated, stored in the one spelling every laptop shares
            self.sector.addItem(sector_label(sector), sector)
        self.sector.setCurrentText("")
        self.municipality = MunicipalityPicker(ctx, self.tr("Municipality"))
        self.municipality.reload("")
        self.contact_role, self.contact_name = QLineEdit(), QLineEdit()
        self.contact_email, self.contact_phone = QLineEdit(), QLineEdit()
        self.add_button = QPushButton(self.tr("&Add as new"))
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.error = error_label()
        self.message = page_message(QLabel(wordWrap=True))
        replaced_by_errors(ctx, self.message)
        look.mark_message(self.message)
        box = QGroupBox(self.tr("Organisation"))
        form = QFormLayout(box)
        for text, widget in ((self.tr("&Name"), self.name), (self.tr("S&ector"), self.sector),
                             (self.tr("&Municipality"), self.municipality), (self.tr("Contact &role"), self.contact_role),
                             (self.tr("Contact na&me"), self.contact_name),
                             (self.tr("Contact e&mail"), self.contact_email),
                             (self.tr("Contact &phone"), self.contact_phone)):
            form.addRow(text, widget)
            widget.setAccessibleName(text.replace("&", ""))
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.save_button)
        row.addStretch()
        form.addRow(row)
        form.addRow(self.error)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        side = QVBoxLayout()
        side.addWidget(box)
        side.addStretch(1)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        ctx.sig_changed.connect(lambda changes: touches(changes, Change.ORGANISATIONS) and self.refresh())
        name_buttons(self)
        self.refresh()

    def refresh(self) -> None:
        keep = self.selected()
        found = call_core(self.ctx, organisations.list_organisations, self.ctx.conn)
        self.model.set_rows([] if found is FAILED else found)
        if keep is not None:
            row = self.model.row_of(keep.id)
            if row >= 0:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        self._selection_changed()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    @Slot()
    def _selection_changed(self) -> None:
        current = self.selected()
        look.explain_disabled(self.save_button, self.tr("Select an organisation in the list first."))
        self.save_button.setEnabled(current is not None)
        if current is None:
            return
        found = call_core(self.ctx, organisations.get_organisation, self.ctx.conn, current.id)
        if found is FAILED:
            return
        self.name.setText(found.name)
        index = self.sector.findData(found.sector)
        self.sector.setCurrentText(self.sector.itemText(index) if index >= 0 else found.sector)
        self.municipality.setCurrentText(found.municipality or "")
        for field, value in ((self.contact_role, found.contact_role), (self.contact_name, found.contact_name),
                             (self.contact_email, found.contact_email), (self.contact_phone, found.contact_phone)):
            field.setText(value or "")

    def sector_text(self) -> str:
        """The sector to store: a known sector's shared spelling when the text is its translation."""
        index = self.sector.findText(self.sector.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return self.sector.itemData(index) if index >= 0 else self.sector.currentText()

    def _values(self) -> dict | None:
        municipality = self.municipality.confirmed_text()
        if municipality is DECLINED:
            return None
        return {"municipality": municipality or None, "contact_role": self.contact_role.text() or None,
                "contact_name": self.contact_name.text() or None, "contact_email": self.contact_email.text() or None,
                "contact_phone": self.contact_phone.text() or None}

    @Slot()
    def add(self) -> None:
        values = self._values()
        if values is None:
            return
        result = call_core(self.ctx, organisations.add_organisation, self.ctx.conn, self.name.text(),
                           self.sector_text(), values.pop("municipality"), **values,
                           show=lambda m: show_message(self.error, m))
        if result is FAILED:
            return
        show_message(self.error, "")
        self.message.setText(fill(self.tr("Added “%1”.") if result[1] else self.tr("“%1” was already listed."),
                                  self.name.text().strip()))

    @Slot()
    def save(self) -> None:
        current, values = self.selected(), self._values()
        if current is None or values is None:
            return
        if call_core(self.ctx, organisations.edit_organisation, self.ctx.conn, current.id, name=self.name.text(),
                     sector=self.sector_text(), **values, show=lambda m: show_message(self.error, m)) is FAILED:
            return
        show_message(self.error, "")
        self.message.setText(fill(self.tr("Saved “%1”."), self.name.text().strip()))
