"""The date ranges the Reports screen offers as quick picks (no Qt; the window only shows them)."""

from __future__ import annotations

import datetime as dt

from outreach_app.core.records.demo import season_bounds

QUICK_PICKS = ("this_month", "last_quarter", "season_to_date")


def quick_range(name: str, today: dt.date | None = None) -> tuple[str, str]:
    """(from, to) ISO dates for a quick pick:
    this_month: the 1st to the last day of today's month;
    last_quarter: the calendar quarter before today's (e.g. April 1 – June 30 in August);
    season_to_date: the latest outreach season (June 1 – September 30) that has started, up to today."""
    today = today or dt.date.today()
    if name == "this_month":
        start = today.replace(day=1)
        end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    elif name == "last_quarter":
        quarter_start = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        end = quarter_start - dt.timedelta(days=1)
        start = dt.date(end.year, 3 * ((end.month - 1) // 3) + 1, 1)
    elif name == "season_to_date":
        start, season_end = season_bounds(today)
        end = min(today, season_end)
    else:
        raise ValueError(f"unknown quick pick {name!r}")
    return start.isoformat(), end.isoformat()
