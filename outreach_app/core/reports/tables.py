"""The report's tables beyond the headline: events, by plan, by municipality, plans per event over
time, source devices, and every entry for export. Same scope and rules as reports.summary().

Everything is SQL over the per-event totals: fill_totals copies the counted events' rows into a small
temp table that every table reads; nothing loops over entries in Python. `full_report()` fills it once
and returns what the screen and the PDF show.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Callable, Iterator

from outreach_app.core.reports.summary import (
    NO_MUNICIPALITY, UNKNOWN_PLAN, Scope, baselines_within, make_scope, municipality_names, percent,
    plan_names, summary_from_totals
)
from outreach_app.core.store.kept_totals import ensure_fresh_totals
from outreach_app.core.validate import canonical_id_sql

BASELINE_ROW = "(baselines: counts entered without a plan)"
PER_EVENT_LIMIT = 40  # up to this many events, the chart has one bar per event
WEEKLY_LIMIT_DAYS = 120  # longer ranges are charted by month

EVENTS_COLUMNS = ["date", "event", "municipality", "site", "attendees", "plans", "yes", "no", "unsure",
                  "percent_yes", "event_id"]
PLANS_COLUMNS = ["plan", "events", "plans_distributed", "percent_of_plans"]
MUNICIPALITY_COLUMNS = ["municipality", "events", "attendees", "plans_distributed"]
ENTRY_COLUMNS = ["entry_id", "event_date", "event", "municipality", "event_cancelled", "kind", "plan", "answer",
                 "quantity", "source", "created_at", "device", "voided", "event_id"]


def fill_totals(conn: sqlite3.Connection, scope: Scope) -> None:
    """(Re)build temp table report_totals: per counted event, kind, plan and answer, the sum of
    non-voided quantities, copied from the kept per-event totals."""
    where, params = scope.events_where()
    source = ensure_fresh_totals(conn)
    conn.execute("DROP TABLE IF EXISTS temp.report_totals")
    conn.execute(
        "CREATE TEMP TABLE report_totals AS SELECT t.event_id, t.kind, nullif(t.plan_id, '') AS plan_id,"
        f" nullif(t.answer, '') AS answer, t.total AS quantity FROM {source} t"
        f" WHERE t.event_id IN (SELECT e.id FROM events e WHERE {where})",
        [scope.start, scope.end, *params],
    )
    conn.execute("CREATE INDEX temp.report_totals_by_event ON report_totals (event_id)")


def events_from_totals(conn: sqlite3.Connection, scope: Scope) -> list[dict]:
    """The events table, reading report_totals (filled by fill_totals for the same scope)."""
    where, params = scope.events_where()
    towns = municipality_names(conn)
    rows = conn.execute(
        "SELECT e.id, e.date, e.name, e.municipality_id, s.name,"
        " coalesce(sum(CASE WHEN r.kind = 'attendee' THEN r.quantity END), 0),"
        " coalesce(sum(CASE WHEN r.kind = 'plan' THEN r.quantity END), 0),"
        " coalesce(sum(CASE WHEN r.answer = 'yes' THEN r.quantity END), 0),"
        " coalesce(sum(CASE WHEN r.answer = 'no' THEN r.quantity END), 0),"
        " coalesce(sum(CASE WHEN r.answer = 'unsure' THEN r.quantity END), 0)"
        " FROM events e LEFT JOIN sites s ON s.id = e.site_id"
        f" LEFT JOIN report_totals r ON r.event_id = e.id WHERE {where}"
        " GROUP BY e.id ORDER BY e.date, e.name, e.id",
        [scope.start, scope.end, *params],
    )
    return [
        {"id": r[0], "date": r[1], "name": r[2], "municipality": towns.get(r[3], NO_MUNICIPALITY), "site": r[4],
         "attendees": r[5], "plans": r[6], "yes": r[7], "no": r[8], "unsure": r[9],
         "percent_yes": percent(r[7], r[7] + r[8] + r[9])}
        for r in rows
    ]


def events_table(conn: sqlite3.Connection, date_from: str, date_to: str, municipality: str | None = None) -> list[dict]:
    """One row per counted event: date, name, municipality, site, attendees, plans, answers, percent yes."""
    scope = make_scope(conn, date_from, date_to, municipality)
    fill_totals(conn, scope)
    return events_from_totals(conn, scope)


def plans_from_totals(conn: sqlite3.Connection, scope: Scope) -> list[dict]:
    """Plans handed out in range per plan name (aliases merged), most first, plus in-range baselines."""
    names = plan_names(conn)
    rows = conn.execute(
        "SELECT coalesce((SELECT min(c.id) FROM plans p JOIN plans c ON c.name_key = p.name_key WHERE p.id = r.plan_id),"
        " r.plan_id), count(DISTINCT r.event_id), sum(r.quantity) FROM report_totals r"
        " WHERE r.kind = 'plan' AND r.quantity > 0 GROUP BY 1"
    ).fetchall()
    table = [{"plan": names.get(plan_id, UNKNOWN_PLAN), "events": events, "plans_distributed": total}
             for plan_id, events, total in rows]
    baseline_plans = sum(total for _, total in baselines_within(conn, scope))
    if baseline_plans:
        table.append({"plan": BASELINE_ROW, "events": 0, "plans_distributed": baseline_plans})
    everything = sum(row["plans_distributed"] for row in table)
    for row in table:
        row["percent_of_plans"] = percent(row["plans_distributed"], everything)
    table.sort(key=lambda row: (row["plan"] == BASELINE_ROW, -row["plans_distributed"], row["plan"].casefold()))
    return table


def municipality_rows(figures: dict) -> list[dict]:
    """summary()['by_municipality'] as table rows."""
    return [{"municipality": name, **values} for name, values in figures["by_municipality"].items()]


def _bucket_for(events: int, start: str, end: str) -> str:
    if events <= PER_EVENT_LIMIT:
        return "event"
    days = (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days
    return "week" if days <= WEEKLY_LIMIT_DAYS else "month"


def plans_over_time(conn: sqlite3.Connection, scope: Scope, events: int) -> dict:
    """Plans per event over time: one point per event (few events), else per week or month.

    Each point: start (ISO date of the event, or the Monday / first of the month), name (the event's,
    or None), events, plans, per_event (plans / events, one decimal)."""
    bucket = _bucket_for(events, scope.start, scope.end)
    period = {"event": "e.date", "week": "date(e.date, '-' || ((strftime('%w', e.date) + 6) % 7) || ' days')",
              "month": "substr(e.date, 1, 7) || '-01'"}[bucket]
    group = "e.id" if bucket == "event" else "1"
    where, params = scope.events_where()
    rows = conn.execute(
        f"SELECT {period}, {'e.name' if bucket == 'event' else 'NULL'}, count(DISTINCT e.id),"
        " coalesce(sum(CASE WHEN r.kind = 'plan' THEN r.quantity END), 0)"
        f" FROM events e LEFT JOIN report_totals r ON r.event_id = e.id WHERE {where}"
        f" GROUP BY {group} ORDER BY 1, 2, min(e.id)",
        [scope.start, scope.end, *params],
    ).fetchall()
    points = [{"start": start, "name": name, "events": n, "plans": plans,
               "per_event": round(plans / n, 1) if n else 0.0} for start, name, n, plans in rows]
    return {"bucket": bucket, "points": points}


def source_devices(conn: sqlite3.Connection, scope: Scope) -> list[dict]:
    """Devices whose entries (voided ones included) are at the counted events: name, entries, last entry.

    Reads each entry row once (device is not in the event index): ~1.5 s per million entries."""
    where, params = scope.events_where()
    rows = conn.execute(
        "SELECT t.device_id, coalesce(d.name, t.device_id), count(*), max(t.created_at) FROM tally_entries t"
        f" LEFT JOIN devices d ON d.id = t.device_id WHERE t.event_id IN (SELECT e.id FROM events e WHERE {where})"
        " GROUP BY t.device_id ORDER BY 2",
        [scope.start, scope.end, *params],
    )
    return [{"device_id": ident, "device": name, "entries": n, "last_entry": (last or "")[:10]}
            for ident, name, n, last in rows]


def full_report(conn: sqlite3.Connection, date_from: str, date_to: str, municipality: str | None = None,
                progress: Callable[[int, int, str], None] | None = None, with_devices: bool = False) -> dict:
    """Everything the Reports screen and the PDF show, from one pass over the entries."""
    step = progress or (lambda *_: None)
    scope = make_scope(conn, date_from, date_to, municipality)
    total = 4 if with_devices else 3
    step(0, total, "totals")
    fill_totals(conn, scope)
    step(1, total, "figures")
    figures = summary_from_totals(conn, scope)
    report = {
        "summary": figures,
        "events": events_from_totals(conn, scope),
        "plans": plans_from_totals(conn, scope),
        "municipalities": municipality_rows(figures),
        "series": plans_over_time(conn, scope, figures["events"]),
    }
    step(total - 1, total, "devices" if with_devices else "tables")
    if with_devices:
        report["devices"] = source_devices(conn, scope)
    step(total, total, "done")
    return report


def plans_table(conn: sqlite3.Connection, date_from: str, date_to: str, municipality: str | None = None) -> list[dict]:
    """The plans table on its own (see plans_from_totals)."""
    scope = make_scope(conn, date_from, date_to, municipality)
    fill_totals(conn, scope)
    return plans_from_totals(conn, scope)


def table_rows(name: str, rows: list[dict]) -> tuple[list[str], list[list]]:
    """(header, rows) of a named table ('events', 'plans', 'municipalities') for CSV and text."""
    columns = {"events": EVENTS_COLUMNS, "plans": PLANS_COLUMNS, "municipalities": MUNICIPALITY_COLUMNS}[name]
    keys = {"event": "name", "event_id": "id"}
    return columns, [[_cell(row.get(keys.get(c, c))) for c in columns] for row in rows]


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}"
    return value


def iter_entries(conn: sqlite3.Connection, date_from: str, date_to: str,
                 municipality: str | None = None) -> tuple[list[str], Iterator[tuple]]:
    """(header, row iterator) of every tally entry at events dated in range (municipality filter as
    the report), cancelled events and voided entries included and marked. Streams from SQLite."""
    scope = make_scope(conn, date_from, date_to, municipality)
    town_filter = f" AND e.municipality_id{scope.in_clause}" if scope.in_clause else ""
    cursor = conn.execute(
        "WITH plan_name AS (SELECT p.id, c.name FROM plans p JOIN plans c"
        f"   ON c.id = {canonical_id_sql('plans', 'p.name_key')}),"
        " town AS (SELECT m.id, c.name FROM municipalities m JOIN municipalities c"
        f"   ON c.id = {canonical_id_sql('municipalities', 'm.name_key')})"
        " SELECT t.id, e.date, e.name, coalesce(town.name, ?), e.cancelled, t.kind,"
        " CASE WHEN t.kind = 'plan' THEN coalesce(plan_name.name, ?) ELSE '' END, coalesce(t.answer, ''),"
        " t.quantity, t.source, t.created_at, coalesce(d.name, t.device_id), t.voided, e.id"
        " FROM events e JOIN tally_entries t ON t.event_id = e.id"
        " LEFT JOIN town ON town.id = e.municipality_id LEFT JOIN plan_name ON plan_name.id = t.plan_id"
        " LEFT JOIN devices d ON d.id = t.device_id"
        f" WHERE e.date BETWEEN ? AND ?{town_filter}"
        " ORDER BY e.date, e.name, e.id, t.created_at, t.id",
        [NO_MUNICIPALITY, UNKNOWN_PLAN, scope.start, scope.end, *scope.in_params],
    )
    return list(ENTRY_COLUMNS), cursor
