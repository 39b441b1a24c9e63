"""The create/edit form of a training, with each refusal shown under the field at fault."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal, Slot
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from outreach_app.core.records import setup
from outreach_app.core.trainings import sessions
from outreach_app.ui.date_field import DateField, confirm_far_date
from outreach_app.ui.event_form import error_label, show_message
from outreach_app.ui.feedback import FAILED, call_core
from outreach_app.ui.municipality_picker import DECLINED, MunicipalityPicker
from outreach_app.ui.personal_data_note import (attach_personal_data_note, personal_data_decided,
                                                settle_personal_data_notes, undecided_message)

# the name the core gives the value at fault (its `what`) -> the field showing the message
_FIELD_OF_VALUE = {"training topic": "topic", "training date": "date", "start time": "start_time",
                   "municipality": "municipality", "capacity": "capacity", "place": "place", "partner": "partner",
                   "facilitator initials": "facilitator", "notes": "notes"}


# topics offered in the list (any other text is kept as typed)
_TOPICS = (QT_TRANSLATE_NOOP("TrainingForm", "Naloxone and overdose response"),
           QT_TRANSLATE_NOOP("TrainingForm", "Mental-health first aid"),
           QT_TRANSLATE_NOOP("TrainingForm", "Trauma-informed practice"))


class TrainingForm(QGroupBox):
    """Fields of one training; Save creates a new one or changes the one being edited."""

    sig_saved = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.editing_id: str | None = None
        self._stored_date: str | None = None
        self.topic = QComboBox()
        self.topic.setEditable(True)
        self.topic.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.topic.addItems([self.tr(t) for t in _TOPICS])
        self.topic.setAccessibleName(self.tr("Topic"))
        self.topic.lineEdit().setPlaceholderText(self.tr("pick or type a topic"))
        self.date = DateField("training date", self.tr("Date"))
        self.start_time = self._line(self.tr("Start time"), self.tr("HH:MM, e.g. 09:30"))
        self.place = self._line(self.tr("Place"), self.tr("e.g. Leamington fire hall"))
        self.municipality = MunicipalityPicker(ctx, self.tr("Municipality"))
        self.partner = self._line(self.tr("Delivering partner"), self.tr("e.g. CMHA Windsor-Essex"))
        self.facilitator = self._line(self.tr("Facilitator initials"), self.tr("e.g. JT"))
        self.capacity = self._line(self.tr("Capacity"), self.tr("places available"))
        self.notes = self._line(self.tr("Notes"), self.tr("anything the office should know"))
        self.errors = {key: error_label() for key in _FIELD_OF_VALUE.values()}
        self.general_error = error_label()
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [(self.tr("&Topic"), self.topic, "topic"), (self.tr("&Date"), self.date, "date"),
                (self.tr("T&ime"), self.start_time, "start_time"), (self.tr("&Place"), self.place, "place"),
                (self.tr("&Municipality"), self.municipality, "municipality"),
                (self.tr("Partn&er"), self.partner, "partner"), (self.tr("Faci&litator"), self.facilitator, "facilitator"),
                (self.tr("Capacit&y"), self.capacity, "capacity"), (self.tr("N&otes"), self.notes, "notes")]
        for text, field, key in rows:
            label = QLabel(text)
            label.setBuddy(field)
            layout.addRow(label, field)
            layout.addRow("", self.errors[key])
        layout.insertRow(1, "", attach_personal_data_note(self.topic.lineEdit()))  # under the topic's box
        for field in (self.place, self.partner, self.notes):
            attach_personal_data_note(field, layout)
        self.save_button = QPushButton(self.tr("Save training"))
        self.save_button.setAccessibleName(self.tr("Save training"))
        self.save_button.setDefault(True)
        self.new_button = QPushButton(self.tr("Clear form"))
        self.new_button.setAccessibleName(self.tr("Clear the form for a new training"))
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
        for line in (self.date, self.start_time, self.place, self.partner, self.facilitator, self.capacity, self.notes):
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

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            show_message(label, "")

    @Slot()
    def start_new(self) -> None:
        """Empty the form for a new training dated today in the home municipality."""
        self.editing_id = self._stored_date = None
        self.setTitle(self.tr("New training"))
        for line in (self.start_time, self.place, self.partner, self.facilitator, self.capacity, self.notes):
            line.clear()
        self.topic.setCurrentText("")
        self.date.setDate(QDate.currentDate())
        home = call_core(self.ctx, setup.home_municipality, self.ctx.conn)
        self.municipality.reload("" if home is FAILED else (home or ""))
        self.clear_errors()

    def edit(self, training) -> None:
        """Load an existing training (core.trainings.sessions.Training) into the form."""
        self.editing_id = training.id
        self.setTitle(self.tr("Edit training"))
        self.topic.setCurrentText(training.topic)
        self.date.setDate(training.date)
        self._stored_date = training.date
        self.start_time.setText(training.start_time or "")
        self.place.setText(training.place or "")
        self.municipality.reload(training.municipality or "")
        self.partner.setText(training.partner or "")
        self.facilitator.setText(training.facilitator_initials or "")
        self.capacity.setText("" if training.capacity is None else str(training.capacity))
        self.notes.setText(training.notes or "")
        settle_personal_data_notes(self)  # decided when it was saved
        self.clear_errors()

    def values(self) -> dict:
        return {"topic": self.topic.currentText(), "date": self.date.text_for_core(),
                "start_time": self.start_time.text(), "place": self.place.text(),
                "partner": self.partner.text(), "facilitator_initials": self.facilitator.text(),
                "capacity": self.capacity.text(), "notes": self.notes.text()}

    def _show_error(self, error: BaseException, message: str) -> None:
        key = _FIELD_OF_VALUE.get(getattr(error, "values", {}).get("what"))
        show_message(self.errors.get(key, self.general_error), message)
        widget = getattr(self, key, None) if key else None
        if widget is not None:
            widget.setFocus()

    @Slot()
    def save(self) -> None:
        self.clear_errors()
        date = call_core(self.ctx, self.date.iso_date, show=lambda m: show_message(self.errors["date"], m))
        if date is FAILED:
            return
        if date != self._stored_date and not confirm_far_date(self, date):
            self.date.setFocus()
            return
        municipality = self.municipality.confirmed_text()
        if municipality is DECLINED:
            return
        allow_personal = personal_data_decided(self)
        if allow_personal is None:  # a yellow note waits for "Mask it" or "Keep"
            show_message(self.general_error, undecided_message())
            return
        values = {**self.values(), "allow_personal": allow_personal}
        if self.editing_id:
            result = self._call(sessions.edit_training, self.editing_id, municipality=municipality, **values)
            ident = self.editing_id
        else:
            topic, day = values.pop("topic"), values.pop("date")
            ident = result = self._call(sessions.add_training, topic, day, municipality, **values)
        if result is FAILED:
            return
        self.editing_id, self._stored_date = ident, date
        self.setTitle(self.tr("Edit training"))
        self.sig_saved.emit(ident)

    def _call(self, function, *args, **values):
        """function(conn, *args, **values) through call_core (whose own `place` option a field shares)."""
        def write():
            return function(self.ctx.conn, *args, **values)

        write.changes = function.changes
        return call_core(self.ctx, write, place=self._show_error)
