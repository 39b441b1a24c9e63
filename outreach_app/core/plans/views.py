"""A safety plan as the command line and the window show it, and translating one into the other language."""

from __future__ import annotations

import sqlite3

from outreach_app.core.changes import Change, writes
from outreach_app.core.errors import InvalidInput
from outreach_app.core.store.connection import transaction

from .drafts import (LANGUAGE_NAMES, _check_name_free, clean_language, get_safety_plan, list_safety_plans,
                     plan_name, require_safety_plan, starter_sections)
from .rows import insert_row
from .versions import current_version, list_versions, version_content


def plan_summary(conn: sqlite3.Connection, plan) -> dict:
    """One plan as `safety-plan list --format json` shows it."""
    versions = list_versions(conn, plan.id)
    return {"id": plan.id, "name": plan.name, "area": plan.area, "municipality": plan.municipality,
            "postal_areas": list(plan.postal_areas), "language": plan.language, "original_id": plan.original_id,
            "current_version": versions[-1].version if versions else None,
            "handed_out": sum(v.handed_out for v in versions)}


def list_summaries(conn: sqlite3.Connection) -> list[dict]:
    return [plan_summary(conn, plan) for plan in list_safety_plans(conn)]


def show(conn: sqlite3.Connection, plan_id: str, version: int | None = None) -> dict:
    """The plan as written now (or version N as frozen), with every published version and its hand-outs."""
    from .contacts import get_contact
    from .heard import unanswered_themes

    plan = get_safety_plan(conn, plan_id)
    data = plan_summary(conn, plan)
    data["url"], data["partners"] = plan.url, plan.partners
    data["translations"] = [p.id for p in list_safety_plans(conn) if p.original_id == plan.id]
    data["versions"] = [v.as_dict() for v in list_versions(conn, plan.id)]
    if version is not None:
        number, content = version_content(conn, plan.id, version)
        data["shown"] = f"version {number}"
        data["sections"] = content["sections"]
        data["contacts"] = content["contacts"]
        data["area_services"] = content["area_services"]
        return data
    data["shown"] = "draft"
    contacts: dict[str, dict] = {}
    sections = []
    for section in plan.sections:
        steps = []
        for step in section.steps:
            for ident in step.contact_ids:
                contacts.setdefault(ident, get_contact(conn, ident).as_dict())
            steps.append({"id": step.id, "position": step.position, "text": step.text, "contacts": list(step.contact_ids)})
        sections.append({"id": section.id, "position": section.position, "title": section.title,
                         "theme_ids": list(section.theme_ids), "steps": steps})
    data["sections"] = sections
    data["contacts"] = contacts
    data["themes_not_answered"] = [{"theme_id": t.theme_id, "name": t.name, "responses": t.responses}
                                   for t in unanswered_themes(conn, plan.id)]
    return data


def show_text(data: dict) -> str:
    """The plan as plain text: its sections, numbered steps and their contacts, then its versions."""
    lines = [f"{data['name']} — {data['municipality'] or ''} {' '.join(data['postal_areas'])}".rstrip(),
             f"language: {data['language']}   shown: {data['shown']}   id: {data['id']}"]
    for section in data["sections"]:
        head = f"\n{section['title']}" + (f"   [{section['id']}]" if "id" in section else "")
        lines.append(head)
        for number, step in enumerate(section["steps"], start=1):
            lines.append(f"  {number}. {step['text']}" + (f"   [{step['id']}]" if "id" in step else ""))
            for ident in step["contacts"]:
                contact = data["contacts"].get(ident, {})
                lines.append(f"     → {contact.get('organisation', ident)}"
                             + (f" — {contact['service']}" if contact.get("service") else "")
                             + (f": {contact['phone']}" if contact.get("phone") else ""))
    lines.append("\nversions:" if data["versions"] else "\nnot published yet")
    for v in data["versions"]:
        lines.append(f"  {v['version']}  {v['published']}  by {v['published_by']}  handed out {v['handed_out']}"
                     + ("  (current)" if v["current"] else ""))
    for theme in data.get("themes_not_answered", ()):
        lines.append(f"heard but not answered: {theme['name']} ({theme['responses']})")
    return "\n".join(lines) + "\n"


def _starter_wording(source: str, target: str) -> dict:
    """{(kind, starter key, text in source): text in target} for the starter set's titles and steps:
    a starter text left as shipped is replaced by the target language's own; an edited one is copied."""
    found = {}
    targets = {s["key"]: s for s in starter_sections(target)}
    for section in starter_sections(source):
        other = targets[section["key"]]
        found[("title", section["key"], section["title"])] = other["title"]
        for number, (text, translated) in enumerate(zip(section["steps"], other["steps"]), start=1):
            found[("step", f"{section['key']}/{number}", text)] = translated
    return found


@writes(Change.SAFETY_PLANS)
def translate(conn: sqlite3.Connection, plan_id: str, language: str) -> str:
    """A translation of a plan, linked to it: starter sections and steps in the other language's own
    wording, the rest copied for the team to translate; contacts and cited themes kept. Returns its id."""
    original = get_safety_plan(conn, require_safety_plan(conn, plan_id))
    language = clean_language(language)
    if original.original_id:
        raise InvalidInput("'{name}' is itself a translation; translate its original instead", name=original.name)
    if language == original.language:
        raise InvalidInput("'{name}' is already in {language}", name=original.name, language=LANGUAGE_NAMES[language])
    for other in list_safety_plans(conn):
        if other.original_id == original.id and other.language == language:
            raise InvalidInput("'{name}' already has a translation in {language} (id {id})", name=original.name,
                               language=LANGUAGE_NAMES[language], id=other.id)
    wording = _starter_wording(original.language, language)
    with transaction(conn):
        existing = _check_name_free(conn, plan_name(original.area, language, original.id))
        ident = insert_row(conn, "safety_plans", {
            "area": original.area, "municipality_id": original.municipality_id,
            "postal_areas": " ".join(original.postal_areas) or None, "language": language,
            "original_id": original.id, "url": original.url, "partners": original.partners}, ident=existing)
        for section in original.sections:
            title = wording.get(("title", section.starter_key, section.title), section.title)
            section_id = insert_row(conn, "plan_sections", {
                "plan_id": ident, "position": section.position, "starter_key": section.starter_key,
                "title": title, "theme_ids": " ".join(section.theme_ids) or None})
            for step in section.steps:
                text = wording.get(("step", step.starter_key, step.text), step.text)
                insert_row(conn, "plan_steps", {"section_id": section_id, "position": step.position, "text": text,
                                                "contact_ids": " ".join(step.contact_ids) or None,
                                                "starter_key": step.starter_key})
    return ident
