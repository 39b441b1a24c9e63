"""Flyer drops: which flyers (by source tag) were left where, how many, when. Insert-only facts.

A drop is undone with tally.void(DROP_ID) like any entry; voided drops count nowhere.
Tags are stored as typed and matched case-insensitively (as survey responses are).
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass

from outreach_app.core.changes import Change, writes
from outreach_app.core.errors import NotFound
from outreach_app.core.privacy.free_text import check_free_text
from outreach_app.core import bounds
from outreach_app.core.records.catalogue import municipality_for
from outreach_app.core.store.facts import insert_fact
from outreach_app.core.store.connection import transaction
from outreach_app.core.validate import (
    clean_name,
    clean_optional,
    name_key,
    parse_count,
    parse_date,
    parse_uuid,
)

from .links import check_tag
from .totals import drops_by_tag  # noqa: F401  (re-exported: reports and surveys use it)


@dataclass(frozen=True)
class FlyerDrop:
    id: str
    source_tag: str
    place: str
    count: int
    date: str
    municipality: str | None
    note: str | None
    voided: bool

    def as_dict(self) -> dict:
        return asdict(self)


@writes(Change.FLYER_DROPS)
def record_drop(conn: sqlite3.Connection, source_tag: str, place: str, count, date: str,
                municipality: str | None = None, note: str | None = None, *, allow_personal: bool = False) -> str:
    """Record flyers left at a place (committed before returning). Returns the drop's id. A place or
    note that looks personal is refused (PersonalDataFound) unless allow_personal."""
    tag = check_tag(source_tag)
    place = clean_name(place, "place", max_length=bounds.MAX_NAME_LENGTH)
    check_free_text(place, "place", allow_personal)
    check_free_text(note, "note", allow_personal)
    count = parse_count(count, "flyer count", minimum=1, maximum=bounds.MAX_FLYER_DROP)
    date = parse_date(date, "drop date")
    note = clean_optional(note, what="note", multi_line=True)
    with transaction(conn):
        municipality_id = municipality_for(conn, municipality) if municipality and municipality.strip() else None
        return insert_fact(conn, "flyer_drops", {"source_tag": tag, "place": place, "count": count, "date": date,
                                                 "municipality_id": municipality_id, "note": note})


_SELECT = """SELECT d.id, d.source_tag, d.place, d.count, d.date,
                    (SELECT m2.name FROM municipalities m2 WHERE m2.id =
                       (SELECT min(m3.id) FROM municipalities m3 WHERE m3.name_key = m.name_key)),
                    d.note, d.voided
             FROM flyer_drops d LEFT JOIN municipalities m ON m.id = d.municipality_id"""


def get_drop(conn: sqlite3.Connection, drop_id: str) -> FlyerDrop:
    row = conn.execute(_SELECT + " WHERE d.id = ?", (parse_uuid(drop_id, "drop id"),)).fetchone()
    if not row:
        raise NotFound("no flyer drop with id '{id}'", id=drop_id)
    return FlyerDrop(*row[:7], bool(row[7]))


def list_drops(conn: sqlite3.Connection, source_tag: str | None = None, *, include_voided: bool = False) -> list[FlyerDrop]:
    """Drops, newest date first (then tag, place, id, so every database lists them alike)."""
    where, params = [], []
    if not include_voided:
        where.append("d.voided = 0")
    if source_tag:
        where.append("name_key(d.source_tag) = ?")  # store.connection.connect's SQL function: NOCASE folds ASCII only
        params.append(name_key(source_tag.strip()))
    sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY d.date DESC, lower(d.source_tag), d.place, d.id"
    return [FlyerDrop(*row[:7], bool(row[7])) for row in conn.execute(sql, params)]
