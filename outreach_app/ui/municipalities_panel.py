"""The municipality catalogue on the Plans page: retire one that no record uses (a corrected typo),
bring one back, undo. Retired municipalities leave every picker; their history stays."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from outreach_app.core.changes import Change
from outreach_app.ui.context import touches
from outreach_app.core.records import catalogue as records
from outreach_app.ui import look
from outreach_app.ui.event_form import error_label, show_message
from outreach_app.ui.feedback import FAILED, call_core
from outreach_app.ui.i18n import fill
from outreach_app.ui.models import ROW_ROLE, MunicipalitiesTableModel, row_table


class MunicipalitiesPanel(QGroupBox):
    """Every municipality with the number of events held there; Retire / Bring back, and Undo."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(self.tr("Municipalities"), parent)
        self.ctx = ctx
        self._last: tuple[str, bool] | None = None  # (name, active before) of the last change, for Undo
        self.model = MunicipalitiesTableModel(self)
        self.proxy, self.table = row_table(self.model, self, self.tr("Municipalities"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(120)
        hint = QLabel(self.tr("A municipality no event uses (a typo since corrected) can be retired: it leaves "
                              "the lists, its history stays."))
        hint.setWordWrap(True)
        look.mark_message(hint, "muted")
        self.retire_button = QPushButton(self.tr("Retire municipality"))
        self.retire_button.setAccessibleName(self.tr("Retire the selected municipality"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last change to a municipality"))
        self.undo_button.setVisible(False)
        self.error = error_label()
        self.message = QLabel()
        self.message.setWordWrap(True)
        look.mark_message(self.message)
        row = QHBoxLayout()
        row.addWidget(self.retire_button)
        row.addWidget(self.undo_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.message)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.undo_button.clicked.connect(self.undo)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        ctx.sig_changed.connect(self._data_changed)
        self.refresh()

    @Slot(object)
    def _data_changed(self, changes: Change) -> None:
        if touches(changes, Change.EVENTS | Change.CATALOGUE | Change.FLYER_DROPS | Change.BASELINES
                   | Change.SETTINGS):
            self.refresh()

    def refresh(self) -> None:
        keep = self.selected()
        towns = call_core(self.ctx, records.municipality_catalogue, self.ctx.conn)
        self.model.set_rows([] if towns is FAILED else towns)
        if keep is not None:
            self.select(keep.name)
        self._selection_changed()

    def select(self, name: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).name == name:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    @Slot()
    def _selection_changed(self) -> None:
        town = self.selected()
        self.retire_button.setEnabled(town is not None)
        active = town is None or town.active
        self.retire_button.setText(self.tr("Retire municipality") if active else self.tr("Bring back"))
        self.retire_button.setAccessibleName(self.tr("Retire the selected municipality") if active
                                             else self.tr("Bring back the selected municipality"))
        show_message(self.error, "")

    def _set_active(self, name: str, active: bool) -> bool:
        show_message(self.error, "")
        if call_core(self.ctx, records.set_municipality_active, self.ctx.conn, name, active,
                     show=lambda m: show_message(self.error, m)) is not FAILED:
            return True
        self.message.clear()  # the refusal replaces the last change's message (and its Undo)
        self.undo_button.setVisible(False)
        self._last = None
        return False

    @Slot()
    def toggle_retired(self) -> None:
        town = self.selected()
        if town is None or not self._set_active(town.name, not town.active):
            return
        self._last = (town.name, town.active)
        self.message.setText(fill(self.tr("Retired “%1”: it leaves the lists, its history stays."), town.name)
                             if town.active else fill(self.tr("“%1” is offered in the lists again."), town.name))
        self.undo_button.setVisible(True)

    @Slot()
    def undo(self) -> None:
        if self._last is None:
            return
        name, active = self._last
        if not self._set_active(name, active):
            return
        self._last = None
        self.undo_button.setVisible(False)
        self.message.setText(fill(self.tr("Undone: “%1” is in the lists again.") if active
                                  else self.tr("Undone: “%1” is retired again."), name))
