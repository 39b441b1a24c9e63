"""Safety plans in reports: copies handed out by plan and version, per area, and the confidence answers
at the events where each plan was handed out."""

from __future__ import annotations

import sqlite3

from outreach_app.core.store.facts import date_range_conditions

_ENTRIES = """SELECT t.plan_id, t.plan_version, sum(t.quantity) FROM tally_entries t JOIN events e ON e.id = t.event_id
    WHERE t.kind = 'plan' AND t.voided = 0 AND e.cancelled = 0 {where} GROUP BY t.plan_id, t.plan_version"""
# the events where a plan was handed out (the plans index), then their answers (the by-event index)
_CONFIDENCE = """SELECT t.answer, sum(t.quantity) FROM events e JOIN tally_entries t ON t.event_id = e.id
    WHERE e.id IN (SELECT h.event_id FROM tally_entries h WHERE h.kind = 'plan' AND h.plan_id = ? AND h.voided = 0)
      AND e.cancelled = 0 {where} AND t.voided = 0 AND t.kind = 'confidence' GROUP BY t.answer"""


def _version_label(version) -> str:
    return "unversioned" if version is None else str(version)


def handed_out_report(conn: sqlite3.Connection, date_from: str | None = None, date_to: str | None = None,
                      municipality_ids=(), with_themes: bool = True, plan_ids=None) -> dict:
    """{"plans": [...], "by_area": {area: {plan: {version: copies}}}} for events in [from, to] (each optional),
    for every plan handed out, or only `plan_ids`. A plan's versions include retired (older) ones;
    "unversioned" counts copies of a plan published elsewhere or handed out before it had versions here."""
    from outreach_app.core.reports.summary import percent

    where, params = date_range_conditions("e.date", date_from, date_to)
    if municipality_ids:
        where.append(f"e.municipality_id IN ({', '.join('?' * len(municipality_ids))})")
        params += list(municipality_ids)
    clause = "".join(f" AND {w}" for w in where)
    counts: dict[str, dict[str, int]] = {}
    only = ""
    if plan_ids is not None:
        only = f" AND t.plan_id IN ({', '.join('?' * len(plan_ids))})"
    for plan_id, version, copies in conn.execute(_ENTRIES.format(where=clause + only), [*params, *(plan_ids or ())]):
        counts.setdefault(plan_id, {})[_version_label(version)] = copies
    names = {r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, name, area FROM plans")}
    areas = {r[0]: (r[1], r[2]) for r in conn.execute(
        "SELECT s.id, s.area, m.name FROM safety_plans s LEFT JOIN municipalities m ON m.id = s.municipality_id")}
    plans, by_area = [], {}
    for plan_id, versions in sorted(counts.items(), key=lambda item: (names.get(item[0], ("",))[0].casefold(), item[0])):
        name, catalogue_area = names.get(plan_id, (plan_id, None))
        area, municipality = areas.get(plan_id, (catalogue_area, None))
        answers = dict(conn.execute(_CONFIDENCE.format(where=clause), [plan_id, *params]).fetchall())
        yes, no, unsure = (answers.get(k, 0) for k in ("yes", "no", "unsure"))
        ordered = dict(sorted(versions.items(), key=lambda kv: (kv[0] == "unversioned", int(kv[0]) if kv[0].isdigit() else 0)))
        plans.append({"plan_id": plan_id, "name": name, "area": area, "municipality": municipality,
                      "handed_out": sum(versions.values()), "versions": ordered,
                      "confidence": {"yes": yes, "no": no, "unsure": unsure, "answered": yes + no + unsure,
                                     "percent_yes": percent(yes, yes + no + unsure)}})
        by_area.setdefault(area or "(no area)", {})[name] = ordered
    return {"from": date_from, "to": date_to, "plans": plans, "by_area": dict(sorted(by_area.items())),
            "themes_not_answered": themes_not_answered(conn) if with_themes else {}}


def themes_not_answered(conn: sqlite3.Connection) -> dict:
    """{plan name: [themes heard in its municipality that no section cites]}, plans with none left out
    (empty without the consultations package)."""
    from .drafts import list_safety_plans
    from .heard import unanswered_themes

    found = {}
    for plan in list_safety_plans(conn):
        themes = unanswered_themes(conn, plan.id)
        if themes:
            found[plan.name] = [{"theme_id": t.theme_id, "name": t.name, "responses": t.responses} for t in themes]
    return found


def report_key(conn: sqlite3.Connection, scope) -> dict:
    """`report --format json`'s "safety_plans": the same figures for the report's range and municipality,
    for the safety plans written in Outreach (nothing to read when there are none)."""
    plan_ids = [row[0] for row in conn.execute("SELECT id FROM safety_plans")]
    if not plan_ids:
        return {"plans": [], "by_area": {}}
    data = handed_out_report(conn, scope.start, scope.end, scope.in_params, with_themes=False, plan_ids=plan_ids)
    return {"plans": data["plans"], "by_area": data["by_area"]}


def report_text(data: dict) -> str:
    """The report as lines: each plan's copies by version, then its events' confidence."""
    lines = [] if data["plans"] else ["no plans handed out in this range"]
    for plan in data["plans"]:
        versions = ", ".join(f"v{k}: {v}" if k.isdigit() else f"{k}: {v}" for k, v in plan["versions"].items())
        where = f" ({plan['area']})" if plan["area"] and plan["area"] != plan["name"] else ""
        lines.append(f"{plan['name']}{where}: {plan['handed_out']} handed out ({versions})")
        c = plan["confidence"]
        if c["answered"]:
            lines.append(f"  confident at those events: {c['yes']} of {c['answered']} ({c['percent_yes']:.1f}%)")
    for name, themes in data.get("themes_not_answered", {}).items():
        heard = ", ".join(f"{t['name']} ({t['responses']})" for t in themes)
        lines.append(f"{name}: heard but no section answers yet: {heard}")
    return "\n".join(lines) + "\n"
