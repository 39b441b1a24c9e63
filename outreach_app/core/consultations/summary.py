"""Consultations over a date range, for the report and the working-group update: quick to import."""

from __future__ import annotations

import sqlite3

from outreach_app.core.store.facts import date_range_conditions

from .resolution import response_themes


def same_name_municipalities(conn: sqlite3.Connection, municipality_id: str) -> list[str]:
    """The municipality and its same-name rows (made on other laptops)."""
    rows = conn.execute("SELECT id FROM municipalities WHERE name_key = (SELECT name_key FROM municipalities"
                        " WHERE id = ?)", (municipality_id,)).fetchall()
    return [r[0] for r in rows] or [municipality_id]


def consultations_summary(conn: sqlite3.Connection, date_from: str | None, date_to: str | None,
                          municipality_ids: list[str] | None = None) -> dict:
    """Consultations dated within [date_from, date_to] (cancelled excluded; optionally only these
    municipalities, same-name rows included): how many, their responses, themes with responses, attendees,
    and the same per kind."""
    where, params = date_range_conditions("c.date", date_from, date_to)
    where.append("c.cancelled = 0")
    if municipality_ids is not None:
        ids = sorted({i for m in municipality_ids for i in same_name_municipalities(conn, m)})
        where.append(f"c.municipality_id IN ({', '.join('?' * len(ids))})" if ids else "0")
        params += ids
    rows = conn.execute(f"SELECT c.id, c.kind, coalesce(c.attendees, 0) FROM consultations c WHERE {' AND '.join(where)}"
                        " ORDER BY c.date, c.id", params).fetchall()
    empty = {"consultations": 0, "responses": 0, "themes": 0, "attendees": 0}
    total = dict(empty)
    by_kind: dict[str, dict[str, int]] = {}
    for ident, kind, attendees in rows:
        responses = conn.execute("SELECT count(*) FROM responses WHERE consultation_id = ? AND voided = 0",
                                 (ident,)).fetchone()[0]
        themes = len({t for ts in response_themes(conn, ident).values() for t in ts})
        for bucket in (total, by_kind.setdefault(kind, dict(empty))):
            bucket["consultations"] += 1
            bucket["responses"] += responses
            bucket["themes"] += themes
            bucket["attendees"] += attendees
    return {**total, "by_kind": {k: by_kind[k] for k in sorted(by_kind)}}
