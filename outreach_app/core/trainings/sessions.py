"""Trainings themselves: add, edit, cancel (or bring back), get and list. Editable records: the last
change wins in sync; only the device that made a training, or the office, may change it."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass

from outreach_app.core import bounds
from outreach_app.core.changes import Change, writes
from outreach_app.core.clock import new_id, next_hlc, utc_now
from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.privacy.free_text import check_fields
from outreach_app.core.store.connection import device_id, transaction
from outreach_app.core.store.facts import date_range_conditions
from outreach_app.core.validate import canonical_id_sql, clean_name, clean_optional, parse_count, parse_date, \
    parse_time, parse_uuid

MAX_CAPACITY = bounds.MAX_TRAINING_PEOPLE

# the topics offered in the window's list (any other text is kept as typed)
SUGGESTED_TOPICS = ("Naloxone and overdose response", "Mental-health first aid", "Trauma-informed practice")


@dataclass(frozen=True)
class Training:
    id: str
    topic: str
    date: str
    start_time: str | None
    place: str | None
    municipality: str | None
    partner: str | None
    facilitator_initials: str | None
    capacity: int | None
    notes: str | None
    cancelled: bool

    def as_dict(self) -> dict:
        return asdict(self)


_SELECT = f"""
SELECT t.id, t.topic, t.date, t.start_time, t.place,
       (SELECT m.name FROM municipalities m WHERE m.id = {canonical_id_sql('municipalities',
            '(SELECT name_key FROM municipalities WHERE id = t.municipality_id)')}),
       t.partner, t.facilitator_initials, t.capacity, t.notes, t.cancelled
