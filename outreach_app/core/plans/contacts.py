"""The contacts directory: services that a safety plan tells residents to call.

Each contact is one service of an organisation from the shared organisations list (the same records
consultations invite and trainings count): `add_contact` finds the organisation by name or creates it.
A new organisation made here is given the sector "Other" until someone sets its sector with
`stakeholder edit` (a directory entry does not say which sector a service belongs to).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from outreach_app.core import bounds
from outreach_app.core.changes import Change, writes
from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.store.connection import transaction
from outreach_app.core.validate import clean_name, clean_optional, fold_key, parse_uuid

from .rows import insert_row, update_row

DEFAULT_SECTOR = "Other"
AREA_SEPARATOR = "; "


@dataclass(frozen=True)
class Contact:
    id: str
    organisation_id: str
    organisation: str
    service: str | None
    phone: str | None
    hours: str | None
    address: str | None
    web: str | None
    emergency: bool
    areas: tuple[str, ...]

    @property
    def label(self) -> str:
        """What a plan prints as the contact's name: the organisation, and its service if any."""
        return f"{self.organisation} — {self.service}" if self.service else self.organisation

    def as_dict(self) -> dict:
        return {"id": self.id, "organisation_id": self.organisation_id, "organisation": self.organisation,
                "service": self.service, "phone": self.phone, "hours": self.hours, "address": self.address,
                "web": self.web, "emergency": self.emergency, "areas": list(self.areas)}


class PlansAffected(InvalidInput):
    """A contact change that published plans would show: the caller confirms it (`affected`: their names)."""

    affected: list[str] = []


def _clean_web(value: str | None) -> str | None:
    from outreach_app.core.flyers.links import check_url

    text = (value or "").strip()
    return check_url(text) if text else None


def clean_areas(areas) -> str | None:
    """The areas a contact serves, each trimmed, duplicates (ignoring case and accents) dropped."""
    kept, seen = [], set()
    for area in areas or ():
        text = clean_name(area, "area served", max_length=bounds.MAX_PLAN_NAME_LENGTH)
        if ";" in text:
            raise InvalidInput("area served '{value}' holds ';'; give each area with its own --area", value=text)
        if fold_key(text) not in seen:
            seen.add(fold_key(text))
            kept.append(text)
    return AREA_SEPARATOR.join(kept) or None


def _fields(service=None, phone=None, hours=None, address=None, web=None) -> dict:
    from outreach_app.core.consultations.organisations import clean_phone

    return {"service": clean_optional(service, bounds.MAX_NAME_LENGTH, what="service"),
            "phone": clean_phone(phone, "phone"),
            "hours": clean_optional(hours, bounds.MAX_NAME_LENGTH, what="hours"),
            "address": clean_optional(address, bounds.MAX_NAME_LENGTH, what="address"),
            "web": _clean_web(web)}


@writes(Change.SAFETY_PLANS | Change.ORGANISATIONS)
def add_contact(conn: sqlite3.Connection, name: str, *, service: str | None = None, phone: str | None = None,
                emergency: bool = False, web: str | None = None, hours: str | None = None,
                address: str | None = None, areas=(), sector: str | None = None) -> str:
    """Add a service to the directory under the organisation `name` (found by name, or created with
    `sector`, "Other" by default). Returns the contact's id."""
    from outreach_app.core.consultations.organisations import add_organisation

    name = clean_name(name, "organisation name", max_length=bounds.MAX_NAME_LENGTH)
    values = {**_fields(service, phone, hours, address, web), "emergency": int(bool(emergency)),
              "areas": clean_areas(areas)}
    with transaction(conn):
        organisation_id, _ = add_organisation(conn, name, sector or DEFAULT_SECTOR)
        return insert_row(conn, "directory_contacts", {"organisation_id": organisation_id, **values})


_SELECT = (
    "SELECT c.id, o.id, o.name, c.service, c.phone, c.hours, c.address, c.web, c.emergency, c.areas"
    " FROM directory_contacts c JOIN organisations o ON o.id = {canonical}")


def _select() -> str:
    from outreach_app.core.consultations.organisations import canonical_organisation_sql

    return _SELECT.format(canonical=canonical_organisation_sql("c.organisation_id"))


