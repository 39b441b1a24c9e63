"""Publishing safety plans: frozen versions (number, date, who), the catalogue they join, what uses a
contact, and how many copies of each version were handed out."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from outreach_app.core.changes import Change, writes
from outreach_app.core.clock import utc_now
from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.store.connection import transaction
from outreach_app.core.store.facts import insert_fact
from outreach_app.core.validate import fold_key, name_key

from .drafts import SafetyPlan, get_safety_plan, list_safety_plans, require_safety_plan
from .rows import stamp


@dataclass(frozen=True)
class Version:
    version: int
    published: str
    published_by: str
    handed_out: int
    current: bool

    def as_dict(self) -> dict:
        return {"version": self.version, "published": self.published, "published_by": self.published_by,
                "handed_out": self.handed_out, "current": self.current}


@dataclass(frozen=True)
class PlanUse:
    id: str
    name: str
    published: bool


def contents(conn: sqlite3.Connection, plan: SafetyPlan) -> dict:
    """What a version freezes: the plan, its sections and steps, and every contact it shows (the
    contacts its steps name, then the area's services) as the directory has them now."""
    from .contacts import contacts_serving, get_contact
    from .heard import top_themes

    contacts: dict[str, dict] = {}
    sections = []
    for section in plan.sections:
        steps = []
        for step in section.steps:
            for ident in step.contact_ids:
                contacts.setdefault(ident, get_contact(conn, ident).as_dict())
            steps.append({"text": step.text, "contacts": list(step.contact_ids)})
        sections.append({"title": section.title, "theme_ids": list(section.theme_ids), "steps": steps})
    services = contacts_serving(conn, plan.places)
    for contact in services:
        contacts.setdefault(contact.id, contact.as_dict())
    heard = [{"theme_id": t.theme_id, "name": t.name, "responses": t.responses}
             for t in top_themes(conn, plan.municipality_id)]
    return {"name": plan.name, "area": plan.area, "municipality": plan.municipality,
            "postal_areas": list(plan.postal_areas), "language": plan.language, "url": plan.url,
            "partners": plan.partners, "sections": sections, "area_services": [c.id for c in services],
            "contacts": contacts, "heard": heard}


def check_publishable(plan: SafetyPlan) -> None:
    """Refuse a plan with no section, or with a section that has no step (naming it)."""
    if not plan.sections:
        raise InvalidInput("safety plan '{name}' has no section; add one before publishing", name=plan.name)
    for section in plan.sections:
        if not section.steps:
            raise InvalidInput("section '{title}' of '{name}' has no step; add one or remove the section before"
                               " publishing", title=section.title, name=plan.name)


@writes(Change.SAFETY_PLANS | Change.CATALOGUE)
def publish(conn: sqlite3.Connection, plan_id: str) -> int:
    """Freeze the plan as it is written now as its next version (today, by this device); the plan joins
    the catalogue if it is not there yet. Returns the version number."""
    from outreach_app.core.records.catalogue import device_name

    from .rows import require_own_row

    plan = get_safety_plan(conn, plan_id)
    require_own_row(conn, "safety_plans", plan.id)  # an enrolled laptop publishes only plans it wrote
    check_publishable(plan)
    content = json.dumps(contents(conn, plan), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    with transaction(conn):
        number = (current_version(conn, plan.id) or 0) + 1
        insert_fact(conn, "plan_versions", {"plan_id": plan.id, "version": number, "published": utc_now()[:10],
                                            "published_by": device_name(conn) or "this device", "content": content})
        _enter_catalogue(conn, plan)
    return number


def _enter_catalogue(conn: sqlite3.Connection, plan: SafetyPlan) -> None:
    if conn.execute("SELECT 1 FROM plans WHERE id = ?", (plan.id,)).fetchone():
        return
    from outreach_app.core.records.catalogue import find_plan

    other = find_plan(conn, plan.name)
    if other:
        raise InvalidInput("the catalogue already has a plan named '{name}'; rename one of them first", name=plan.name)
    row = {"id": plan.id, "name": plan.name, "name_key": name_key(plan.name), "area": plan.area,
           "language": plan.language, "active": 1, **stamp(conn)}
    conn.execute(f"INSERT INTO plans ({', '.join(row)}) VALUES ({', '.join(':' + c for c in row)})", row)


def current_versions(conn: sqlite3.Connection) -> dict[str, int]:
    """{plan id: newest version published} for every plan with a published version (the catalogue's)."""
    return dict(conn.execute("SELECT plan_id, max(version) FROM plan_versions GROUP BY plan_id").fetchall())


def current_version(conn: sqlite3.Connection, plan_id: str) -> int | None:
    """The newest version published (None: never published here)."""
    return conn.execute("SELECT max(version) FROM plan_versions WHERE plan_id = ?", (plan_id,)).fetchone()[0]


def handed_out_by_version(conn: sqlite3.Connection, plan_id: str) -> dict:
    """{version or None: copies handed out} at events not cancelled, voided entries excluded."""
    rows = conn.execute("SELECT t.plan_version, sum(t.quantity) FROM tally_entries t JOIN events e ON e.id = t.event_id"
                        " WHERE t.kind = 'plan' AND t.plan_id = ? AND t.voided = 0 AND e.cancelled = 0"
                        " GROUP BY t.plan_version", (plan_id,))
    return {row[0]: row[1] for row in rows}


def list_versions(conn: sqlite3.Connection, plan_id: str) -> list[Version]:
    """Every published version, oldest first (when two devices published the same number, the first
    made counts), with the copies handed out of each."""
    counts = handed_out_by_version(conn, plan_id)
    rows = conn.execute("SELECT version, published, published_by FROM plan_versions v WHERE plan_id = ?"
                        " AND id = (SELECT w.id FROM plan_versions w WHERE w.plan_id = v.plan_id AND w.version = v.version"
                        " ORDER BY w.hlc, w.id LIMIT 1) ORDER BY version", (plan_id,)).fetchall()
    newest = rows[-1][0] if rows else None
    return [Version(r[0], r[1], r[2], counts.get(r[0], 0), r[0] == newest) for r in rows]


def version_content(conn: sqlite3.Connection, plan_id: str, version: int | None = None) -> tuple[int, dict]:
    """(number, frozen content) of a version, the current one by default; a refusal when there is none."""
    plan_id = require_safety_plan(conn, plan_id)
    number = current_version(conn, plan_id) if version is None else version
    row = conn.execute("SELECT content FROM plan_versions WHERE plan_id = ? AND version = ? ORDER BY hlc, id LIMIT 1",
                       (plan_id, number)).fetchone()
    if row is None:
        if version is None:
            raise NotFound("safety plan '{id}' has no published version yet (publish it first)", id=plan_id)
        raise NotFound("safety plan '{id}' has no version {version}", id=plan_id, version=version)
    return number, json.loads(row[0])


def plans_using_contact(conn: sqlite3.Connection, contact_id: str) -> list[PlanUse]:
    """The safety plans that show a contact: in a step or among the area's services, as written now or
    in the current published version."""
    from .contacts import get_contact

    contact = get_contact(conn, contact_id)
    found = []
    for plan in list_safety_plans(conn):
        full = get_safety_plan(conn, plan.id)
        uses = any(contact.id in step.contact_ids for section in full.sections for step in section.steps)
        uses = uses or bool({fold_key(p) for p in full.places if p} & {fold_key(a) for a in contact.areas})
        published = current_version(conn, plan.id) is not None
        if published and not uses:
            uses = contact.id in version_content(conn, plan.id)[1]["contacts"]
        if uses:
            found.append(PlanUse(plan.id, plan.name, published))
    return found
