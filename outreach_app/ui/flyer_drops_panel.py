"""The log of where flyers were left: a small form and a table of drops (core.flyers.drops)."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from outreach_app.core.changes import Change
from outreach_app.core.flyers import drops
from outreach_app.core.records.tally import void
from outreach_app.ui import look
from outreach_app.ui.context import touches
from outreach_app.core.errors import OutreachError
from outreach_app.ui.date_field import DateField, confirm_far_date
from outreach_app.ui.feedback import FAILED, call_core, error_message, page_message
from outreach_app.ui.municipality_picker import DECLINED, MunicipalityPicker
from outreach_app.ui.personal_data_note import attach_personal_data_note, personal_data_decided, undecided_message


class FlyerDropsPanel(QGroupBox):
    """Record flyers left at a place (tag, place, count, date, municipality); list and void drops."""

    def __init__(self, ctx, tags: Callable[[], list[str]], parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Where flyers were left"))
        self.ctx = ctx
        self._tags = tags
        self._build()
        self.refresh()
        ctx.sig_changed.connect(self._on_data_changed)

    def _named(self, widget, name: str):
        widget.setAccessibleName(name)
        return widget

    def _build(self) -> None:
        form = QFormLayout()
        self.drop_tag = self._named(QComboBox(editable=True), self.tr("Drop source tag"))
        form.addRow(self.tr("Source tag"), self.drop_tag)
        self.drop_place = self._named(QLineEdit(placeholderText=self.tr("e.g. Leamington library")), self.tr("Drop place"))
        form.addRow(self.tr("Place"), self.drop_place)
        self.place_note = attach_personal_data_note(self.drop_place, form)
        self.drop_count = self._named(QSpinBox(minimum=1, maximum=100000, value=25), self.tr("Number of flyers"))
        form.addRow(self.tr("Flyers"), self.drop_count)
        self.drop_date = DateField("drop date", self.tr("Drop date"))
        self.drop_date.setDate(dt.date.today())
        form.addRow(self.tr("Date"), self.drop_date)
        self.drop_date.sig_refused.connect(self._show_error)
        self.drop_municipality = MunicipalityPicker(self.ctx, self.tr("Drop municipality"))
        form.addRow(self.tr("Municipality"), self.drop_municipality)
        self.drop_button = self._named(QPushButton(self.tr("Record drop")), self.tr("Record drop"))
        self.drop_button.clicked.connect(self._record_drop)
        self.drop_message = page_message(QLabel(wordWrap=True))
        self.drops_table = self._named(QTableWidget(0, 5), self.tr("Recorded flyer drops"))
        self.drops_table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Source"), self.tr("Place"),
                                                    self.tr("Flyers"), self.tr("Municipality")])
        self.drops_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.drops_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.drops_table.verticalHeader().setVisible(False)
        self.drops_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.drops_table.setMinimumHeight(140)
        self.void_button = self._named(QPushButton(self.tr("Void selected drop")), self.tr("Void selected drop"))
        self.void_button.clicked.connect(self._void_drop)
        self.purge_button = self._named(QPushButton(self.tr("Erase for good…")),
                                        self.tr("Erase the selected drop for good"))
        self.purge_button.clicked.connect(self._purge_drop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.drop_message, 1)
        buttons.addWidget(self.purge_button)
        buttons.addWidget(self.void_button)
        buttons.addWidget(self.drop_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.drops_table)

    # ---- flyer drops --------------------------------------------------------------------------
    def refresh_tag_choices(self) -> None:
        current = self.drop_tag.currentText()
        known = self._tags() + [d.source_tag for d in drops.list_drops(self.ctx.conn)]
        self.drop_tag.clear()
        self.drop_tag.addItems(list(dict.fromkeys(known)))
        self.drop_tag.setCurrentText(current or (known[0] if known else ""))

    def refresh(self) -> None:
        rows = drops.list_drops(self.ctx.conn)
        self.drops_table.setRowCount(len(rows))
        for r, drop in enumerate(rows):
            values = [drop.date, drop.source_tag, drop.place, self.locale().toString(drop.count), drop.municipality or ""]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, drop.id)
                if c == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.drops_table.setItem(r, c, item)
        self.drop_municipality.reload()
        self.refresh_tag_choices()

    @Slot()
    def _record_drop(self) -> None:
        try:
            date = self.drop_date.iso_date()
        except OutreachError as exc:
            self._show_error(error_message(exc))
            self.drop_date.setFocus()
            return
        self.drop_message.clear()  # an earlier refusal ("… is not a real calendar date") is not about this date
        if not confirm_far_date(self, date):
            self.drop_date.setFocus()
            return
        municipality = self.drop_municipality.confirmed_text()  # a new one only after "Add municipality …?"
        if municipality is DECLINED:
            return
        allow_personal = personal_data_decided(self)
        if allow_personal is None:  # the yellow note under the place waits for "Mask it" or "Keep"
            self._show_error(undecided_message())
            return
        if call_core(self.ctx, drops.record_drop, self.ctx.conn, self.drop_tag.currentText(), self.drop_place.text(),
                     self.drop_count.value(), date, municipality or None, allow_personal=allow_personal,
                     show=self._show_error) is FAILED:
            return
        look.mark_message(self.drop_message)
        self.drop_message.setText(self.tr("Recorded %Ln flyer(s) at %2.", "", self.drop_count.value())
                                  .replace("%2", self.drop_place.text().strip()))
        self.drop_place.clear()

    def _show_error(self, message: str) -> None:
        look.mark_message(self.drop_message, "error")
        self.drop_message.setText(message)

    @Slot()
    def _void_drop(self) -> None:
        row = self.drops_table.currentRow()
        if row < 0:
            self.drop_message.setText(self.tr("Select a drop in the table first."))
            return
        if call_core(self.ctx, void, self.ctx.conn, self.drops_table.item(row, 0).data(Qt.ItemDataRole.UserRole),
                     reason="voided in flyer screen") is FAILED:
            return
        self.drop_message.setText(self.tr("Drop voided."))

    @Slot()
    def _purge_drop(self) -> None:
        """Erase the selected drop (and its voids) for good, after asking (ui/purge_action.py)."""
        from outreach_app.ui.purge_action import confirm_and_purge

        row = self.drops_table.currentRow()
        if row < 0:
            self.drop_message.setText(self.tr("Select a drop in the table first."))
            return
        ident = self.drops_table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        confirm_and_purge(self, self.ctx, ident, self.drops_table.item(row, 2).text(), self.drop_message.setText)

    @Slot(object)
    def _on_data_changed(self, changes: Change) -> None:
        if touches(changes, Change.FLYER_DROPS | Change.CATALOGUE):
            self.refresh()
