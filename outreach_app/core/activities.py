"""One list of activities of every kind (events, trainings, consultations and focus groups): the
Activities screen's calendar and list read it, filtered by kind and dates."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass

from outreach_app.core.store.facts import date_range_conditions
from outreach_app.core.validate import canonical_id_sql

EVENT, TRAINING, CONSULTATION = "event", "training", "consultation"
KINDS = (EVENT, TRAINING, CONSULTATION)


def _municipality(alias: str) -> str:
    return (f"(SELECT m.name FROM municipalities m WHERE m.id = {canonical_id_sql('municipalities', f'(SELECT name_key FROM municipalities WHERE id = {alias}.municipality_id)')})")


# kind -> SQL giving (kind, id, title, date, start_time, municipality, place, cancelled) and its date column
_SOURCES = {
    EVENT: (f"SELECT 'event', e.id, e.name, e.date, e.start_time, {_municipality('e')},"
            " (SELECT s.name FROM sites s WHERE s.id = e.site_id), e.cancelled FROM events e", "e.date"),
    TRAINING: (f"SELECT 'training', t.id, t.topic, t.date, t.start_time, {_municipality('t')}, t.place, t.cancelled"
               " FROM trainings t", "t.date"),
    CONSULTATION: (f"SELECT 'consultation', c.id, c.title, c.date, NULL, {_municipality('c')}, c.place, c.cancelled"
                   " FROM consultations c", "c.date"),
}


@dataclass(frozen=True)
class Activity:
    kind: str  # one of KINDS
    id: str
    title: str
    date: str
    start_time: str | None
    municipality: str | None
    place: str | None
    cancelled: bool

    def as_dict(self) -> dict:
        return asdict(self)


def activities(conn: sqlite3.Connection, kinds=KINDS, date_from: str | None = None,
               date_to: str | None = None) -> list[Activity]:
    """Activities of the given kinds within [date_from, date_to] (each optional), by date, time, title."""
    parts, params = [], []
    for kind in kinds:
        if kind not in _SOURCES:
            raise ValueError(kind)  # a programming error: kinds come from KINDS
        sql, column = _SOURCES[kind]
        where, values = date_range_conditions(column, date_from, date_to)
        parts.append(sql + (" WHERE " + " AND ".join(where) if where else ""))
        params += values
    if not parts:
        return []
    rows = conn.execute(" UNION ALL ".join(parts) + " ORDER BY 4, 5, 3, 2", params)
    return [Activity(*row[:7], bool(row[7])) for row in rows]