def _contact(row) -> Contact:
    areas = tuple(a for a in (row[9] or "").split(AREA_SEPARATOR) if a)
    return Contact(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], bool(row[8]), areas)


def get_contact(conn: sqlite3.Connection, ident: str) -> Contact:
    """The contact with that id, or a refusal naming it."""
    ident = parse_uuid(ident, "contact id")
    row = conn.execute(_select() + " WHERE c.id = ?", (ident,)).fetchone()
    if row is None:
        raise NotFound("no contact with id '{value}' (see 'contact list')", value=ident)
    return _contact(row)


def list_contacts(conn: sqlite3.Connection) -> list[Contact]:
    """Every contact, emergency services first, then by organisation and service."""
    rows = conn.execute(_select() + " ORDER BY c.emergency DESC, o.name COLLATE NOCASE, c.service COLLATE NOCASE, c.id")
    return [_contact(row) for row in rows]


def contacts_serving(conn: sqlite3.Connection, places) -> list[Contact]:
    """The contacts whose areas served name any of `places` (an area, its municipality, postal areas)."""
    wanted = {fold_key(p) for p in places if p}
    return [c for c in list_contacts(conn) if wanted & {fold_key(a) for a in c.areas}]


def published_plans_using(conn: sqlite3.Connection, ident: str) -> list[str]:
    """Names of the published plans a change to this contact would show in (asked before saving)."""
    from .versions import plans_using_contact

    return [p.name for p in plans_using_contact(conn, ident) if p.published]


_UNSET = object()


def _contact_changes(conn: sqlite3.Connection, ident: str, organisation=_UNSET, service=_UNSET, phone=_UNSET,
                     hours=_UNSET, address=_UNSET, web=_UNSET, emergency=_UNSET, areas=_UNSET) -> tuple[Contact, dict]:
    """The contact and the checked changes the given fields make to it (refusing a bad value)."""
    contact = get_contact(conn, ident)
    given = {k: v for k, v in (("service", service), ("phone", phone), ("hours", hours), ("address", address),
                               ("web", web)) if v is not _UNSET}
    changes = {k: v for k, v in _fields(**given).items() if k in given}
    if emergency is not _UNSET:
        changes["emergency"] = int(bool(emergency))
    if areas is not _UNSET:
        changes["areas"] = clean_areas(areas)
    if organisation is not _UNSET:
        name = clean_name(organisation, "organisation name", max_length=bounds.MAX_NAME_LENGTH)
        if name != contact.organisation:
            changes["organisation"] = name  # found or added on saving (another organisation's service now)
    current = {"service": contact.service, "phone": contact.phone, "hours": contact.hours, "address": contact.address,
               "web": contact.web, "emergency": int(contact.emergency),
               "areas": AREA_SEPARATOR.join(contact.areas) or None}
    return contact, {k: v for k, v in changes.items() if k not in current or current[k] != v}


def plans_affected_by_edit(conn: sqlite3.Connection, ident: str, **fields) -> list[str]:
    """Check a change (refusing a bad value) without saving it: the published plans it would show in
    (none when it changes nothing). The window asks about them before saving."""
    contact, changes = _contact_changes(conn, ident, **fields)
    return published_plans_using(conn, contact.id) if changes else []


@writes(Change.SAFETY_PLANS)
def edit_contact(conn: sqlite3.Connection, ident: str, *, confirmed: bool = False, **fields) -> Contact:
    """Change a contact (organisation, service, phone, hours, address, web, emergency, areas). When
    published plans use it, the change shows in their next versions: without `confirmed` it is refused
    with PlansAffected naming them (nothing saved)."""
    contact, changes = _contact_changes(conn, ident, **fields)
    if not changes:
        return contact
    published = published_plans_using(conn, contact.id)
    if published and not confirmed:
        asked = PlansAffected("contact '{contact}' is in published plans ({plans}); the change will show in their"
                              " next versions: confirm it (--yes) to save", contact=contact.label,
                              plans=", ".join(published))
        asked.affected = published
        raise asked
    from outreach_app.core.consultations.organisations import add_organisation

    with transaction(conn):
        if "organisation" in changes:
            changes["organisation_id"], _ = add_organisation(conn, changes.pop("organisation"), DEFAULT_SECTOR)
        update_row(conn, "directory_contacts", contact.id, changes)
    return get_contact(conn, contact.id)
