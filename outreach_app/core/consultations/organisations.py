"""Organisations (stakeholders): one list shared by consultation invitations, trainings' attendance and
safety-plan contacts. Known by name: the same organisation made on two laptops is one organisation
once both reach the same database (the canonical row of its name_key is shown; the others are aliases).

A sector is free text; the known sectors (SECTORS) are matched ignoring case and accents, so "health"
and "Health" are one sector. The optional contact (role, name, email, phone) is a professional's and
is the one place the product keeps personal details: never in reports or default CSV files.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import asdict, dataclass

from outreach_app.core import bounds
from outreach_app.core.changes import Change, writes
from outreach_app.core.clock import new_id, next_hlc, utc_now
from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.translation import QT_TRANSLATE_NOOP
from outreach_app.core.store.connection import device_id, transaction
from outreach_app.core.validate import canonical_id_sql, clean_name, clean_optional, fold_key, name_key, parse_uuid

# The sectors offered in pickers, in this order (reports translate them; any other text is kept as typed).
SECTORS = (QT_TRANSLATE_NOOP("Sectors", "Police"),
           QT_TRANSLATE_NOOP("Sectors", "Fire"),
           QT_TRANSLATE_NOOP("Sectors", "Paramedic services"),
           QT_TRANSLATE_NOOP("Sectors", "Health"),
           QT_TRANSLATE_NOOP("Sectors", "Social services"),
           QT_TRANSLATE_NOOP("Sectors", "Settlement"),
           QT_TRANSLATE_NOOP("Sectors", "Education"),
           QT_TRANSLATE_NOOP("Sectors", "Housing"),
           QT_TRANSLATE_NOOP("Sectors", "Business"),
           QT_TRANSLATE_NOOP("Sectors", "Community group"),
           QT_TRANSLATE_NOOP("Sectors", "Faith group"),
           QT_TRANSLATE_NOOP("Sectors", "Municipal government"),
           QT_TRANSLATE_NOOP("Sectors", "Other"))

CONTACT_COLUMNS = ("contact_role", "contact_name", "contact_email", "contact_phone")

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE_CHARACTERS = re.compile(r"[0-9+()\-.\s]+(?:\s*(?:ext\.?|x|poste)\s*\d{1,5})?", re.IGNORECASE)


@dataclass(frozen=True)
class Organisation:
    id: str  # canonical id
    name: str
    sector: str
    municipality: str | None
    contact_role: str | None = None
    contact_name: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None

    def as_dict(self, with_contact: bool = False) -> dict:
        """The organisation as JSON-ready data; the contact only when asked for (never in reports)."""
        data = asdict(self)
        if not with_contact:
            for column in CONTACT_COLUMNS:
                data.pop(column)
        return data


def sector_label(sector: str, language: str = "en") -> str:
    """A sector as a report in `language` shows it: a known sector translated (context "Sectors", the
    window's own list of the same words), any other as typed."""
    if sector not in SECTORS or language == "en":
        return sector
    from outreach_app.core.translation import translate

    return translate("Sectors", sector, language)


def clean_sector(value: str | None) -> str:
    """The sector as stored: a known sector's own spelling when text names one, else the text trimmed."""
    text = clean_name(value, "sector", max_length=bounds.MAX_SECTOR_LENGTH)
    for known in SECTORS:
        if fold_key(known) == fold_key(text):
            return known
    return text


def clean_email(value: str | None) -> str | None:
    text = clean_optional(value, bounds.MAX_EMAIL_LENGTH, what="contact email")
    if text is not None and not _EMAIL.fullmatch(text):
        raise InvalidInput("contact email '{value}' is not an email address (name@example.org)", value=text)
    return text


def clean_phone(value: str | None, what: str = "contact phone") -> str | None:
    """A phone number as typed, checked to be one: digits with + ( ) - . and spaces, 7 to 15 digits."""
    text = clean_optional(value, bounds.MAX_PHONE_LENGTH, what=what)
    if text is None:
        return None
    digits = sum(ch.isdigit() for ch in text.split("x")[0].split("ext")[0].split("poste")[0])
    if not _PHONE_CHARACTERS.fullmatch(text) or not 3 <= digits <= 15 or (digits < 7 and digits != 3):
        raise InvalidInput("{what} '{value}' is not a phone number (e.g. 519-555-0123 or 911)", what=what, value=text)
    return text


def _stamp(conn: sqlite3.Connection) -> dict:
    hlc, rev = next_hlc(conn)
    return {"hlc": hlc, "updated_at": utc_now(), "device_id": device_id(conn), "rev": rev}


def find_organisation(conn: sqlite3.Connection, name: str) -> str | None:
    """The canonical id of the organisation with that name (any case and spacing), or None."""
    return conn.execute(f"SELECT {canonical_id_sql('organisations', '?')}", (name_key(name),)).fetchone()[0]


def canonical_organisation_sql(column: str) -> str:
    """SQL for the canonical id of the organisation whose id is in `column` (an alias resolves to the
    row its name shows), for queries that group or join by organisation."""
    key = f"(SELECT o2.name_key FROM organisations o2 WHERE o2.id = {column})"
    return f"coalesce({canonical_id_sql('organisations', key)}, {column})"


def require_organisation(conn: sqlite3.Connection, ident_or_name: str) -> str:
    """The canonical id of an organisation named by id or by name, or a refusal naming the value."""
    text = (ident_or_name or "").strip()
    try:
        ident = parse_uuid(text, "organisation id")
    except InvalidInput:
        ident = None
    if ident is not None:
        row = conn.execute(f"SELECT {canonical_organisation_sql('o.id')} FROM organisations o WHERE o.id = ?",
                           (ident,)).fetchone()
        if row:
            return row[0]
        raise NotFound("no organisation with id '{value}' (see 'stakeholder list')", value=text)
    found = find_organisation(conn, text) if text else None
    if not found:
        raise NotFound("no organisation named '{value}' (see 'stakeholder list')", value=text)
    return found


@writes(Change.ORGANISATIONS | Change.CATALOGUE)
def add_organisation(conn: sqlite3.Connection, name: str, sector: str, municipality: str | None = None, *,
                     contact_role: str | None = None, contact_name: str | None = None,
                     contact_email: str | None = None, contact_phone: str | None = None) -> tuple[str, bool]:
    """Add an organisation; an existing name gives back the existing one unchanged.
    Returns (canonical id, created)."""
    name = clean_name(name, "organisation name", max_length=bounds.MAX_NAME_LENGTH)
    values = {"sector": clean_sector(sector),
              "contact_role": clean_optional(contact_role, bounds.MAX_NAME_LENGTH, what="contact role"),
              "contact_name": clean_optional(contact_name, bounds.MAX_NAME_LENGTH, what="contact name"),
              "contact_email": clean_email(contact_email), "contact_phone": clean_phone(contact_phone)}
    existing = find_organisation(conn, name)
    if existing:
        return existing, False
    from outreach_app.core.records.catalogue import municipality_for

    with transaction(conn):
        values["municipality_id"] = municipality_for(conn, municipality) if (municipality or "").strip() else None
        ident = new_id()
        row = {"id": ident, "name": name, "name_key": name_key(name), **values, **_stamp(conn)}
        conn.execute(f"INSERT INTO organisations ({', '.join(row)}) VALUES ({', '.join(':' + c for c in row)})", row)
    return ident, True


_UNSET = object()


@writes(Change.ORGANISATIONS | Change.CATALOGUE)
def edit_organisation(conn: sqlite3.Connection, ident_or_name: str, *, name=_UNSET, sector=_UNSET,
                      municipality=_UNSET, contact_role=_UNSET, contact_name=_UNSET, contact_email=_UNSET,
                      contact_phone=_UNSET) -> Organisation:
    """Change the given fields of an organisation (last change wins in sync; None clears an optional
    field). Returns the organisation as it is now."""
    from outreach_app.core.records.catalogue import municipality_for
    from outreach_app.core.sync.roles import require_own

    ident = require_organisation(conn, ident_or_name)
    changes: dict = {}
    if name is not _UNSET:
        changes["name"] = clean_name(name, "organisation name", max_length=bounds.MAX_NAME_LENGTH)
        other = find_organisation(conn, changes["name"])
        if other and other != ident:
            raise InvalidInput("an organisation named '{name}' already exists", name=changes["name"])
        changes["name_key"] = name_key(changes["name"])
    if sector is not _UNSET:
        changes["sector"] = clean_sector(sector)
    checks = {"contact_role": lambda v: clean_optional(v, bounds.MAX_NAME_LENGTH, what="contact role"),
              "contact_name": lambda v: clean_optional(v, bounds.MAX_NAME_LENGTH, what="contact name"),
              "contact_email": clean_email, "contact_phone": clean_phone}
    for column, value in (("contact_role", contact_role), ("contact_name", contact_name),
                          ("contact_email", contact_email), ("contact_phone", contact_phone)):
        if value is not _UNSET:
            changes[column] = checks[column](value)
    with transaction(conn):
        require_own(conn, "organisations", ident)
        if municipality is not _UNSET:
            changes["municipality_id"] = municipality_for(conn, municipality) if (municipality or "").strip() else None
        if changes:
            changes.update(_stamp(conn))
            assignments = ", ".join(f"{column} = :{column}" for column in changes)
            conn.execute(f"UPDATE organisations SET {assignments} WHERE id = :id", {**changes, "id": ident})
    return get_organisation(conn, ident)


_SELECT = (f"SELECT o.id, o.name, o.sector, (SELECT m.name FROM municipalities m WHERE m.id = o.municipality_id),"
           f" o.contact_role, o.contact_name, o.contact_email, o.contact_phone FROM organisations o"
           f" WHERE o.id = {canonical_id_sql('organisations', 'o.name_key')}")


def get_organisation(conn: sqlite3.Connection, ident_or_name: str) -> Organisation:
    ident = require_organisation(conn, ident_or_name)
    return Organisation(*conn.execute(_SELECT + " AND o.id = ?", (ident,)).fetchone())


def list_organisations(conn: sqlite3.Connection, sector: str | None = None) -> list[Organisation]:
    """Every organisation once (canonical rows), by name; optionally of one sector."""
    rows = [Organisation(*row) for row in conn.execute(_SELECT + " ORDER BY o.name COLLATE NOCASE, o.id")]
    if sector is not None:
        rows = [o for o in rows if fold_key(o.sector) == fold_key(sector)]
    return rows
