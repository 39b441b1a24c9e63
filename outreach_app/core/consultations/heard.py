"""What other features read from consultations: the themes heard in one municipality (safety plans), a
summary over a date range (the working-group update), and the same theme across consultations."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from outreach_app.core.store.facts import date_range_conditions

from .records import list_consultations
from .responses import list_responses
from .themes import response_themes, theme_names


@dataclass(frozen=True)
class HeardTheme:
    theme_id: str  # canonical (after same-name joins and merges)
    name: str
    responses: int  # voided responses and tags excluded
    quotes: list[str] = field(default_factory=list)  # starred responses' texts


def _municipality_ids(conn: sqlite3.Connection, municipality_id: str) -> list[str]:
    """The municipality and its same-name rows (made on other laptops)."""
    rows = conn.execute("SELECT id FROM municipalities WHERE name_key = (SELECT name_key FROM municipalities"
                        " WHERE id = ?)", (municipality_id,)).fetchall()
    return [r[0] for r in rows] or [municipality_id]


def heard_in_municipality(conn: sqlite3.Connection, municipality_id: str) -> list[HeardTheme]:
    """Themes heard over every non-cancelled consultation in the municipality, most responses first, ties by
    name. Each consultation's themes are its own: two consultations' themes are listed separately."""
    ids = set(_municipality_ids(conn, municipality_id))
    found: list[HeardTheme] = []
    for consultation in list_consultations(conn, include_cancelled=False):
        if consultation.municipality_id not in ids:
            continue
        tagged = response_themes(conn, consultation.id)
        names = theme_names(conn, consultation.id)
        counts: dict[str, int] = {}
        quotes: dict[str, list[str]] = {}
        for response in list_responses(conn, consultation.id):
            for theme in tagged.get(response.id, []):
                counts[theme] = counts.get(theme, 0) + 1
                if response.starred:
                    quotes.setdefault(theme, []).append(response.text)
        found += [HeardTheme(t, names[t], n, quotes.get(t, [])) for t, n in counts.items()]
    return sorted(found, key=lambda h: (-h.responses, h.name.casefold(), h.theme_id))


def consultations_summary(conn: sqlite3.Connection, date_from: str | None, date_to: str | None,
                          municipality_ids: list[str] | None = None) -> dict:
    """Consultations dated within [date_from, date_to] (cancelled excluded; optionally only these
    municipalities, same-name rows included): how many, their responses, themes with responses, attendees,
    and the same per kind."""
    where, params = date_range_conditions("c.date", date_from, date_to)
    where.append("c.cancelled = 0")
    if municipality_ids is not None:
        ids = sorted({i for m in municipality_ids for i in _municipality_ids(conn, m)})
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


def theme_across_consultations(conn: sqlite3.Connection, name: str) -> list[dict]:
    """The same theme (by name, any case) in every non-cancelled consultation that has it: date, title,
    responses with it, and the consultation's response count; newest first."""
    from outreach_app.core.validate import name_key

    key = name_key(name)
    found = []
    for consultation in list_consultations(conn, include_cancelled=False):
        names = theme_names(conn, consultation.id)
        wanted = {t for t, n in names.items() if name_key(n) == key}
        if not wanted:
            continue
        tagged = response_themes(conn, consultation.id)
        total = len(list_responses(conn, consultation.id))
        count = sum(1 for ts in tagged.values() if wanted & set(ts))
        found.append({"id": consultation.id, "date": consultation.date, "title": consultation.title,
                      "municipality": consultation.municipality, "responses": count, "of": total})
    return found
