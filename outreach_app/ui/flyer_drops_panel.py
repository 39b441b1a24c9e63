"""The log of where flyers were left: a small form and a table of drops (core.flyers.drops)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from outreach_app.core.errors import OutreachError
from outreach_app.core.flyers import drops
from outreach_app.core.records import list_municipalities
from outreach_app.core.tally import void
from outreach_app.ui import look
from outreach_app.ui.feedback import error_message, page_message


class FlyerDropsPanel(QGroupBox):
    """Record flyers left at a place (tag, place, count, date, municipality); list and void drops."""

    def __init__(self, ctx, tags: Callable[[], list[str]], parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Where flyers were left"))
        self.ctx = ctx
        self._tags = tags
        self._build()
        self.refresh()
        ctx.sig_data_changed.connect(self._on_data_changed)

    def _named(self, widget, name: str):
        widget.setAccessibleName(name)
        return widget

    def _build(self) -> None:
        form = QFormLayout()
        self.drop_tag = self._named(QComboBox(editable=True), self.tr("Drop source tag"))
        form.addRow(self.tr("Source tag"), self.drop_tag)
        self.drop_place = self._named(QLineEdit(placeholderText=self.tr("e.g. Leamington library")), self.tr("Drop place"))
        form.addRow(self.tr("Place"), self.drop_place)
        self.drop_count = self._named(QSpinBox(minimum=1, maximum=100000, value=25), self.tr("Number of flyers"))
        form.addRow(self.tr("Flyers"), self.drop_count)
        self.drop_date = self._named(QDateEdit(QDate.currentDate(), calendarPopup=True, displayFormat="yyyy-MM-dd"),
                                     self.tr("Drop date"))
        form.addRow(self.tr("Date"), self.drop_date)
        self.drop_municipality = self._named(QComboBox(editable=True), self.tr("Drop municipality"))
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.drop_message, 1)
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
        municipality = self.drop_municipality.currentText()
        self.drop_municipality.clear()
        self.drop_municipality.addItems([""] + list_municipalities(self.ctx.conn))
        self.drop_municipality.setCurrentText(municipality)
        self.refresh_tag_choices()

    @Slot()
    def _record_drop(self) -> None:
        try:
            drops.record_drop(self.ctx.conn, self.drop_tag.currentText(), self.drop_place.text(), self.drop_count.value(),
                              self.drop_date.date().toString("yyyy-MM-dd"), self.drop_municipality.currentText() or None)
        except OutreachError as exc:
            look.mark_message(self.drop_message, "error")
            self.drop_message.setText(error_message(exc))
            return
        look.mark_message(self.drop_message)
        self.drop_message.setText(self.tr("Recorded %Ln flyer(s) at %2.", "", self.drop_count.value())
                                  .replace("%2", self.drop_place.text().strip()))
        self.drop_place.clear()
        self.ctx.notify_changed("flyer_drops")

    @Slot()
    def _void_drop(self) -> None:
        row = self.drops_table.currentRow()
        if row < 0:
            self.drop_message.setText(self.tr("Select a drop in the table first."))
            return
        void(self.ctx.conn, self.drops_table.item(row, 0).data(Qt.ItemDataRole.UserRole), reason="voided in flyer screen")
        self.drop_message.setText(self.tr("Drop voided."))
        self.ctx.notify_changed("flyer_drops")

    @Slot(str)
    def _on_data_changed(self, what: str) -> None:
        self.refresh()
