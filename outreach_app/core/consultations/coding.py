"""The coding table: a consultation's responses with their theme names, filtered by question, theme,
table label or "not yet themed" (the rule the window's filters and any face share)."""

from __future__ import annotations

import sqlite3

from outreach_app.core.validate import name_key

from .responses import Response, list_responses
from .themes import response_themes, theme_names


def coded_responses(conn: sqlite3.Connection, consultation_id: str, *, question: int | None = None,
                    theme: str | None = None, table: str | None = None, unthemed: bool = False) -> list[Response]:
    """Live responses in typing order, each with its canonical theme names (sorted). theme: a theme name
    (its merged themes included); table: a table label (any case)."""
    tagged = response_themes(conn, consultation_id)
    names = theme_names(conn, consultation_id)
    by_response = {r: tuple(sorted((names[t] for t in ts), key=str.casefold)) for r, ts in tagged.items()}
    rows = list_responses(conn, consultation_id, question=question, themes=by_response)
    if unthemed:
        rows = [r for r in rows if not r.themes]
    if theme is not None:
        key = name_key(theme)
        rows = [r for r in rows if any(name_key(t) == key for t in r.themes)]
    if table is not None:
        key = name_key(table)
        rows = [r for r in rows if name_key(r.table or "") == key]
    return rows


def table_labels(conn: sqlite3.Connection, consultation_id: str) -> list[str]:
    """The table labels the consultation's live responses use (as typed or as edited), sorted."""
    rows = conn.execute("SELECT r.table_label FROM responses r WHERE r.consultation_id = ? AND r.voided = 0"
                        " UNION SELECT e.table_label FROM response_edits e JOIN responses r ON r.id = e.response_id"
                        " WHERE r.consultation_id = ? AND r.voided = 0", (consultation_id, consultation_id))
    return sorted({label for (label,) in rows if label}, key=str.casefold)
