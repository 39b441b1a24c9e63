"""The create/edit form of an event, with validation messages shown under the field at fault."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from outreach_app.core.records import events, setup
from outreach_app.ui.date_field import DateField, confirm_far_date
from outreach_app.ui.feedback import FAILED, call_core, page_message
from outreach_app.ui.municipality_picker import DECLINED, MunicipalityPicker
from outreach_app.ui.personal_data_note import (attach_personal_data_note, personal_data_decided,
                                                settle_personal_data_notes, undecided_message)
from outreach_app.ui import look

# The core names the field at fault at the start of its message ("start time '25:00' is not …").
# the name of the value at fault that the core gives an error (its `what`) -> the field showing it
_FIELD_OF_VALUE = {"event name": "name", "event date": "date", "start time": "start_time",
                   "end time": "end_time", "municipality": "municipality", "site": "site"}


def error_label() -> QLabel:
    """A red inline message label, hidden while empty."""
    label = QLabel()
    label.setObjectName("inlineError")  # event_mode.qss styles it there
    look.mark_message(label, "error")
    label.setWordWrap(True)
    label.setVisible(False)
    return page_message(label, hide_when_empty=True)


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    label.setAccessibleName(text)


class EventForm(QGroupBox):
    """Fields of one event; Save creates a new one or changes the one being edited."""

    sig_saved = Signal(str)
    """The id of the event just created or changed."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.editing_id: str | None = None
        self._stored_date: str | None = None  # the date of the event being edited: kept without asking again
        self.name = self._line(self.tr("Event name"), self.tr("e.g. Glengarry community BBQ"))
        self.date = DateField("event date", self.tr("Date"))
        self.start_time = self._line(self.tr("Start time"), self.tr("HH:MM, e.g. 10:00"))
        self.end_time = self._line(self.tr("End time"), self.tr("HH:MM, e.g. 14:00"))
        self.municipality = MunicipalityPicker(ctx, self.tr("Municipality"))
        self.site = self._line(self.tr("Site"), self.tr("housing site or address"))
        self.partners = self._line(self.tr("Partners"), self.tr("organisations taking part"))
        self.staff = self._line(self.tr("Staff initials"), self.tr("e.g. JT, MB"))
        self.notes = self._line(self.tr("Notes"), self.tr("anything the office should know"))
        self.errors = {key: error_label() for key in _FIELD_OF_VALUE.values()}
        self.general_error = error_label()

        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        times = QHBoxLayout()
        times.addWidget(self.start_time)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.end_time)
        rows = [(self.tr("Na&me"), self.name, "name"), (self.tr("&Date"), self.date, "date"),
                (self.tr("&Time"), times, None), (self.tr("&Municipality"), self.municipality, "municipality"),
                (self.tr("S&ite"), self.site, "site"), (self.tr("Pa&rtners"), self.partners, None),
                (self.tr("S&taff"), self.staff, None), (self.tr("N&otes"), self.notes, None)]
        for text, field, key in rows:
            label = QLabel(text)
            label.setBuddy(self.start_time if field is times else field)
            layout.addRow(label, field)
            if key:
                layout.addRow("", self.errors[key])
            if field is times:
                layout.addRow("", self.errors["start_time"])
                layout.addRow("", self.errors["end_time"])
        for field in (self.name, self.site, self.partners, self.notes):  # free text a resident could slip into
            attach_personal_data_note(field, layout)
        self.save_button = QPushButton(self.tr("Save event"))
        self.save_button.setAccessibleName(self.tr("Save event"))
        self.save_button.setDefault(True)
        self.new_button = QPushButton(self.tr("Clear form"))
        self.new_button.setAccessibleName(self.tr("Clear the form for a new event"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch()
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(self.general_error)
        outer.addLayout(buttons)
        outer.addStretch()
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.start_new)
        for line in (self.name, self.date, self.start_time, self.end_time, self.site, self.partners, self.staff,
                     self.notes):
            line.returnPressed.connect(self.save)
        self.date.sig_refused.connect(lambda message: show_message(self.errors["date"], message))
        self.date.sig_date_changed.connect(lambda _: show_message(self.errors["date"], ""))
        self.start_new()

    def _line(self, accessible: str, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setAccessibleName(accessible)
        line.setPlaceholderText(placeholder)
        line.setClearButtonEnabled(True)
        return line

    def _fill_municipalities(self, current: str | None) -> None:
        self.municipality.reload(current or "")

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            show_message(label, "")

    @Slot()
    def start_new(self) -> None:
        """Empty the form for a new event dated today in the home municipality."""
        self.editing_id = self._stored_date = None
        self.setTitle(self.tr("New event"))
        for line in (self.name, self.start_time, self.end_time, self.site, self.partners, self.staff, self.notes):
            line.clear()
        self.date.setDate(QDate.currentDate())
        home = call_core(self.ctx, setup.home_municipality, self.ctx.conn)
        self._fill_municipalities(None if home is FAILED else home)
        self.clear_errors()

    def edit(self, event) -> None:
        """Load an existing event (core.records.events.Event) into the form."""
        self.editing_id = event.id
        self.setTitle(self.tr("Edit event"))
        self.name.setText(event.name)
        self.date.setDate(event.date)
        self._stored_date = event.date
        self.start_time.setText(event.start_time or "")
        self.end_time.setText(event.end_time or "")
        self._fill_municipalities(event.municipality)
        self.site.setText(event.site or "")
        self.partners.setText(event.partners or "")
        self.staff.setText(event.staff_initials or "")
        self.notes.setText(event.notes or "")
        settle_personal_data_notes(self)  # decided when it was saved
        self.clear_errors()

    def values(self) -> dict:
        """What the fields hold; the date as typed when it is not a date (the core refuses it, naming it)."""
        return {"name": self.name.text(), "date": self.date.text_for_core(),
                "start_time": self.start_time.text(), "end_time": self.end_time.text(),
                "municipality": self.municipality.currentText(), "site": self.site.text(),
                "partners": self.partners.text(), "staff_initials": self.staff.text(), "notes": self.notes.text()}

    def _show_error(self, error: BaseException, message: str) -> None:
        key = _FIELD_OF_VALUE.get(getattr(error, "values", {}).get("what"))
        show_message(self.errors.get(key, self.general_error), message)
        widget = getattr(self, key, None) if key else None
        if widget is not None:
            widget.setFocus()

    def _show_date_error(self, message: str) -> None:
        show_message(self.errors["date"], message)
        self.date.setFocus()

    @Slot()
    def save(self) -> None:
        self.clear_errors()
        date = call_core(self.ctx, self.date.iso_date, show=self._show_date_error)
        if date is FAILED:
            return
        if date != self._stored_date and not confirm_far_date(self, date):
            self.date.setFocus()
            return
        values = self.values()
        municipality = self.municipality.confirmed_text()  # a new one only after "Add municipality …?"
        if municipality is DECLINED:
            return
        values["municipality"] = municipality
        allow_personal = personal_data_decided(self)
        if allow_personal is None:  # a yellow note waits for "Mask it" or "Keep"
            show_message(self.general_error, undecided_message())
            return
        values["allow_personal"] = allow_personal
        if self.editing_id:
            result = call_core(self.ctx, events.update_event, self.ctx.conn, self.editing_id, **values,
                               place=self._show_error)
            ident = self.editing_id
        else:
            ident = result = call_core(self.ctx, events.add_event, self.ctx.conn, **values, place=self._show_error)
        if result is FAILED:
            return
        self.editing_id, self._stored_date = ident, date
        self.setTitle(self.tr("Edit event"))
        self.sig_saved.emit(ident)
