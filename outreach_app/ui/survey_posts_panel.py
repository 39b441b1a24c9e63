"""Social-media posts as survey sources: a small form and the list of posts (core.surveys.records)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableView, QVBoxLayout)

from outreach_app.core.changes import Change
from outreach_app.core.errors import OutreachError
from outreach_app.core.surveys import records
from outreach_app.ui import look
from outreach_app.ui.context import touches
from outreach_app.ui.date_field import DateField
from outreach_app.ui.feedback import FAILED, call_core, error_message, page_message


class TextRowsModel(QAbstractTableModel):
    """Read-only rows of texts the core made, under given headers."""

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self.headers, self.rows = headers, []

    def set_rows(self, rows: list[list[str]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None


def read_only_table(model, accessible: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class SurveyPostsPanel(QGroupBox):
    """Record a post (tag, channel, date) for the chosen survey; list the posts."""

    def __init__(self, ctx, current_survey, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Posts (social media, newsletters)"))
        self.ctx = ctx
        self._current_survey = current_survey
        form = QFormLayout()
        self.tag_edit = QLineEdit(placeholderText=self.tr("e.g. fb-2025-10-07"))
        self.tag_edit.setAccessibleName(self.tr("Post source tag"))
        form.addRow(self.tr("Source tag"), self.tag_edit)
        self.channel_edit = QLineEdit(placeholderText=self.tr("e.g. facebook"))
        self.channel_edit.setAccessibleName(self.tr("Channel"))
        form.addRow(self.tr("Channel"), self.channel_edit)
        self.date_edit = DateField("post date", self.tr("Post date"))
        self.date_edit.setDate(dt.date.today())
        form.addRow(self.tr("Date"), self.date_edit)
        self.add_button = QPushButton(self.tr("Add post"))
        self.add_button.setAccessibleName(self.add_button.text())
        self.add_button.clicked.connect(self._add_post)
        self.message = page_message(QLabel(wordWrap=True))
        self.model = TextRowsModel([self.tr("Date"), self.tr("Source tag"), self.tr("Channel")], self)
        self.table = read_only_table(self.model, self.tr("Recorded posts"))
        self.table.setMinimumHeight(110)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.refresh()
        ctx.sig_changed.connect(self._on_data_changed)

    def refresh(self) -> None:
        self.model.set_rows([[p.date, p.source_tag, p.channel] for p in records.list_posts(self.ctx.conn)])

    @Slot()
    def _add_post(self) -> None:
        try:
            date = self.date_edit.iso_date()
        except OutreachError as exc:
            self._show_error(error_message(exc))
            return
        if call_core(self.ctx, records.add_post, self.ctx.conn, self.tag_edit.text(), self.channel_edit.text(), date,
                     self._current_survey(), show=self._show_error) is FAILED:
            return
        look.mark_message(self.message)
        self.message.setText(self.tr("Post %1 added.").replace("%1", self.tag_edit.text().strip()))
        self.tag_edit.clear()

    def _show_error(self, message: str) -> None:
        look.mark_message(self.message, "error")
        self.message.setText(message)

    @Slot(object)
    def _on_data_changed(self, changes: Change) -> None:
        if touches(changes, Change.SURVEYS):
            self.refresh()
