"""The range an update covers: dates and any number of municipalities, checked once, with the report
figures for it (the same `summary_from_totals` the Reports screen and `report --format json` use)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from outreach_app.core.reports.summary import Scope, check_range, summary_from_totals
from outreach_app.core.validate import name_key


@dataclass(frozen=True)
class UpdateScope:
    """What every section provider reads: start, end (ISO dates), municipalities (names as typed,
    empty: all), report_scope (reports.summary.Scope: SQL for counted events, municipality ids) and
    figures (the `report --format json` summary for this range)."""

    start: str
    end: str
    municipalities: tuple[str, ...]
    report_scope: Scope
    figures: dict

    @property
    def municipality_ids(self) -> tuple[str, ...]:
        """Every municipality id (aliases included) in the filter; empty: all municipalities."""
        return tuple(self.report_scope.in_params)


def report_scope(conn: sqlite3.Connection, date_from: str, date_to: str, municipalities=()) -> tuple[Scope, list]:
    """A reports Scope for the range and the named municipalities (each must be known, given once),
    and their names."""
    start, end = check_range(date_from, date_to)
    names, ids, seen = [], [], set()
    for name in municipalities or ():
        key = name_key(name)
        if not key or key in seen:
            continue
        seen.add(key)
        found = [row[0] for row in conn.execute("SELECT id FROM municipalities WHERE name_key = ?", (key,))]
        if not found:
            from outreach_app.core.records.catalogue import require_municipality

            require_municipality(conn, name)  # raises NotFound listing the known municipalities
        names.append(name.strip())
        ids += found
    label = ", ".join(names) if names else None
    in_clause = f" IN ({','.join('?' * len(ids))})" if ids else ""
    return Scope(start, end, label, in_clause, tuple(ids)), names


def make_update_scope(conn: sqlite3.Connection, date_from: str, date_to: str, municipalities=()) -> UpdateScope:
    """Check the range and municipalities and read the report figures for them."""
    scope, names = report_scope(conn, date_from, date_to, municipalities)
    figures = summary_from_totals(conn, scope)
    return UpdateScope(scope.start, scope.end, tuple(names), scope, figures)
