"""The report figures: one query layer used by the window, the command line and the PDF.

Every figure of CONTRACT.md's `report --format json` comes from `summary()`. Rules:
- events count when dated within [from, to], not cancelled, in the municipality if given;
- tally entries count at those events unless voided; baselines count by their own date;
- `plans_before` is everything (events and baselines) dated before `from`.
"""

from __future__ import annotations

import sqlite3
from decimal import ROUND_HALF_UP, Decimal

from .errors import InvalidInput, NotFound
from .tally_totals import ensure_fresh_totals
from .validate import name_key, parse_date

NO_MUNICIPALITY = "(no municipality)"


def percent(part: int, whole: int) -> float | None:
    """100 * part / whole rounded half-up to one decimal; None when whole is 0."""
    if not whole:
        return None
    return float((Decimal(100 * part) / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _municipality_filter(conn: sqlite3.Connection, municipality: str | None) -> tuple[str, list]:
    if not municipality:
        return "", []
    ids = [row[0] for row in conn.execute("SELECT id FROM municipalities WHERE name_key = ?", (name_key(municipality),))]
    if not ids:
        known = ", ".join(r[0] for r in conn.execute(
            "SELECT name FROM municipalities m WHERE id = (SELECT min(id) FROM municipalities WHERE name_key = m.name_key)"
            " ORDER BY name_key"))
        raise NotFound(f"no municipality named '{municipality}' (known: {known})")
    return f" IN ({','.join('?' * len(ids))})", ids


def _municipality_names(conn: sqlite3.Connection) -> dict[str | None, str]:
    """Any municipality id -> display name of its canonical row."""
    names: dict[str | None, str] = {None: NO_MUNICIPALITY}
    rows = conn.execute(
        "SELECT m.id, c.name FROM municipalities m JOIN municipalities c"
        " ON c.id = (SELECT min(id) FROM municipalities WHERE name_key = m.name_key)"
    )
    names.update(dict(rows))
    return names


def _plan_names(conn: sqlite3.Connection) -> dict[str, str]:
    rows = conn.execute(
        "SELECT p.id, c.name FROM plans p JOIN plans c ON c.id = (SELECT min(id) FROM plans WHERE name_key = p.name_key)"
    )
    return dict(rows)


def check_range(date_from: str, date_to: str) -> tuple[str, str]:
    start, end = parse_date(date_from, "from date"), parse_date(date_to, "to date")
    if start > end:
        raise InvalidInput(f"from date {start} is after to date {end}")
    return start, end


def summary(conn: sqlite3.Connection, date_from: str, date_to: str, municipality: str | None = None) -> dict:
    """Every headline figure for [date_from, date_to], as CONTRACT.md's report JSON."""
    start, end = check_range(date_from, date_to)
    in_clause, in_params = _municipality_filter(conn, municipality)
    event_filter = f" AND e.municipality_id{in_clause}" if in_clause else ""

    events = conn.execute(
        "SELECT e.municipality_id, count(*), min(e.date), max(e.date) FROM events e"
        f" WHERE e.cancelled = 0 AND e.date BETWEEN ? AND ?{event_filter} GROUP BY e.municipality_id",
        [start, end, *in_params],
    ).fetchall()
    totals = ensure_fresh_totals(conn)
    per_event = conn.execute(
        "SELECT e.date >= ? AS within, e.municipality_id, t.kind, t.plan_id, t.answer, sum(t.total)"
        f" FROM events e JOIN {totals} t ON t.event_id = e.id"
        f" WHERE e.cancelled = 0 AND e.date <= ?{event_filter}"
        " GROUP BY 1, 2, 3, 4, 5",
        [start, end, *in_params],
    ).fetchall()
    baseline_filter = f" AND municipality_id{in_clause}" if in_clause else ""
    baselines = conn.execute(
        "SELECT date >= ? AS within, municipality_id, sum(plans) FROM baselines"
        f" WHERE voided = 0 AND date <= ?{baseline_filter} GROUP BY 1, 2",
        [start, end, *in_params],
    ).fetchall()

    towns = _municipality_names(conn)
    plan_names = _plan_names(conn)
    by_town: dict[str, dict] = {}

    def town(mid):
        return by_town.setdefault(towns.get(mid, NO_MUNICIPALITY), {"events": 0, "attendees": 0, "plans_distributed": 0})

    event_count, first, last = 0, None, None
    for mid, count, low, high in events:
        event_count += count
        first = low if first is None or low < first else first
        last = high if last is None or high > last else last
        town(mid)["events"] += count

    attendees = distributed = before = 0
    answers = {"yes": 0, "no": 0, "unsure": 0}
    by_plan: dict[str, int] = {}
    for within, mid, kind, plan_id, answer, total in per_event:
        if not within:
            if kind == "plan":
                before += total
            continue
        if kind == "attendee":
            attendees += total
            town(mid)["attendees"] += total
        elif kind == "plan":
            distributed += total
            town(mid)["plans_distributed"] += total
            name = plan_names.get(plan_id, "(unknown plan)")
            by_plan[name] = by_plan.get(name, 0) + total
        else:
            answers[answer] += total
    for within, mid, total in baselines:
        if within:
            distributed += total
            if mid is not None:
                town(mid)["plans_distributed"] += total
        else:
            before += total

    answered = sum(answers.values())
    return {
        "from": start, "to": end, "municipality": municipality,
        "events": event_count, "first_event": first, "last_event": last,
        "attendees": attendees,
        "plans_distributed": distributed, "plans_before": before, "plans_total": before + distributed,
        "plans_by_name": dict(sorted(by_plan.items(), key=lambda kv: kv[0].casefold())),
        "confidence": {**answers, "answered": answered, "percent_yes": percent(answers["yes"], answered)},
        "by_municipality": dict(sorted(by_town.items(), key=lambda kv: kv[0].casefold())),
    }


def events_table(conn: sqlite3.Connection, date_from: str, date_to: str, municipality: str | None = None) -> list[dict]:
    """One row per counted event: date, name, municipality, site, attendees, plans, answers."""
    start, end = check_range(date_from, date_to)
    in_clause, in_params = _municipality_filter(conn, municipality)
    event_filter = f" AND e.municipality_id{in_clause}" if in_clause else ""
    towns = _municipality_names(conn)
    totals = ensure_fresh_totals(conn)
    rows = conn.execute(
        "SELECT e.id, e.date, e.name, e.municipality_id, s.name,"
        " coalesce(sum(CASE WHEN t.kind = 'attendee' THEN t.total END), 0),"
        " coalesce(sum(CASE WHEN t.kind = 'plan' THEN t.total END), 0),"
        " coalesce(sum(CASE WHEN t.answer = 'yes' THEN t.total END), 0),"
        " coalesce(sum(CASE WHEN t.answer = 'no' THEN t.total END), 0),"
        " coalesce(sum(CASE WHEN t.answer = 'unsure' THEN t.total END), 0)"
        " FROM events e LEFT JOIN sites s ON s.id = e.site_id"
        f" LEFT JOIN {totals} t ON t.event_id = e.id"
        f" WHERE e.cancelled = 0 AND e.date BETWEEN ? AND ?{event_filter}"
        " GROUP BY e.id ORDER BY e.date, e.name, e.id",
        [start, end, *in_params],
    )
    return [
        {"id": r[0], "date": r[1], "name": r[2], "municipality": towns.get(r[3], NO_MUNICIPALITY), "site": r[4],
         "attendees": r[5], "plans": r[6], "yes": r[7], "no": r[8], "unsure": r[9]}
        for r in rows
    ]
