"""What other features read from consultations: the themes heard in one municipality (safety plans), a
summary over a date range (the working-group update), and the same theme across consultations."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from .records import list_consultations
from .responses import list_responses
from .summary import consultations_summary, same_name_municipalities  # noqa: F401  (re-exported)
from .themes import response_themes, theme_names


@dataclass(frozen=True)
class HeardTheme:
    theme_id: str  # canonical (after same-name joins and merges)
    name: str
    responses: int  # voided responses and tags excluded
    quotes: list[str] = field(default_factory=list)  # starred responses' texts


def heard_in_municipality(conn: sqlite3.Connection, municipality_id: str) -> list[HeardTheme]:
    """Themes heard over every non-cancelled consultation in the municipality (same-name municipality rows
    included), most responses first, ties by name. A theme of the same name in several consultations is
    one line: its responses added up, its quotes in date order, its theme_id the smallest of their
    canonical ids."""
    from outreach_app.core.validate import name_key

    ids = set(same_name_municipalities(conn, municipality_id))
    merged: dict[str, dict] = {}
    for consultation in sorted(list_consultations(conn, include_cancelled=False), key=lambda c: (c.date, c.id)):
        if consultation.municipality_id not in ids:
            continue
        tagged = response_themes(conn, consultation.id)
        names = theme_names(conn, consultation.id)
        for response in list_responses(conn, consultation.id):
            for theme in tagged.get(response.id, []):
                entry = merged.setdefault(name_key(names[theme]), {"ids": set(), "name": names[theme], "count": 0,
                                                                   "quotes": []})
                entry["ids"].add(theme)
                entry["count"] += 1
                if response.starred:
                    entry["quotes"].append(response.text)
    found = [HeardTheme(min(e["ids"]), e["name"], e["count"], e["quotes"]) for e in merged.values()]
    return sorted(found, key=lambda h: (-h.responses, h.name.casefold(), h.theme_id))


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
