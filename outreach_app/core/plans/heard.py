"""What residents told the consultations, at hand while writing a plan.

The consultations package provides `heard_in_municipality(conn, municipality_id) -> list[HeardTheme]`
(theme_id, name, responses, quotes). It is imported lazily: without it (an installation or branch
without consultations) every function here returns nothing, and plans are written without it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
    theme_id: str
    name: str
    responses: int
    quotes: tuple[str, ...] = ()


def heard_themes(conn: sqlite3.Connection, municipality_id: str | None) -> list[Theme]:
    """The themes heard in a municipality's consultations, most responses first ([] without consultations)."""
    if not municipality_id:
        return []
    try:
        from outreach_app.core.consultations.heard import heard_in_municipality
    except ImportError:
        return []
    found = [Theme(str(t.theme_id), str(t.name), int(t.responses or 0), tuple(str(q) for q in (t.quotes or ())))
             for t in heard_in_municipality(conn, municipality_id)]
    return sorted(found, key=lambda t: (-t.responses, t.name.casefold()))


def top_themes(conn: sqlite3.Connection, municipality_id: str | None, count: int = 5) -> list[Theme]:
    """The back page's "You told us…": the most-heard themes."""
    return heard_themes(conn, municipality_id)[:count]


def unanswered_themes(conn: sqlite3.Connection, plan_id: str) -> list[Theme]:
    """Themes heard in the plan's municipality that no section of the plan cites yet."""
    from .drafts import get_safety_plan

    plan = get_safety_plan(conn, plan_id)
    cited = {t for section in plan.sections for t in section.theme_ids}
    return [t for t in heard_themes(conn, plan.municipality_id) if t.theme_id not in cited]
