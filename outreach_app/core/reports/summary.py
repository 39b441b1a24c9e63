"""The report figures: one query layer used by the window, the command line and the PDF.

Every figure of `report --format json` (docs/cli.md) comes from `summary()`. Rules:
- events count when dated within [from, to], not cancelled, in the municipality if given;
- tally entries count at those events unless voided; baselines count by their own date;
- `plans_before` is everything (events and baselines) dated before `from`.

Speed: entries are never looped over in Python. Per-event totals are kept up to date
incrementally in `tally_totals` (core/store/kept_totals.py); the figures are a few grouped queries over
them. The per-row tables (events, plans, over time) are in tables.py, which command-line
summaries do not import.
"""

from __future__ import annotations

import sqlite3
from collections import namedtuple

from outreach_app.core.errors import InvalidInput
from outreach_app.core.store.kept_totals import ensure_fresh_totals
from outreach_app.core.validate import canonical_id_sql, name_key, parse_date

NO_MUNICIPALITY = "(no municipality)"
UNKNOWN_PLAN = "(unknown plan)"


def percent(part: int, whole: int) -> float | None:
    """100 * part / whole rounded half-up to one decimal; None when whole is 0."""
    if not whole:
        return None
    # exact integer arithmetic, the same as Decimal's ROUND_HALF_UP (half away from zero), without
    # importing decimal on every report (~1.5 ms of a command-line report)
    tenths, rest = divmod(abs(1000 * part), abs(whole))
    if 2 * rest >= abs(whole):
        tenths += 1
    return tenths / 10 if (part < 0) == (whole < 0) else -(tenths / 10)


def _municipality_filter(conn: sqlite3.Connection, municipality: str | None) -> tuple[str, list]:
    if not municipality:
        return "", []
    ids = [row[0] for row in conn.execute("SELECT id FROM municipalities WHERE name_key = ?", (name_key(municipality),))]
    if not ids:
        from outreach_app.core.records.catalogue import require_municipality

        require_municipality(conn, municipality)  # raises NotFound listing the known municipalities
    return f" IN ({','.join('?' * len(ids))})", ids


def municipality_names(conn: sqlite3.Connection) -> dict[str | None, str]:
    """Any municipality id -> display name of its canonical row (aliases share one name)."""
    names: dict[str | None, str] = {None: NO_MUNICIPALITY}
    rows = conn.execute(
        "SELECT m.id, c.name FROM municipalities m JOIN municipalities c"
        f" ON c.id = {canonical_id_sql('municipalities', 'm.name_key')}"
    )
    names.update(dict(rows))
    return names


def plan_names(conn: sqlite3.Connection) -> dict[str, str]:
    """Any plan id -> display name of its canonical row (aliases share one name)."""
    rows = conn.execute(
        f"SELECT p.id, c.name FROM plans p JOIN plans c ON c.id = {canonical_id_sql('plans', 'p.name_key')}"
    )
    return dict(rows)


def check_range(date_from: str, date_to: str) -> tuple[str, str]:
    start, end = parse_date(date_from, "from date"), parse_date(date_to, "to date")
    if start > end:
        raise InvalidInput("from date {start} is after to date {end}", start=start, end=end)
    return start, end


class Scope(namedtuple("Scope", "start end municipality in_clause in_params")):
    """A validated report range and municipality filter, as SQL fragments for events (alias `e`).

    (start, end, municipality, in_clause, in_params); a named tuple rather than a dataclass because
    `dataclasses` pulls in `inspect`, a good part of a command-line report's start-up."""

    __slots__ = ()

    def events_where(self, dates: str = "e.date BETWEEN ? AND ?") -> tuple[str, list]:
        """WHERE clause (without the keyword) for counted events; dates may use one or two ?."""
        sql = f"e.cancelled = 0 AND {dates}"
        if self.in_clause:
            sql += f" AND e.municipality_id{self.in_clause}"
        return sql, list(self.in_params)


def make_scope(conn: sqlite3.Connection, date_from: str, date_to: str, municipality: str | None = None) -> Scope:
    """Validate the range and municipality (refusing an unknown name) once for every query."""
    start, end = check_range(date_from, date_to)
    in_clause, in_params = _municipality_filter(conn, municipality)
    return Scope(start, end, municipality, in_clause, tuple(in_params))


def _plans_before(conn: sqlite3.Connection, scope: Scope, source: str) -> int:
    """Plans handed out before the range (events and baselines); source: what ensure_fresh_totals gave."""
    where, params = scope.events_where("e.date < ?")
    at_events = conn.execute(
        f"SELECT coalesce(sum(t.total), 0) FROM {source} t"
        f" WHERE t.event_id IN (SELECT e.id FROM events e WHERE {where}) AND t.kind = 'plan'",
        [scope.start, *params],
    ).fetchone()[0]
    baseline_filter = f" AND municipality_id{scope.in_clause}" if scope.in_clause else ""
    baselines = conn.execute(
        f"SELECT coalesce(sum(plans), 0) FROM baselines WHERE voided = 0 AND date < ?{baseline_filter}",
        [scope.start, *scope.in_params],
    ).fetchone()[0]
    return at_events + baselines


