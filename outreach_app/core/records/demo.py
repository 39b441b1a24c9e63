"""Realistic made-up data for training and measurement (never mixed into a real database by accident:
the window's "Try with demo data" uses its own file)."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import uuid

from outreach_app.core.changes import Change, writes
from outreach_app.core.clock import next_hlc
from outreach_app.core.errors import InvalidInput
from outreach_app.core.records.catalogue import add_plan, list_plans
from outreach_app.core.store.connection import device_id, transaction
from outreach_app.core.store.kept_totals import refresh_tally_totals

from .events import add_event

TOWNS = {
    "Windsor": ["Glengarry Court", "Bridgeview", "Meadowbrook", "Raymond Desmarais", "Sandwich Towne"],
    "Leamington": ["Erie Street Commons", "Seacliff Gardens", "Talbot Park"],
    "Essex": ["Essex Centre Homes", "Harrow Gardens"],
}
KINDS = ["community BBQ", "tenant meeting", "family fun day", "pop-up info table", "safety walk", "movie night"]


def season_bounds(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The most recent outreach season (June 1 – September 30) that has started."""
    today = today or dt.date.today()
    year = today.year if today >= dt.date(today.year, 6, 1) else today.year - 1
    return dt.date(year, 6, 1), dt.date(year, 9, 30)


@writes(Change.DATABASE)
def make_demo_data(conn: sqlite3.Connection, events: int = 14, entries: int = 600, seed: int = 1) -> dict:
    """Add `events` events across Windsor, Leamington and Essex over a season and `entries`
    tally entries spread over them (attendees, plans, confidence answers; about 1% voided)."""
    if events < 1 or events > 100_000:
        raise InvalidInput("--events {events} must be between 1 and 100,000", events=events)
    if entries < 0 or entries > 10_000_000:
        raise InvalidInput("--entries {entries} must be between 0 and 10,000,000", entries=entries)
    rng = random.Random(seed)
    start, end = season_bounds()
    span = (end - start).days
    with transaction(conn):
        plan_ids = [p.id for p in list_plans(conn)] or [add_plan(conn, "Glengarry")[0]]
        event_rows = []
        for _ in range(events):
            town = rng.choices(list(TOWNS), weights=[6, 2, 2])[0]
            site = rng.choice(TOWNS[town])
            day = start + dt.timedelta(days=rng.randrange(span + 1))
            hour = rng.choice([10, 11, 12, 16, 17])
            ident = add_event(conn, f"{site} {rng.choice(KINDS)}", day.isoformat(), town, site,
                              start_time=f"{hour:02d}:00", end_time=f"{hour + 3:02d}:00", staff_initials="demo")
            event_rows.append((ident, day, hour))
        me = device_id(conn)
        hlc, _ = next_hlc(conn)
        rows, voids = [], []
        answers = ["yes"] * 90 + ["no"] * 4 + ["unsure"] * 6
        for i in range(entries):
            event_id, day, hour = event_rows[i % events]
            roll = rng.random()
            kind = "attendee" if roll < 0.45 else "plan" if roll < 0.75 else "confidence"
            plan_id = rng.choice(plan_ids) if kind == "plan" else None
            answer = rng.choice(answers) if kind == "confidence" else None
            minute = rng.randrange(180)
            at = f"{day.isoformat()}T{hour + minute // 60:02d}:{minute % 60:02d}:00+00:00"
            ident = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            rows.append((ident, event_id, kind, plan_id, answer, 1, "tap", at, me, hlc + i))
            if rng.random() < 0.01:
                voids.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), ident, "demo", at, me, hlc + i))
        conn.executemany(
            "INSERT INTO tally_entries (id, event_id, kind, plan_id, answer, quantity, source, created_at, device_id, hlc)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.executemany(
            "INSERT INTO voids (id, target_id, reason, created_at, device_id, hlc) VALUES (?, ?, ?, ?, ?, ?)", voids)
        conn.execute("UPDATE clock SET hlc = max(hlc, ?) WHERE id = 1", (hlc + entries + 1,))
        refresh_tally_totals(conn)
    return {"events": events, "entries": entries, "voided": len(voids), "from": start.isoformat(), "to": end.isoformat()}
