"""The trainings' figures for a date range: sessions held, people trained, organisations and sectors
reached (and sectors invited but not reached), the mean rating before and after per statement and the
share of participants whose rating rose. `training report --format json` and `report --format json`
(under `trainings`) print trainings_summary() as it is.

Rules (docs/trainings.md):
- a training counts when dated within [from, to], not cancelled, in the municipalities if given;
- attendance: per organisation and training, the row that counts (attendance.current_attendance_sql);
  people trained = the sum of `attended`; an organisation is reached when at least one of its people
  attended; a sector is reached when one of its organisations is;
- a sector is invited when an organisation of it registered someone (registered > 0) at a counted
  training; sectors_not_reached = invited sectors that no organisation reached (sorted);
- a participant is one paper form; a participant improved when, for at least one statement, the after
  rating is above the before rating; percent_improved = 100 * improved / participants with at least
  one before/after pair (one decimal; None without pairs). Unpaired ratings count only in their
  own column's mean.
"""

from __future__ import annotations

import sqlite3

from outreach_app.core.reports.summary import percent
from outreach_app.core.validate import parse_date

from .counting import counted_author_sql, current_attendance_sql
from .statements import STATEMENTS


def mean(total: int, count: int) -> float | None:
    """total / count rounded half-up to one decimal; None when count is 0."""
    if not count:
        return None
    tenths, rest = divmod(10 * total, count)
    return (tenths + (2 * rest >= count)) / 10


def _trainings_where(date_from: str | None, date_to: str | None, municipality_ids) -> tuple[str, list]:
    where, params = ["t.cancelled = 0"], []
    if date_from:
        where.append("t.date >= ?")
        params.append(parse_date(date_from, "from date"))
    if date_to:
        where.append("t.date <= ?")
        params.append(parse_date(date_to, "to date"))
    if municipality_ids is not None:
        ids = list(municipality_ids)
        where.append(f"t.municipality_id IN ({','.join('?' * len(ids))})" if ids else "0")
        params += ids
    return " AND ".join(where), params


def trainings_summary(conn: sqlite3.Connection, date_from: str | None, date_to: str | None,
                      municipality_ids=None) -> dict:
    """Every trainings figure for [date_from, date_to] (either may be None: open-ended), optionally only
    trainings in the given municipality ids (pass every alias id of a municipality)."""
    where, params = _trainings_where(date_from, date_to, municipality_ids)
    sessions, first, last = conn.execute(f"SELECT count(*), min(t.date), max(t.date) FROM trainings t WHERE {where}",
                                         params).fetchone()
    attendance = conn.execute(
        f"SELECT o.sector, c.organisation_id, c.registered, c.attended FROM ({current_attendance_sql()}) c"
        f" JOIN trainings t ON t.id = c.training_id JOIN organisations o ON o.id = c.organisation_id"
        f" WHERE {where}", params).fetchall()
    by_sector: dict[str, dict] = {}
    reached_orgs: set[str] = set()
    for sector, organisation_id, registered, attended in attendance:
        entry = by_sector.setdefault(sector, {"organisations": set(), "registered": 0, "attended": 0})
        entry["registered"] += registered
        entry["attended"] += attended
        if attended:
            entry["organisations"].add(organisation_id)
            reached_orgs.add(organisation_id)
    reached = sorted((s for s, e in by_sector.items() if e["organisations"]), key=str.casefold)
    invited = {s for s, e in by_sector.items() if e["registered"]}
    ratings = _ratings(conn, where, params)
    return {
        "from": date_from, "to": date_to,
        "sessions": sessions, "first_session": first, "last_session": last,
        "registered": sum(row[2] for row in attendance),
        "people_trained": sum(row[3] for row in attendance),
        "organisations_reached": len(reached_orgs),
        "sectors_reached": len(reached),
        "sectors_reached_names": reached,
        "sectors_not_reached": sorted(invited.difference(reached), key=str.casefold),
        "by_sector": {s: {"organisations": len(e["organisations"]), "registered": e["registered"],
                          "attended": e["attended"]} for s, e in sorted(by_sector.items(), key=lambda kv: kv[0].casefold())},
        **ratings,
    }


def _ratings(conn: sqlite3.Connection, where: str, params: list) -> dict:
    rows = conn.execute(
        f"SELECT r.participant_id, r.statement, r.before, r.after FROM training_ratings r"
        f" JOIN trainings t ON t.id = r.training_id WHERE r.voided = 0 AND {counted_author_sql('r')} AND {where}",
        params).fetchall()
    per_statement = {s.number: {"before": [], "after": [], "pairs": 0, "improved": 0} for s in STATEMENTS}
    paired: set[str] = set()
    improved: set[str] = set()
    for participant, number, before, after in rows:
        entry = per_statement.setdefault(number, {"before": [], "after": [], "pairs": 0, "improved": 0})
        if before is not None:
            entry["before"].append(before)
        if after is not None:
            entry["after"].append(after)
        if before is not None and after is not None:
            entry["pairs"] += 1
            paired.add(participant)
            if after > before:
                entry["improved"] += 1
                improved.add(participant)
    statements = []
    for number, entry in sorted(per_statement.items()):
        known = STATEMENTS[number - 1] if number <= len(STATEMENTS) else None
        statements.append({
            "number": number, "text": known.english if known else None, "text_fr": known.french if known else None,
            "before_count": len(entry["before"]), "before_mean": mean(sum(entry["before"]), len(entry["before"])),
            "after_count": len(entry["after"]), "after_mean": mean(sum(entry["after"]), len(entry["after"])),
            "pairs": entry["pairs"], "improved": entry["improved"],
        })
    return {"participants": len({row[0] for row in rows}), "participants_paired": len(paired),
            "participants_improved": len(improved), "percent_improved": percent(len(improved), len(paired)),
            "statements": statements}
