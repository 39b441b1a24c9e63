"""Survey links saved in the database (the surveys table), offered as flyer sources in the window."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class SavedSurvey:
    id: str
    name: str
    url: str
    closes: str | None


def saved_surveys(conn: sqlite3.Connection) -> list[SavedSurvey]:
    """Every saved survey, by name (then id, so all databases list them alike)."""
    rows = conn.execute("SELECT id, name, url, closes FROM surveys ORDER BY lower(name), id")
    return [SavedSurvey(*row) for row in rows]
