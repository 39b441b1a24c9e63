"""Trainings page: trainings in a sortable table, attendance by organisation, the training form, and the
ratings tap screen for the selected training."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QVBoxLayout,
                               QWidget)

from outreach_app.core.changes import Change
from outreach_app.core.trainings import sessions
from outreach_app.ui import look
from outreach_app.ui.context import touches
from outreach_app.ui.feedback import FAILED, call_core, page_message, replaced_by_errors
from outreach_app.ui.i18n import fill
from outreach_app.ui.models import row_table, select_record, selected_record
from outreach_app.ui.training_attendance_panel import AttendancePanel
from outreach_app.ui.training_form import TrainingForm
from outreach_app.ui.training_models import TrainingsTableModel


class TrainingsScreen(QWidget):
    """Lists trainings (today and upcoming unless 'Show past trainings' is ticked) and edits them."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ratings_dialog = None
        self.model = TrainingsTableModel(self)
        self.proxy, self.table = row_table(self.model, self, self.tr("Trainings"))
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.show_past = QCheckBox(self.tr("Sho&w past trainings"))
        self.show_past.setAccessibleName(self.tr("Show past trainings"))
        self.ratings_button = QPushButton(self.tr("▶ Enter &ratings"))
        look.mark_primary(self.ratings_button)
        self.ratings_button.setAccessibleName(self.tr("Enter before/after ratings for the selected training"))
        self.cancel_button = QPushButton(self.tr("&Cancel training"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the selected training"))
        self.new_button = QPushButton(self.tr("&New training"))
        self.new_button.setAccessibleName(self.tr("New training"))
        for button in (self.ratings_button, self.cancel_button):
            look.explain_disabled(button, self.tr("Select a training first."))
        self.message = page_message(QLabel())
        replaced_by_errors(ctx, self.message)
        look.mark_message(self.message)
        self.message.setWordWrap(True)
        self.empty = QLabel(self.tr("No trainings today or later. Fill in the form on the right (New training, "
                                    "Ctrl+N) or tick “Show past trainings”."))
        self.empty.setWordWrap(True)
        look.mark_empty_state(self.empty)
        self.title = QLabel(self.tr("Today and upcoming trainings"))
        look.mark_title(self.title)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch()
        top.addWidget(self.show_past)
        actions = QHBoxLayout()
        for button in (self.ratings_button, self.cancel_button, self.new_button):
            actions.addWidget(button)
        actions.addStretch()
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(3, 3, 3, 3)
        listing_layout.addLayout(top)
        listing_layout.addWidget(self.empty)
        listing_layout.addWidget(self.table, 1)
        listing_layout.addLayout(actions)
        listing_layout.addWidget(self.message)
        self.attendance = AttendancePanel(ctx)
        self.attendance.sig_recorded.connect(self.message.clear)  # "Training saved." is old news by then
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(listing)
        left.addWidget(self.attendance)
        left.setChildrenCollapsible(False)
        self.form = TrainingForm(ctx)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.show_past.toggled.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self.enter_ratings)
        self.ratings_button.clicked.connect(self.enter_ratings)
        self.cancel_button.clicked.connect(self.toggle_cancelled)
        self.new_button.clicked.connect(self.new_training)
        self.form.sig_saved.connect(self._saved)
        ctx.sig_changed.connect(self._data_changed)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_training)
        self.refresh()

    @Slot(object)
    def _data_changed(self, changes: Change) -> None:
        if touches(changes, Change.TRAININGS | Change.CATALOGUE):
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        keep = self.selected_training()
        date_from = None if self.show_past.isChecked() else dt.date.today().isoformat()
        self.title.setText(self.tr("All trainings") if date_from is None else self.tr("Today and upcoming trainings"))
        rows = call_core(self.ctx, sessions.list_trainings, self.ctx.conn, date_from=date_from)
        self.model.set_rows([] if rows is FAILED else rows)
        self.empty.setVisible(self.model.rowCount() == 0)
        if keep:
            self.select_training(keep.id)
        self._selection_changed()

    def select_training(self, ident: str) -> bool:
        return select_record(self.table, self.proxy, self.model, ident, scroll=True)

    def selected_training(self):
        return selected_record(self.table)

    @Slot()
    def _selection_changed(self) -> None:
        training = self.selected_training()
        for button in (self.ratings_button, self.cancel_button):
            button.setEnabled(training is not None)
        self.attendance.show_training(training)
        if training is None:
            return
        self.ratings_button.setEnabled(not training.cancelled)
        self.cancel_button.setText(self.tr("Reinstate training") if training.cancelled else self.tr("&Cancel training"))
        self.cancel_button.setAccessibleName(self.cancel_button.text().replace("&", ""))
        if self.form.editing_id != training.id:
            self.form.edit(training)

    @Slot(str)
    def _saved(self, ident: str) -> None:
        self.refresh()
        if not self.select_training(ident):
            self.show_past.setChecked(True)
            self.select_training(ident)
        self.message.setText(self.tr("Training saved."))

    @Slot()
    def new_training(self) -> None:
        self.table.clearSelection()
        self.form.start_new()
        self.form.topic.setFocus()

    @Slot()
    def toggle_cancelled(self) -> None:
        training = self.selected_training()
        if training is None:
            return
        if call_core(self.ctx, sessions.set_training_cancelled, self.ctx.conn, training.id, not training.cancelled,
                     show=self.message.setText) is FAILED:
            return
        self.message.setText(fill(self.tr("Reinstated “%1”."), training.topic) if training.cancelled
                             else fill(self.tr("Cancelled “%1”: it no longer counts in reports."), training.topic))

    @Slot()
    def enter_ratings(self) -> None:
        training = self.selected_training()
        if training is None:
            self.message.setText(self.tr("Select a training first."))
            return
        if training.cancelled:
            self.message.setText(fill(self.tr("“%1” is cancelled; reinstate it before entering ratings."),
                                      training.topic))
            return
        from outreach_app.ui.training_ratings import RatingsEntry

        self.ratings_dialog = RatingsEntry(self.ctx, training, self.window())
        look.finish(self.ratings_dialog)
        self.ratings_dialog.resize(900, 560)
        self.ratings_dialog.open()