def baselines_within(conn: sqlite3.Connection, scope: Scope) -> list[tuple[str | None, int]]:
    """(municipality id, plans) of non-voided baselines dated within the range."""
    baseline_filter = f" AND municipality_id{scope.in_clause}" if scope.in_clause else ""
    return conn.execute(
        f"SELECT municipality_id, sum(plans) FROM baselines WHERE voided = 0 AND date BETWEEN ? AND ?{baseline_filter}"
        " GROUP BY municipality_id",
        [scope.start, scope.end, *scope.in_params],
    ).fetchall()


def summary_from_totals(conn: sqlite3.Connection, scope: Scope) -> dict:
    """The `report --format json` figures for scope, read from the kept per-event totals (no temp table needed)."""
    where, params = scope.events_where()
    events = conn.execute(
        f"SELECT e.municipality_id, count(*), min(e.date), max(e.date) FROM events e WHERE {where} GROUP BY 1",
        [scope.start, scope.end, *params],
    ).fetchall()
    source = ensure_fresh_totals(conn)
    # one grouped read of the kept totals (a few rows per municipality), split below by town and by plan;
    # plan_id and answer are '' where they do not apply, and only plan rows read the plan, answers the answer
    counted = conn.execute(
        "SELECT e.municipality_id, t.kind, t.plan_id, t.answer, sum(t.total)"
        f" FROM events e JOIN {source} t ON t.event_id = e.id WHERE {where} GROUP BY 1, 2, 3, 4",
        [scope.start, scope.end, *params],
    ).fetchall()

    towns, plans = municipality_names(conn), plan_names(conn)
    by_town: dict[str, dict] = {}

    def town(mid):
        return by_town.setdefault(towns.get(mid, NO_MUNICIPALITY), {"events": 0, "attendees": 0, "plans_distributed": 0})

    event_count = sum(row[1] for row in events)
    first = min((row[2] for row in events), default=None)
    last = max((row[3] for row in events), default=None)
    for mid, count, _, _ in events:
        town(mid)["events"] += count
    attendees = distributed = 0
    answers = {"yes": 0, "no": 0, "unsure": 0}
    by_plan: dict[str, int] = {}
    for mid, kind, plan_id, answer, total in counted:
        if kind == "attendee":
            attendees += total
            town(mid)["attendees"] += total
        elif kind == "plan":
            distributed += total
            town(mid)["plans_distributed"] += total
            name = plans.get(plan_id, UNKNOWN_PLAN)
            by_plan[name] = by_plan.get(name, 0) + total
        else:
            answers[answer] += total
    for mid, total in baselines_within(conn, scope):
        distributed += total
        if mid is not None:
            town(mid)["plans_distributed"] += total
    before = _plans_before(conn, scope, source)

    answered = sum(answers.values())
    return {
        "from": scope.start, "to": scope.end, "municipality": scope.municipality,
        "events": event_count, "first_event": first, "last_event": last,
        "attendees": attendees,
        "plans_distributed": distributed, "plans_before": before, "plans_total": before + distributed,
        "plans_by_name": dict(sorted(by_plan.items(), key=lambda kv: kv[0].casefold())),
        "confidence": {**answers, "answered": answered, "percent_yes": percent(answers["yes"], answered)},
        "by_municipality": dict(sorted(by_town.items(), key=lambda kv: kv[0].casefold())),
        "flyers": flyers_left(conn, scope),
        "survey": survey_summary(conn, scope.start, scope.end, scope.in_clause, scope.in_params),
        "trainings": trainings_within(conn, scope),
        "safety_plans": _safety_plans(conn, scope),
        "consultations": consultations_held(conn, scope),
    }


def summary(conn: sqlite3.Connection, date_from: str, date_to: str, municipality: str | None = None) -> dict:
    """Every headline figure for [date_from, date_to], as `report --format json` prints them."""
    return summary_from_totals(conn, make_scope(conn, date_from, date_to, municipality))


def survey_summary(conn: sqlite3.Connection, *args) -> dict:
    from outreach_app.core.surveys.summary import survey_summary as of_surveys

    return of_surveys(conn, *args)


def _safety_plans(conn: sqlite3.Connection, scope: Scope) -> dict:
    from outreach_app.core.plans.report import report_key

    return report_key(conn, scope)


def consultations_held(conn: sqlite3.Connection, scope: Scope) -> dict:
    """Consultations within the range (cancelled excluded): held, responses, themes, attendees, by kind."""
    if conn.execute("SELECT 1 FROM consultations LIMIT 1").fetchone() is None:  # none yet: no imports to pay for
        return {"consultations": 0, "responses": 0, "themes": 0, "attendees": 0, "by_kind": {}}
    from outreach_app.core.consultations.summary import consultations_summary

    ids = list(scope.in_params) if scope.municipality is not None else None
    return consultations_summary(conn, scope.start, scope.end, ids)


def flyers_left(conn: sqlite3.Connection, scope: Scope) -> dict:
    """Survey flyers left at local places within the range (flyer drops, voided ones excluded)."""
    from outreach_app.core.flyers.totals import drops_by_tag

    by_tag = drops_by_tag(conn, scope.start, scope.end, scope.in_params or None)
    return {"left": sum(t["flyers"] for t in by_tag.values()), "drops": sum(t["drops"] for t in by_tag.values()),
            "by_tag": by_tag}


def trainings_within(conn: sqlite3.Connection, scope: Scope) -> dict:
    """The trainings' figures for the same range and municipality (core/trainings/figures.py)."""
    from outreach_app.core.trainings.figures import trainings_summary

    return trainings_summary(conn, scope.start, scope.end, scope.in_params if scope.in_clause else None)
