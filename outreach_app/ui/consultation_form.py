"""The consultation form (a dialog): kind, title, date, place, municipality, host or partner, facilitator,
lens or audience, attendee count, the guide used, notes. Dates and counts follow the event form's rules
(a far date and an unusually large count are confirmed; a bad one is refused, naming it)."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QMessageBox,
                               QPlainTextEdit, QPushButton, QWidget)

from outreach_app.core.consultations import guides, records
from outreach_app.core.consultations.organisations import list_organisations
from outreach_app.core.records.count_limits import EVENT_CEILING, parse_typed_count
from outreach_app.ui.consultation_models import ConsultationsTableModel, name_buttons
from outreach_app.ui.date_field import DateField, confirm_far_date
from outreach_app.ui.event_form import error_label, show_message
from outreach_app.ui.feedback import FAILED, call_core
from outreach_app.ui.i18n import fill
from outreach_app.ui.municipality_picker import DECLINED, MunicipalityPicker
from outreach_app.ui.personal_data_note import (attach_personal_data_note, personal_data_decided,
                                                settle_personal_data_notes, undecided_message)


class ConsultationForm(QDialog):
    """Add (editing_id None) or edit one consultation; sig_saved carries its id."""

    sig_saved = Signal(str)

    def __init__(self, ctx, editing_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.editing_id = editing_id
        self.setWindowTitle(self.tr("Outreach — consultation"))
        self.kind = QComboBox()
        for code, text in ConsultationsTableModel.KINDS.items():
            self.kind.addItem(self.tr(text), code)
        self.title = QLineEdit()
        self.date = DateField("consultation date", self.tr("Date"))
        self.place = QLineEdit()
        self.municipality = MunicipalityPicker(ctx, self.tr("Municipality"))
        self.municipality.reload()
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.facilitator = QLineEdit()
        self.facilitator.setMaxLength(40)
        self.lens = QLineEdit()
        self.lens.setPlaceholderText(self.tr("e.g. newcomers, first responders"))
        self.attendees = QLineEdit()
        self.attendees.setPlaceholderText(self.tr("how many took part"))
        self.guide = QComboBox()
        self.new_guide = QPushButton(self.tr("New &guide…"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.error = error_label()
        form = QFormLayout(self)
        for text, widget in ((self.tr("&Kind"), self.kind), (self.tr("&Title"), self.title),
                             (self.tr("&Date"), self.date), (self.tr("&Place"), self.place),
                             (self.tr("&Municipality"), self.municipality),
                             (self.tr("&Host or partner"), self.organisation),
                             (self.tr("&Facilitator initials"), self.facilitator),
                             (self.tr("&Lens or audience"), self.lens), (self.tr("&Attendees"), self.attendees),
                             (self.tr("G&uide"), self.guide), ("", self.new_guide), (self.tr("&Notes"), self.notes)):
            form.addRow(text, widget)
            if text:
                widget.setAccessibleName(text.replace("&", ""))
        for field in (self.title, self.place, self.notes):
            attach_personal_data_note(field, form)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.new_guide.clicked.connect(self.open_guide_form)
        name_buttons(self)
        self._fill_lists()
        if editing_id:
            self._load(editing_id)
        else:  # a new consultation: today, in the home municipality, as a new event is
            import datetime as dt

            from outreach_app.core.records import setup

            self.date.setDate(dt.date.today())
            home = call_core(self.ctx, setup.home_municipality, self.ctx.conn)
            self.municipality.setCurrentText("" if home in (FAILED, None) else home)

    def _fill_lists(self, guide_id: str | None = None) -> None:
        organisations = call_core(self.ctx, list_organisations, self.ctx.conn)
        self.organisation.clear()
        self.organisation.addItem("", None)
        for organisation in [] if organisations is FAILED else organisations:
            self.organisation.addItem(organisation.name, organisation.id)
        found = call_core(self.ctx, guides.list_guides, self.ctx.conn)
        keep = guide_id or self.guide.currentData()
        self.guide.clear()
        self.guide.addItem(self.tr("(no guide)"), None)
        for guide in [] if found is FAILED else found:
            self.guide.addItem(fill(self.tr("%1 (version %2, questions: %3)"), guide.name, guide.version,
                                    len(guide.questions)), guide.id)
        # each guide's whole name and version readable, also for a guide made while the form is open
        metrics = self.guide.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.guide.itemText(i)) for i in range(self.guide.count()))
        self.guide.setMinimumWidth(min(widest, metrics.averageCharWidth() * 90) + 48)  # and the arrow
        if keep and self.guide.findData(keep) < 0:  # an older version in use: still offered
            self.guide.addItem(fill(self.tr("version used (%1)"), keep[:8]), keep)
        self.guide.setCurrentIndex(max(0, self.guide.findData(keep)) if keep else 0)

    def _load(self, ident: str) -> None:
        found = call_core(self.ctx, records.get_consultation, self.ctx.conn, ident)
        if found is FAILED:
            return
        self.kind.setCurrentIndex(self.kind.findData(found.kind))
        self.title.setText(found.title)
        self.date.setDate(found.date)
        self.place.setText(found.place or "")
        self.municipality.setCurrentText(found.municipality or "")
        self.organisation.setCurrentText(found.organisation or "")
        self.facilitator.setText(found.facilitator_initials or "")
        self.lens.setText(found.lens or "")
        self.attendees.setText("" if found.attendees is None else str(found.attendees))
        self._fill_lists(found.guide_id)
        self.notes.setPlainText(found.notes or "")
        settle_personal_data_notes(self)  # decided when it was saved

    @Slot()
    def open_guide_form(self) -> None:
        from outreach_app.ui.guide_form import GuideForm

        dialog = GuideForm(self.ctx, parent=self)
        dialog.sig_saved.connect(self._fill_lists)
        dialog.open()

    @Slot()
    def save(self) -> None:
        show_message(self.error, "")
        attendees = None
        if self.attendees.text().strip():
            attendees = call_core(self.ctx, parse_typed_count, self.attendees.text(), "attendees",
                                  show=lambda m: show_message(self.error, m))
            if attendees is FAILED:
                return
            if attendees > EVENT_CEILING and QMessageBox.question(
                    self, self.tr("Outreach — large count"),
                    fill(self.tr("%1 attendees at one consultation is unusual. Keep it?"), attendees)) \
                    != QMessageBox.StandardButton.Yes:
                return
        date = call_core(self.ctx, self.date.iso_date, show=lambda m: show_message(self.error, m))
        if date is FAILED or not confirm_far_date(self, date):
            return
        municipality = self.municipality.confirmed_text()
        if municipality is DECLINED:
            return
        allow_personal = personal_data_decided(self)
        if allow_personal is None:  # a yellow note waits for "Mask it" or "Keep"
            show_message(self.error, undecided_message())
            return
        values = {"title": self.title.text(), "date": date, "municipality": municipality,
                  "kind": self.kind.currentData(), "place": self.place.text(),
                  "organisation": self.organisation.currentText(), "facilitator_initials": self.facilitator.text(),
                  "lens": self.lens.text(), "attendees": attendees, "guide_id": self.guide.currentData(),
                  "notes": self.notes.toPlainText()}
        show = {"show": lambda m: show_message(self.error, m), "allow_personal": allow_personal}
        if self.editing_id:
            result = call_core(self.ctx, records.edit_consultation, self.ctx.conn, self.editing_id, **values, **show)
            ident = self.editing_id
        else:
            title, date, municipality = values.pop("title"), values.pop("date"), values.pop("municipality")
            ident = result = call_core(self.ctx, records.add_consultation, self.ctx.conn, title, date, municipality,
                                       **values, **show)
        if result is FAILED:
            return
        self.sig_saved.emit(ident)
        self.accept()
