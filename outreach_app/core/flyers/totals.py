"""Flyers left per source tag: the light query reports use (no dataclasses, fast to import)."""

from __future__ import annotations

import sqlite3

from outreach_app.core.store.facts import date_range_conditions


def drops_by_tag(conn: sqlite3.Connection, date_from: str | None = None, date_to: str | None = None,
                 municipality_id: str | tuple[str, ...] | None = None) -> dict[str, dict]:
    """Per source tag (keyed by validate.name_key, so case and the way an accent was typed do not
    split a tag): flyers left, drops, places, first and last drop date.

    Voided drops are left out. Optional date range (inclusive) and municipality (canonical id;
    aliases of the same name count; or a tuple of every id to count). Sorted by tag. Used by reports and the survey report.
    """
    where, params = date_range_conditions("d.date", date_from, date_to)
    where.append("d.voided = 0")
    if isinstance(municipality_id, tuple):  # every id to count (a report's filter: aliases already listed)
        where.append(f"d.municipality_id IN ({','.join('?' * len(municipality_id))})")
        params.extend(municipality_id)
    elif municipality_id:
        where.append("d.municipality_id IN (SELECT id FROM municipalities WHERE name_key ="
                     " (SELECT name_key FROM municipalities WHERE id = ?))")
        params.append(municipality_id)
    # name_key(), store.connection.connect's SQL function, not lower(): that folds ASCII only ('BIBLIOTHÈQUE' would stay apart)
    rows = conn.execute(
        "SELECT name_key(d.source_tag), sum(d.count), count(*), count(DISTINCT name_key(d.place)), min(d.date),"
        " max(d.date)"
        f" FROM flyer_drops d WHERE {' AND '.join(where)} GROUP BY 1 ORDER BY 1",
        params,
    )
    return {tag: {"flyers": flyers, "drops": drops, "places": places, "first": first, "last": last}
            for tag, flyers, drops, places, first, last in rows}
