"""The date ranges the Reports screen offers (no Qt; the window only shows them), the range it opens
on, and why a range holds no events."""

from __future__ import annotations

import datetime as dt
import sqlite3

from outreach_app.core.errors import Notice

QUICK_PICKS = ("this_month", "last_quarter", "season_to_date")
SEASON_GAP_DAYS = 90
"""A season is a run of events with no gap longer than this between one event date and the next."""
RECENT_DAYS = 90
"""With no event up to today, the Reports screen opens on the last 90 days."""


def quick_range(name: str, today: dt.date | None = None, conn: sqlite3.Connection | None = None) -> tuple[str, str]:
    """(from, to) ISO dates for a quick pick:
    this_month: the 1st to the last day of today's month;
    last_quarter: the calendar quarter before today's (e.g. April 1 – June 30 in August);
    season_to_date: the current season up to today, from the events in conn (see season_to_date)."""
    today = today or dt.date.today()
    if name == "this_month":
        start = today.replace(day=1)
        end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    elif name == "last_quarter":
        quarter_start = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        end = quarter_start - dt.timedelta(days=1)
        start = dt.date(end.year, 3 * ((end.month - 1) // 3) + 1, 1)
    elif name == "season_to_date":
        if conn is None:
            raise ValueError("season_to_date needs the database")
        return season_to_date(conn, today)
    else:
        raise ValueError(f"unknown quick pick {name!r}")
    return start.isoformat(), end.isoformat()


def season_to_date(conn: sqlite3.Connection, today: dt.date | None = None) -> tuple[str, str]:
    """The range the Reports screen opens on: (first event of the current season, today).

    The current season is the latest run of events (not cancelled) dated up to today in which no two
    consecutive event dates are more than SEASON_GAP_DAYS apart, going back at most a year before
    today (but always holding the latest event). With no event up to today: the last RECENT_DAYS days.
    So on December 1 after a June–September season the range holds that season, and a season that
    began three weeks ago opens on those three weeks."""
    today = today or dt.date.today()
    dates = [dt.date.fromisoformat(d) for (d,) in conn.execute(
        "SELECT DISTINCT date FROM events WHERE cancelled = 0 AND date <= ? ORDER BY date DESC", (today.isoformat(),))]
    if not dates:
        return (today - dt.timedelta(days=RECENT_DAYS - 1)).isoformat(), today.isoformat()
    year_ago = today - dt.timedelta(days=365)
    start = dates[0]
    for earlier in dates[1:]:
        if (start - earlier).days > SEASON_GAP_DAYS or earlier < year_ago:
            break
        start = earlier
    return start.isoformat(), today.isoformat()


def empty_range_reason(conn: sqlite3.Connection, date_from: str, date_to: str,
                       municipality: str | None = None) -> Notice | None:
    """Why [date_from, date_to] (in the municipality, if given) holds no events, naming the latest
    event there is; None when it holds some."""
    where, params = "e.cancelled = 0", []
    if municipality:
        from outreach_app.core.validate import name_key

        where += " AND e.municipality_id IN (SELECT id FROM municipalities WHERE name_key = ?)"
        params.append(name_key(municipality))
    inside = conn.execute(f"SELECT 1 FROM events e WHERE {where} AND e.date BETWEEN ? AND ? LIMIT 1",
                          (*params, date_from, date_to)).fetchone()
    if inside:
        return None
    latest = conn.execute(f"SELECT max(e.date) FROM events e WHERE {where}", params).fetchone()[0]
    if municipality and latest is None:
        return Notice("No events recorded in {municipality} yet.", municipality=municipality)
    if latest is None:
        return Notice("No events recorded yet.")
    if municipality:
        return Notice("No events in {municipality} between {start} and {end}; the latest there is {latest}.",
                      municipality=municipality, start=date_from, end=date_to, latest=latest)
    return Notice("No events between {start} and {end}; the latest event is {latest}.", start=date_from,
                  end=date_to, latest=latest)
