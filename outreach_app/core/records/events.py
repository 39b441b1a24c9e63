"""Community events: create, edit, cancel, list."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass

from outreach_app.core import bounds
from outreach_app.core.changes import Change, writes
from outreach_app.core.clock import new_id, next_hlc, utc_now
from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.privacy.free_text import check_fields
from outreach_app.core.records.catalogue import municipality_for, site_for
from outreach_app.core.store.facts import date_range_conditions
from outreach_app.core.store.connection import device_id, transaction
from outreach_app.core.validate import (
    canonical_id_sql,
    clean_name,
    clean_optional,
    parse_date,
    parse_time,
    parse_uuid,
)


@dataclass(frozen=True)
class Event:
    id: str
    name: str
    date: str
    start_time: str | None
    end_time: str | None
    municipality: str | None
    site: str | None
    partners: str | None
    staff_initials: str | None
    notes: str | None
    cancelled: bool
    held: bool = False
    """Something was counted at it (a tally entry not voided): it took place, whatever its date."""

    def as_dict(self) -> dict:
        return asdict(self)


_SELECT = f"""
SELECT e.id, e.name, e.date, e.start_time, e.end_time,
       (SELECT m.name FROM municipalities m WHERE m.id = {canonical_id_sql('municipalities',
            '(SELECT name_key FROM municipalities WHERE id = e.municipality_id)')}),
       s.name, e.partners, e.staff_initials, e.notes, e.cancelled,
       EXISTS (SELECT 1 FROM tally_entries t WHERE t.event_id = e.id AND t.voided = 0)
