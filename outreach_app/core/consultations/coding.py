"""The coding table: a consultation's responses with their theme names, filtered by question, theme,
table label or "not yet themed" (the rule the window's filters and any face share)."""

from __future__ import annotations

import dataclasses
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
    found = []
    for response in list_responses(conn, consultation_id, question=question):
        themes = sorted((names[t] for t in tagged.get(response.id, [])), key=str.casefold)
        if unthemed and themes:
            continue
        if theme is not None and name_key(theme) not in {name_key(t) for t in themes}:
            continue
        if table is not None and name_key(table) != name_key(response.table or ""):
            continue
        found.append(dataclasses.replace(response, themes=tuple(themes)))
    return found


def table_labels(conn: sqlite3.Connection, consultation_id: str) -> list[str]:
    """The table labels the consultation's live responses use, sorted."""
    return sorted({r.table for r in list_responses(conn, consultation_id) if r.table}, key=str.casefold)