FROM trainings t
"""

FIELDS = ("topic", "date", "start_time", "place", "municipality", "partner", "facilitator_initials", "capacity",
          "notes")


def _row(row) -> Training:
    return Training(*row[:10], bool(row[10]))


def _pure_fields(topic, date, start_time=None, place=None, partner=None, facilitator_initials=None, capacity=None,
                 notes=None) -> dict:
    """Every field that needs no database, checked (a refusal names the value at fault)."""
    return {
        "topic": clean_name(topic, "training topic", max_length=bounds.MAX_NAME_LENGTH),
        "date": parse_date(date, "training date"),
        "start_time": parse_time(start_time, "start time"),
        "place": clean_optional(place, bounds.MAX_NAME_LENGTH, what="place"),
        "partner": clean_optional(partner, bounds.MAX_NAME_LENGTH, what="partner"),
        "facilitator_initials": clean_optional(facilitator_initials, bounds.MAX_INITIALS_LENGTH,
                                               what="facilitator initials"),
        "capacity": None if capacity in (None, "") else parse_count(capacity, "capacity", 1, MAX_CAPACITY),
        "notes": clean_optional(notes, what="notes", multi_line=True),
    }


def _municipality_id(conn, municipality) -> str | None:
    from outreach_app.core.records.catalogue import municipality_for

    return municipality_for(conn, municipality) if municipality and municipality.strip() else None


# the training's free text that could name a resident (core/privacy/free_text.py), by field
PERSONAL_CHECKED = {"topic": "training topic", "place": "place", "partner": "partner", "notes": "notes"}


@writes(Change.TRAININGS | Change.CATALOGUE)
def add_training(conn: sqlite3.Connection, topic: str, date: str, municipality: str | None = None, *,
                 start_time=None, place=None, partner=None, facilitator_initials=None, capacity=None,
                 notes=None, allow_personal: bool = False) -> str:
    """Create a training; returns its id. Everything is checked before anything is written; a topic, place,
    partner or notes that look personal are refused (PersonalDataFound) unless allow_personal."""
    fields = _pure_fields(topic, date, start_time, place, partner, facilitator_initials, capacity, notes)
    check_fields(fields, PERSONAL_CHECKED, allow_personal)
    with transaction(conn):
        fields["municipality_id"] = _municipality_id(conn, municipality)
        hlc, rev = next_hlc(conn)
        me = device_id(conn)
        row = {"id": new_id(), **fields, "cancelled": 0, "created_device_id": me, "hlc": hlc,
               "updated_at": utc_now(), "device_id": me, "rev": rev}
        conn.execute(f"INSERT INTO trainings ({', '.join(row)}) VALUES ({', '.join(':' + c for c in row)})", row)
    return row["id"]


@writes(Change.TRAININGS | Change.CATALOGUE)
def edit_training(conn: sqlite3.Connection, training_id: str, *, allow_personal: bool = False, **values) -> Training:
    """Change any of FIELDS of a training (others keep their values; '' or None clears an optional one).
    A changed topic, place, partner or notes that look personal are refused unless allow_personal."""
    unknown = sorted(set(values) - set(FIELDS))
    if unknown:
        raise InvalidInput("a training has no field '{field}'", field=unknown[0])
    current = get_training(conn, training_id)
    require_own_training(conn, current.id)
    check_fields({k: v for k, v in values.items() if v != getattr(current, k, None)}, PERSONAL_CHECKED, allow_personal)
    merged = {key: values.get(key, getattr(current, key)) for key in FIELDS if key != "municipality"}
    fields = _pure_fields(**merged)
    with transaction(conn):
        fields["municipality_id"] = _municipality_id(conn, values.get("municipality", current.municipality))
        hlc, rev = next_hlc(conn)
        assignments = ", ".join(f"{column} = :{column}" for column in fields)
        conn.execute(f"UPDATE trainings SET {assignments}, hlc = :hlc, updated_at = :updated_at, device_id = :me,"
                     " rev = :rev WHERE id = :id",
                     {**fields, "hlc": hlc, "updated_at": utc_now(), "me": device_id(conn), "rev": rev,
                      "id": current.id})
    return get_training(conn, current.id)


@writes(Change.TRAININGS)
def set_training_cancelled(conn: sqlite3.Connection, training_id: str, cancelled: bool = True) -> Training:
    """Cancel a training (or bring it back); cancelled trainings count nowhere."""
    current = get_training(conn, training_id)
    require_own_training(conn, current.id)
    with transaction(conn):
        hlc, rev = next_hlc(conn)
        conn.execute("UPDATE trainings SET cancelled = ?, hlc = ?, updated_at = ?, device_id = ?, rev = ? WHERE id = ?",
                     (int(cancelled), hlc, utc_now(), device_id(conn), rev, current.id))
    return get_training(conn, current.id)


def require_own_training(conn: sqlite3.Connection, training_id: str) -> None:
    """Only the device that made a training, or the office, changes it or records its attendance and
    ratings (sync would ignore anything else, and the figures would not count it)."""
    from outreach_app.core.sync.roles import may_correct

    (author,) = conn.execute("SELECT created_device_id FROM trainings WHERE id = ?", (training_id,)).fetchone()
    if not may_correct(conn, author):
        raise InvalidInput("training {id} was made on another device; only the office corrects another device's "
                           "records (change it there)", id=training_id)


def get_training(conn: sqlite3.Connection, training_id: str) -> Training:
    ident = parse_uuid(training_id, "training id")
    row = conn.execute(_SELECT + " WHERE t.id = ?", (ident,)).fetchone()
    if not row:
        raise NotFound("no training with id '{id}' (see 'training list')", id=training_id)
    return _row(row)


def list_trainings(conn: sqlite3.Connection, date_from: str | None = None, date_to: str | None = None,
                   include_cancelled: bool = True) -> list[Training]:
    """Trainings by date, time and topic, optionally within [date_from, date_to]."""
    where, params = date_range_conditions("t.date", date_from, date_to)
    if not include_cancelled:
        where.append("t.cancelled = 0")
    sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY t.date, t.start_time, t.topic, t.id"
    return [_row(row) for row in conn.execute(sql, params)]
