"""Events page: today's and upcoming events in a sortable table, the event form, start event mode."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QSplitter, QVBoxLayout, QWidget)

from outreach_app.core.changes import Change
from outreach_app.core.records import events
from outreach_app.ui.context import touches
from outreach_app.ui.event_form import EventForm
from outreach_app.ui.feedback import FAILED, call_core, page_message, replaced_by_errors
from outreach_app.ui.models import EventsTableModel, row_table, select_record, selected_record
from outreach_app.ui import look


class EventsScreen(QWidget):
    """Lists events (today and upcoming unless 'Show past events' is ticked) and edits them."""

    sig_start_event_mode = Signal(str)
    """The id of the event whose event mode the user asked to start."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._entries_changed = False
        self.model = EventsTableModel(self)
        self.proxy, self.table = row_table(self.model, self, self.tr("Events"))
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.show_past = QCheckBox(self.tr("Show &past events"))
        self.show_past.setAccessibleName(self.tr("Show past events"))
        self.start_button = QPushButton(self.tr("▶ Start event mode"))
        look.mark_primary(self.start_button)
        self.start_button.setAccessibleName(self.tr("Start event mode for the selected event"))
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected event"))
        self.cancel_button = QPushButton(self.tr("&Cancel event"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the selected event"))
        self.new_button = QPushButton(self.tr("&New event"))
        self.new_button.setAccessibleName(self.tr("New event"))
        self.purge_button = QPushButton(self.tr("Erase for good…"))
        self.purge_button.setAccessibleName(self.tr("Erase the selected event for good"))
        for button in (self.start_button, self.edit_button, self.cancel_button, self.purge_button):
            look.explain_disabled(button, self.tr("Select an event first."))
        self.message = page_message(QLabel())
        replaced_by_errors(ctx, self.message)
        look.mark_message(self.message)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))

        self.empty = QLabel(self.tr("No events today or later. Fill in the form on the right (New event, Ctrl+N) "
                                    "or tick “Show past events”."))
        self.empty.setWordWrap(True)
        look.mark_empty_state(self.empty)
        title = QLabel(self.tr("Today and upcoming events"))
        look.mark_title(title)
        self.title = title
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch()
        top.addWidget(self.show_past)
        actions = QHBoxLayout()
        for button in (self.start_button, self.edit_button, self.cancel_button, self.new_button, self.purge_button):
            actions.addWidget(button)
        actions.addStretch()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(3, 3, 3, 3)  # room for the focus ring
        left_layout.addLayout(top)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.message)

        self.form = EventForm(ctx)
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
        self.table.activated.connect(self.start_event_mode)  # Enter or a double-click on a row
        self.start_button.clicked.connect(self.start_event_mode)
        self.edit_button.clicked.connect(self.edit_selected)
        self.cancel_button.clicked.connect(self.toggle_cancelled)
        self.new_button.clicked.connect(self.new_event)
        self.purge_button.clicked.connect(self.purge_selected)
        self.form.sig_saved.connect(self._saved)
        ctx.sig_changed.connect(self._data_changed)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_event)
        self.refresh()

    # --- data ----------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._entries_changed:  # taps made in event mode while this page was hidden
            self.refresh()

    @Slot(object)
    def _data_changed(self, changes: Change) -> None:
        if touches(changes, Change.EVENTS | Change.CATALOGUE):
            self.refresh()
        elif changes & Change.ENTRIES:  # an event shows as held once counted: refresh when next seen
            self._entries_changed = True
            if self.isVisible():
                self.refresh()
        if touches(changes, Change.SETTINGS) and self.form.editing_id is None and not self.form.name.text():
            self.form.start_new()  # the home municipality may just have been chosen

    @Slot()
    def refresh(self) -> None:
        """Reload the rows from the core, keeping the selected event selected."""
        self._entries_changed = False
        keep = self.selected_event()
        date_from = None if self.show_past.isChecked() else dt.date.today().isoformat()
        self.title.setText(self.tr("All events") if date_from is None else self.tr("Today and upcoming events"))
        rows = call_core(self.ctx, events.list_events, self.ctx.conn, date_from=date_from)
        self.model.set_rows([] if rows is FAILED else rows)
        self.empty.setVisible(self.model.rowCount() == 0)
        if keep:
            self.select_event(keep.id)
        self._selection_changed()

    def select_event(self, ident: str) -> bool:
        return select_record(self.table, self.proxy, self.model, ident, scroll=True)

    def selected_event(self):
        return selected_record(self.table)

    # --- actions -------------------------------------------------------------------------------

    @Slot()
    def _selection_changed(self) -> None:
        event = self.selected_event()
        for button in (self.start_button, self.edit_button, self.cancel_button, self.purge_button):
            button.setEnabled(event is not None)
        if event is not None:
            look.explain_disabled(self.start_button, self._cancelled_note(event) if event.cancelled
                                  else self.tr("Select an event first."))
            self.start_button.setEnabled(not event.cancelled)
            self.cancel_button.setText(self.tr("Reinstate event") if event.cancelled else self.tr("&Cancel event"))
            self.cancel_button.setAccessibleName(self.cancel_button.text().replace("&", ""))
            self.form.edit(event)

    @Slot(str)
    def _saved(self, ident: str) -> None:
        self.refresh()
        if not self.select_event(ident):
            self.show_past.setChecked(True)
            self.select_event(ident)
        self.message.setText(self.tr("Event saved."))

    @Slot()
    def new_event(self) -> None:
        self.table.clearSelection()
        self.form.start_new()
        self.form.name.setFocus()

    @Slot()
    def edit_selected(self) -> None:
        event = self.selected_event()
        if event is not None:
            self.form.edit(event)
            self.form.name.setFocus()

    @Slot()
    def toggle_cancelled(self) -> None:
        event = self.selected_event()
        if event is None:
            return
        if call_core(self.ctx, events.set_event_cancelled, self.ctx.conn, event.id, not event.cancelled,
                     show=self.message.setText) is FAILED:
            return
        self.message.setText(self.tr("Reinstated “%s”.") % event.name if event.cancelled
                             else self.tr("Cancelled “%s”: it no longer counts in reports.") % event.name)

    @Slot()
    def purge_selected(self) -> None:
        """Erase the selected event, its counts and their corrections for good, after asking."""
        from outreach_app.ui.purge_action import confirm_and_purge

        event = self.selected_event()
        if event is not None and confirm_and_purge(self, self.ctx, event.id, event.name, self.message.setText):
            self.form.start_new()

    def _cancelled_note(self, event) -> str:
        return self.tr("“%s” is cancelled; reinstate it before starting event mode.") % event.name

    @Slot()
    def start_event_mode(self) -> None:
        event = self.selected_event()
        if event is None:
            self.message.setText(self.tr("Select an event first."))
        elif event.cancelled:
            self.message.setText(self._cancelled_note(event))
        else:
            self.sig_start_event_mode.emit(event.id)