FROM events e LEFT JOIN sites s ON s.id = e.site_id
"""


def _row_to_event(row) -> Event:
    return Event(*row[:10], bool(row[10]), bool(row[11]))


def _fields(conn, name, date, start_time, end_time, municipality, site, partners, staff_initials, notes) -> dict:
    start = parse_time(start_time, "start time")
    end = parse_time(end_time, "end time")
    if start and end and end < start:
        raise InvalidInput("{what} {end} is before start time {start}", what="end time", end=end, start=start)
    municipality_id = municipality_for(conn, municipality) if municipality and municipality.strip() else None
    return {
        "name": clean_name(name, "event name", max_length=bounds.MAX_NAME_LENGTH),
        "date": parse_date(date, "event date"),
        "start_time": start,
        "end_time": end,
        "municipality_id": municipality_id,
        "site_id": site_for(conn, site, municipality_id) if site and site.strip() else None,
        "partners": clean_optional(partners, what="partners"),
        "staff_initials": clean_optional(staff_initials, max_length=bounds.MAX_INITIALS_LENGTH, what="staff initials"),
        "notes": clean_optional(notes, what="notes", multi_line=True),
    }


# the event's free text that could name a resident (core/privacy/free_text.py), by argument name
PERSONAL_CHECKED = {"name": "event name", "site": "site", "partners": "partners", "notes": "notes"}


@writes(Change.EVENTS | Change.CATALOGUE)
def add_event(conn: sqlite3.Connection, name: str, date: str, municipality: str | None = None, site: str | None = None,
              start_time: str | None = None, end_time: str | None = None, partners: str | None = None,
              staff_initials: str | None = None, notes: str | None = None, *, allow_personal: bool = False) -> str:
    """Create an event; returns its id. Validates everything before writing anything. Free text that
    looks personal is refused (PersonalDataFound) unless allow_personal."""
    # validate the pure values first so a bad date never creates a municipality or site
    parse_date(date, "event date")
    clean_name(name, "event name", max_length=bounds.MAX_NAME_LENGTH)
    check_fields({"name": name, "site": site, "partners": partners, "notes": notes}, PERSONAL_CHECKED, allow_personal)
    with transaction(conn):
        fields = _fields(conn, name, date, start_time, end_time, municipality, site, partners, staff_initials, notes)
        hlc, rev = next_hlc(conn)
        me = device_id(conn)
        ident = new_id()
        conn.execute(
            "INSERT INTO events (id, name, date, start_time, end_time, site_id, municipality_id, partners,"
            " staff_initials, notes, cancelled, created_device_id, hlc, updated_at, device_id, rev)"
            " VALUES (:id, :name, :date, :start_time, :end_time, :site_id, :municipality_id, :partners,"
            " :staff_initials, :notes, 0, :me, :hlc, :updated_at, :me, :rev)",
            {"id": ident, **fields, "me": me, "hlc": hlc, "updated_at": utc_now(), "rev": rev},
        )
    return ident


@writes(Change.EVENTS | Change.CATALOGUE)
def update_event(conn: sqlite3.Connection, event_id: str, *, allow_personal: bool = False, **values) -> None:
    """Edit an event: pass any of name, date, municipality, site, start_time, end_time, partners,
    staff_initials, notes. Unchanged fields keep their values. A changed field's text that looks
    personal is refused (PersonalDataFound) unless allow_personal; unchanged ones were decided before."""
    current = get_event(conn, event_id)
    _require_own(conn, current.id)
    changed = {key: value for key, value in values.items() if value != getattr(current, key, None)}
    check_fields(changed, PERSONAL_CHECKED, allow_personal)
    merged = {key: values.get(key, getattr(current, key)) for key in
              ("name", "date", "start_time", "end_time", "municipality", "site", "partners", "staff_initials", "notes")}
    with transaction(conn):
        fields = _fields(conn, **merged)
        hlc, rev = next_hlc(conn)
        assignments = ", ".join(f"{column} = :{column}" for column in fields)
        conn.execute(
            f"UPDATE events SET {assignments}, hlc = :hlc, updated_at = :updated_at, device_id = :me, rev = :rev"
            " WHERE id = :id",
            {**fields, "hlc": hlc, "updated_at": utc_now(), "me": device_id(conn), "rev": rev, "id": current.id},
        )


@writes(Change.EVENTS)
def set_event_cancelled(conn: sqlite3.Connection, event_id: str, cancelled: bool = True) -> None:
    """Cancel (or reinstate) an event; cancelled events count nowhere."""
    current = get_event(conn, event_id)
    _require_own(conn, current.id)
    with transaction(conn):
        hlc, rev = next_hlc(conn)
        conn.execute(
            "UPDATE events SET cancelled = ?, hlc = ?, updated_at = ?, device_id = ?, rev = ? WHERE id = ?",
            (int(cancelled), hlc, utc_now(), device_id(conn), rev, current.id),
        )


def _require_own(conn: sqlite3.Connection, event_id: str) -> None:
    """Only the device that made an event, or the office, may change it (sync would ignore the change)."""
    from outreach_app.core.sync.roles import may_correct

    (author,) = conn.execute("SELECT created_device_id FROM events WHERE id = ?", (event_id,)).fetchone()
    if not may_correct(conn, author):
        raise InvalidInput("event {id} was made on another device; only the office corrects another device's "
                           "records (change it there)", id=event_id)


def get_event(conn: sqlite3.Connection, event_id: str) -> Event:
    ident = parse_uuid(event_id, "event id")
    row = conn.execute(_SELECT + " WHERE e.id = ?", (ident,)).fetchone()
    if not row:
        raise NotFound("no event with id '{id}'", id=event_id)
    return _row_to_event(row)


def list_events(conn: sqlite3.Connection, date_from: str | None = None, date_to: str | None = None,
                include_cancelled: bool = True) -> list[Event]:
    """Events by date then name, optionally within [date_from, date_to]."""
    where, params = date_range_conditions("e.date", date_from, date_to)
    if not include_cancelled:
        where.append("e.cancelled = 0")
    sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY e.date, e.start_time, e.name, e.id"
    return [_row_to_event(row) for row in conn.execute(sql, params)]
