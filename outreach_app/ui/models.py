"""Qt table models over rows the core returns (events, plans). They hold rows; they compute nothing."""

from __future__ import annotations

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject,
                            Qt)
from PySide6.QtGui import QBrush, QColor, QFont

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Raw value used for sorting (ISO dates and times sort as text)."""
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
"""The core record behind a row (an Event or a Plan)."""


class RecordTableModel(QAbstractTableModel):
    """A read-only table of core records; subclasses name the columns and how to show them."""

    COLUMNS: list[tuple[str, str]] = []  # (header, attribute)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, ident: str) -> int:
        return next((i for i, record in enumerate(self._rows) if record.id == ident), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RecordTableModel", self.COLUMNS[section][0])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        record = self.row_at(index.row()) if index.isValid() else None
        if record is None:
            return None
        attribute = self.COLUMNS[index.column()][1]
        if role == ROW_ROLE:
            return record
        if role == SORT_ROLE:
            value = self.sort_value(record, attribute)
            return "" if value is None else value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(record, attribute)
        if role == Qt.ItemDataRole.ForegroundRole and self.is_inactive(record):
            return QBrush(QColor("#595959"))  # still 7:1 on white
        if role == Qt.ItemDataRole.FontRole and self.is_inactive(record):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def display(self, record, attribute: str) -> str:
        value = getattr(record, attribute)
        return "" if value is None else str(value)

    def sort_value(self, record, attribute: str):
        return self.display(record, attribute).casefold()

    def is_inactive(self, record) -> bool:
        return False


class EventsTableModel(RecordTableModel):
    """Events (core.records.events.Event) one per row."""

    COLUMNS = [(QT_TRANSLATE_NOOP("RecordTableModel", "Date"), "date"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Time"), "time"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Event"), "name"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Municipality"), "municipality"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Site"), "site"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Status"), "status")]

    def display(self, event, attribute: str) -> str:
        if attribute == "time":
            return "–".join(t for t in (event.start_time, event.end_time) if t)
        if attribute == "status":
            if event.cancelled:
                return self.tr("Cancelled")
            return self.tr("Held") if event.held else self.tr("Scheduled")
        return super().display(event, attribute)

    def sort_value(self, event, attribute: str):
        if attribute == "date":
            return f"{event.date} {event.start_time or ''}"
        return super().sort_value(event, attribute)

    def is_inactive(self, event) -> bool:
        return event.cancelled


class PlansTableModel(RecordTableModel):
    """Plans of the catalogue (core.records.catalogue.Plan), retired ones included."""

    COLUMNS = [(QT_TRANSLATE_NOOP("RecordTableModel", "Plan"), "name"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Area"), "area"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Language"), "language"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Status"), "status")]

    def display(self, plan, attribute: str) -> str:
        if attribute == "status":
            return self.tr("In use") if plan.active else self.tr("Retired")
        return super().display(plan, attribute)

    def is_inactive(self, plan) -> bool:
        return not plan.active


class MunicipalitiesTableModel(RecordTableModel):
    """Municipalities (core.records.catalogue.Municipality), retired ones included, with how many events use each."""

    COLUMNS = [(QT_TRANSLATE_NOOP("RecordTableModel", "Municipality"), "name"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Events"), "events"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Status"), "status")]

    def display(self, town, attribute: str) -> str:
        if attribute == "status":
            return self.tr("Listed") if town.active else self.tr("Retired")
        return super().display(town, attribute)

    def sort_value(self, town, attribute: str):
        return town.events if attribute == "events" else super().sort_value(town, attribute)

    def is_inactive(self, town) -> bool:
        return not town.active


def row_table(model, owner, accessible: str):
    """(proxy, view) for a list of records: sorted by the model's SORT_ROLE (first column first), whole rows
    selected one at a time, read-only, Tab leaving the table rather than walking its cells."""
    from PySide6.QtCore import QSortFilterProxyModel
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    proxy = QSortFilterProxyModel(owner)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = QTableView()
    table.setModel(proxy)
    table.setAccessibleName(accessible)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    return proxy, table


def select_record(table, proxy, model, ident: str, *, scroll: bool = False) -> bool:
    """Select the row of the record with that id in a row_table (scrolled into view when asked); False
    when the model does not list it."""
    row = model.row_of(ident)
    if row < 0:
        return False
    index = proxy.mapFromSource(model.index(row, 0))
    table.selectRow(index.row())
    if scroll:
        table.scrollTo(index)
    return True


def selected_record(table):
    """The record of a row_table's selected row, or None."""
    selection = table.selectionModel()
    rows = selection.selectedRows() if selection else []
    return rows[0].data(ROW_ROLE) if rows else None
