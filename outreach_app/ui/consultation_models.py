"""Qt table models for the consultation screens: consultations, responses (the coding table), themes,
invitations and organisations. They hold the rows the core returns and compute nothing."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from outreach_app.ui.models import RecordTableModel


def sector_label(sector: str) -> str:
    """A sector in the window's language: a known one (core SECTORS, marked in the "Sectors" context)
    translated, any other as typed."""
    from outreach_app.core.consultations.organisations import SECTORS

    return QCoreApplication.translate("Sectors", sector) if sector in SECTORS else sector


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordTableModel", text)


CANCELLED = QT_TRANSLATE_NOOP("RecordTableModel", "cancelled")


class ConsultationsTableModel(RecordTableModel):
    COLUMNS = [(QT_TRANSLATE_NOOP("RecordTableModel", "Date"), "date"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Consultation"), "title"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Kind"), "kind"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Municipality"), "municipality"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Attendees"), "attendees")]
    KINDS = {"conversation": QT_TRANSLATE_NOOP("RecordTableModel", "Community conversation"),
             "focus-group": QT_TRANSLATE_NOOP("RecordTableModel", "Focus group"),
             "interview": QT_TRANSLATE_NOOP("RecordTableModel", "Interview"),
             "other": QT_TRANSLATE_NOOP("RecordTableModel", "Other")}

    def display(self, record, attribute: str) -> str:
        if attribute == "kind":
            text = _tr(self.KINDS[record.kind])
            return text + (" — " + _tr(CANCELLED) if record.cancelled else "")
        return super().display(record, attribute)

    def sort_value(self, record, attribute: str):
        return record.attendees or 0 if attribute == "attendees" else super().sort_value(record, attribute)

    def is_inactive(self, record) -> bool:
        return record.cancelled


class ResponsesTableModel(RecordTableModel):
    """Responses (core Response, with their theme names) one per row: the coding table."""

    COLUMNS = [(QT_TRANSLATE_NOOP("RecordTableModel", "Q"), "question"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Table"), "table"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Response"), "text"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Themes"), "themes"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Quote"), "starred")]

    def display(self, record, attribute: str) -> str:
        if attribute == "themes":
            return "; ".join(record.themes)
        if attribute == "starred":
            return "★" if record.starred else ""
        return super().display(record, attribute)

    def sort_value(self, record, attribute: str):
        if attribute == "question":
            return record.question * 10 ** 6 + self._rows.index(record)
        return super().sort_value(record, attribute)


class ThemesTableModel(RecordTableModel):
    COLUMNS = [(QT_TRANSLATE_NOOP("RecordTableModel", "Theme"), "name"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Under"), "parent"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Responses"), "responses")]

    def sort_value(self, record, attribute: str):
        return -record.responses if attribute == "responses" else super().sort_value(record, attribute)


class InvitationsTableModel(RecordTableModel):
    COLUMNS = [(QT_TRANSLATE_NOOP("RecordTableModel", "Organisation"), "organisation"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Sector"), "sector"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Status"), "status"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Since"), "date")]
    STATUSES = {"invited": QT_TRANSLATE_NOOP("RecordTableModel", "Invited"),
                "confirmed": QT_TRANSLATE_NOOP("RecordTableModel", "Confirmed"),
                "declined": QT_TRANSLATE_NOOP("RecordTableModel", "Declined"),
                "attended": QT_TRANSLATE_NOOP("RecordTableModel", "Attended"),
                "no-answer": QT_TRANSLATE_NOOP("RecordTableModel", "No answer")}

    def row_of(self, ident: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.organisation_id == ident), -1)

    def display(self, record, attribute: str) -> str:
        if attribute == "status":
            return _tr(self.STATUSES[record.status])
        if attribute == "sector":
            return sector_label(record.sector)
        return super().display(record, attribute)


class OrganisationsTableModel(RecordTableModel):
    COLUMNS = [(QT_TRANSLATE_NOOP("RecordTableModel", "Organisation"), "name"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Sector"), "sector"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Municipality"), "municipality"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Contact"), "contact_role")]

    def display(self, record, attribute: str) -> str:
        return sector_label(record.sector) if attribute == "sector" else super().display(record, attribute)


def name_buttons(root) -> None:
    """Give every button under root without an accessible name its own text (mnemonic & and … left out),
    so a screen reader names it as it reads."""
    from PySide6.QtWidgets import QAbstractButton

    for button in root.findChildren(QAbstractButton):
        if not button.accessibleName() and button.text():
            button.setAccessibleName(button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                                     .rstrip("…").strip())
