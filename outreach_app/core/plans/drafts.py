"""Safety plans as they are being written: the plan (area, municipality, postal areas, language),
its sections (situations) and their ordered steps with contacts. Publishing freezes them (versions.py).

A safety plan shares its id with its catalogue plan: a plan already in the catalogue (one published
elsewhere) is given sections by adding a safety plan of the same name; a new one enters the catalogue
when first published, so event mode only ever offers published plans.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from outreach_app.core import bounds
from outreach_app.core.changes import Change, writes
from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.resources import load_json_resource
from outreach_app.core.store.connection import transaction
from outreach_app.core.validate import clean_name, clean_optional, name_key, parse_uuid

from .rows import insert_row, split_ids, update_row

LANGUAGES = ("en", "fr")
LANGUAGE_NAMES = {"en": "English", "fr": "français"}
_POSTAL_AREA = re.compile(r"[A-Z][0-9][A-Z]")


@dataclass(frozen=True)
class Step:
    id: str
    section_id: str
    position: int
    text: str
    contact_ids: tuple[str, ...] = ()
    starter_key: str | None = None  # "overdose/2": the starter set's second step of its overdose section


@dataclass(frozen=True)
class Section:
    id: str
    plan_id: str
    position: int
    title: str
    starter_key: str | None = None
    theme_ids: tuple[str, ...] = ()
    steps: tuple[Step, ...] = ()


@dataclass(frozen=True)
class SafetyPlan:
    id: str
    name: str
    area: str
    municipality_id: str | None
    municipality: str | None
    postal_areas: tuple[str, ...]
    language: str
    original_id: str | None
    url: str | None
    partners: str | None
    sections: tuple[Section, ...] = field(default=())

    @property
    def places(self) -> list[str]:
        """What a contact's areas served may name to serve this plan's area."""
        return [self.area, self.municipality or "", *self.postal_areas]


def plan_name(area: str, language: str, original_id: str | None) -> str:
    """The catalogue name: the area; a translation adds its language ("Leamington (français)")."""
    return f"{area} ({LANGUAGE_NAMES[language]})" if original_id else area


def clean_language(language: str | None) -> str:
    text = (language or "en").strip().lower()
    if text not in LANGUAGES:
        raise InvalidInput("language '{value}' is not one of en, fr", value=language)
    return text


def clean_postal_areas(values) -> str | None:
    """Postal-code areas (forward sortation areas such as N8X), upper-cased, each once."""
    kept: list[str] = []
    for value in values or ():
        text = (value or "").strip().upper().replace(" ", "")
        if not _POSTAL_AREA.fullmatch(text):
            raise InvalidInput("postal area '{value}' is not a postal-code area (letter, digit, letter, such as N8X)",
                               value=value)
        if text not in kept:
            kept.append(text)
    return " ".join(kept) or None


def starter_sections(language: str) -> list[dict]:
    """The starter set: [{key, title, steps}] in the language given."""
    return [{"key": s["key"], **s[language]} for s in load_json_resource("safety-plan-starter.json")["sections"]]


def _plan_rows(conn: sqlite3.Connection, where: str = "", params=()) -> list[SafetyPlan]:
    rows = conn.execute(
        "SELECT s.id, coalesce(p.name, ''), s.area, s.municipality_id, m.name, s.postal_areas, s.language,"
        " s.original_id, s.url, s.partners FROM safety_plans s LEFT JOIN plans p ON p.id = s.id"
        " LEFT JOIN municipalities m ON m.id = s.municipality_id " + where + " ORDER BY s.area COLLATE NOCASE,"
        " s.original_id IS NOT NULL, s.language, s.id", params)
    return [SafetyPlan(r[0], r[1] or plan_name(r[2], r[6], r[7]), r[2], r[3], r[4], tuple(split_ids(r[5])), r[6],
                       r[7], r[8], r[9]) for r in rows]


def list_safety_plans(conn: sqlite3.Connection) -> list[SafetyPlan]:
    """Every safety plan (without its sections), by area, originals before their translations."""
    return _plan_rows(conn)


def require_safety_plan(conn: sqlite3.Connection, ident: str) -> str:
    ident = parse_uuid(ident, "safety plan id")
    if not conn.execute("SELECT 1 FROM safety_plans WHERE id = ?", (ident,)).fetchone():
        raise NotFound("no safety plan with id '{value}' (see 'safety-plan list')", value=ident)
    return ident


def get_safety_plan(conn: sqlite3.Connection, ident: str) -> SafetyPlan:
    """The plan as written now, with its sections and their steps in order (removed ones left out)."""
    ident = require_safety_plan(conn, ident)
    plan = _plan_rows(conn, "WHERE s.id = ?", (ident,))[0]
    steps: dict[str, list[Step]] = {}
    for r in conn.execute("SELECT t.id, t.section_id, t.position, t.text, t.contact_ids, t.starter_key FROM plan_steps t"
                          " JOIN plan_sections s ON s.id = t.section_id WHERE s.plan_id = ? AND t.removed = 0"
                          " ORDER BY t.position, t.id", (ident,)):
        steps.setdefault(r[1], []).append(Step(r[0], r[1], r[2], r[3], tuple(split_ids(r[4])), r[5]))
    sections = tuple(Section(r[0], r[1], r[2], r[3], r[4], tuple(split_ids(r[5])), tuple(steps.get(r[0], ())))
                     for r in conn.execute("SELECT id, plan_id, position, title, starter_key, theme_ids"
                                           " FROM plan_sections WHERE plan_id = ? AND removed = 0"
                                           " ORDER BY position, id", (ident,)))
    return SafetyPlan(**{**plan.__dict__, "sections": sections})


def _check_name_free(conn: sqlite3.Connection, name: str) -> str | None:
    """The id of the catalogue plan of that name (a plan published elsewhere, given sections now), None
    if there is none; refuses when a safety plan already has the name."""
    for plan in list_safety_plans(conn):
        if name_key(plan.name) == name_key(name):
            raise InvalidInput("a safety plan named '{name}' already exists (id {id})", name=plan.name, id=plan.id)
    from outreach_app.core.records.catalogue import find_plan

    return find_plan(conn, name)


@writes(Change.SAFETY_PLANS)
def add_safety_plan(conn: sqlite3.Connection, area: str, municipality: str, *, postal_areas=(),
                    language: str = "en", url: str | None = None, partners: str | None = None,
                    starter: bool = True) -> str:
    """Start a safety plan for an area (the municipality is created if new), with the starter sections
    in its language unless `starter` is False. Returns its id (its catalogue plan's id)."""
    from outreach_app.core.flyers.links import check_url
    from outreach_app.core.records.catalogue import municipality_for

    area = clean_name(area, "area", max_length=bounds.MAX_PLAN_NAME_LENGTH)
    language = clean_language(language)
    values = {"area": area, "postal_areas": clean_postal_areas(postal_areas), "language": language,
              "original_id": None, "url": check_url(url) if (url or "").strip() else None,
              "partners": clean_optional(partners, what="partners")}
    with transaction(conn):
        existing = _check_name_free(conn, area)
        values["municipality_id"] = municipality_for(conn, municipality)
        ident = insert_row(conn, "safety_plans", values, ident=existing)
        if starter:
            _add_starter(conn, ident, language)
    return ident


def _add_starter(conn: sqlite3.Connection, plan_id: str, language: str) -> None:
    for position, section in enumerate(starter_sections(language), start=1):
        section_id = insert_row(conn, "plan_sections", {"plan_id": plan_id, "position": position,
                                                        "title": section["title"], "starter_key": section["key"]})
        for number, text in enumerate(section["steps"], start=1):
            insert_row(conn, "plan_steps", {"section_id": section_id, "position": number, "text": text,
                                            "starter_key": f"{section['key']}/{number}"})


_UNSET = object()


@writes(Change.SAFETY_PLANS)
def edit_safety_plan(conn: sqlite3.Connection, ident: str, *, area=_UNSET, postal_areas=_UNSET, url=_UNSET,
                     partners=_UNSET) -> SafetyPlan:
    """Change a plan's area name, postal areas, web copy address or partners (shown in its next version)."""
    from outreach_app.core.flyers.links import check_url

    ident = require_safety_plan(conn, ident)
    changes: dict = {}
    if area is not _UNSET:
        changes["area"] = clean_name(area, "area", max_length=bounds.MAX_PLAN_NAME_LENGTH)
    if postal_areas is not _UNSET:
        changes["postal_areas"] = clean_postal_areas(postal_areas)
    if url is not _UNSET:
        changes["url"] = check_url(url) if (url or "").strip() else None
    if partners is not _UNSET:
        changes["partners"] = clean_optional(partners, what="partners")
    if changes:
        with transaction(conn):
            update_row(conn, "safety_plans", ident, changes)
    return get_safety_plan(conn, ident)


# --- sections ---------------------------------------------------------------------------------------

def clean_title(title: str | None) -> str:
    return clean_name(title, "section title", max_length=bounds.MAX_SECTION_TITLE_LENGTH)


def clean_step_text(text: str | None) -> str:
    return clean_name(text, "step text", max_length=bounds.MAX_STEP_LENGTH)


def _section_row(conn: sqlite3.Connection, ident: str) -> tuple[str, str]:
    """(section id, plan id) of a section not removed, or a refusal naming the id."""
    ident = parse_uuid(ident, "section id")
    row = conn.execute("SELECT id, plan_id FROM plan_sections WHERE id = ? AND removed = 0", (ident,)).fetchone()
    if row is None:
        raise NotFound("no section with id '{value}' (see 'safety-plan show')", value=ident)
    return row[0], row[1]


def _step_row(conn: sqlite3.Connection, ident: str) -> tuple[str, str]:
    ident = parse_uuid(ident, "step id")
    row = conn.execute("SELECT t.id, t.section_id FROM plan_steps t JOIN plan_sections s ON s.id = t.section_id"
                       " WHERE t.id = ? AND t.removed = 0 AND s.removed = 0", (ident,)).fetchone()
    if row is None:
        raise NotFound("no step with id '{value}' (see 'safety-plan show')", value=ident)
    return row[0], row[1]


def _next_position(conn: sqlite3.Connection, table: str, parent: str, parent_id: str) -> int:
    return conn.execute(f"SELECT coalesce(max(position), 0) + 1 FROM {table} WHERE {parent} = ? AND removed = 0",
                        (parent_id,)).fetchone()[0]


@writes(Change.SAFETY_PLANS)
def add_section(conn: sqlite3.Connection, plan_id: str, title: str) -> str:
    """Add a section at the end of a plan. Returns its id."""
    plan_id = require_safety_plan(conn, plan_id)
    title = clean_title(title)
    with transaction(conn):
        return insert_row(conn, "plan_sections", {"plan_id": plan_id, "title": title,
                                                  "position": _next_position(conn, "plan_sections", "plan_id", plan_id)})


@writes(Change.SAFETY_PLANS)
def edit_section(conn: sqlite3.Connection, section_id: str, *, title=_UNSET, theme_ids=_UNSET) -> None:
    """Retitle a section, or set the themes (ids of the consultations' themes) it answers."""
    section_id, _ = _section_row(conn, section_id)
    changes: dict = {}
    if title is not _UNSET:
        changes["title"] = clean_title(title)
    if theme_ids is not _UNSET:
        kept = list(dict.fromkeys(t.strip() for t in theme_ids if t and t.strip()))
        if any(" " in t for t in kept):
            raise InvalidInput("theme id '{value}' holds a space", value=next(t for t in kept if " " in t))
        changes["theme_ids"] = " ".join(kept) or None
    if changes:
        with transaction(conn):
            update_row(conn, "plan_sections", section_id, changes)


def _move(conn: sqlite3.Connection, table: str, parent: str, parent_id: str, ident: str, position: int,
          what: str) -> None:
    """Put one row at `position` (1 = first) among its siblings, renumbering them 1..n."""
    siblings = [r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE {parent} = ? AND removed = 0"
                                           " ORDER BY position, id", (parent_id,))]
    if isinstance(position, bool) or not isinstance(position, int) or not 1 <= position <= len(siblings):
        if what == "section":
            raise InvalidInput("position {value} is not between 1 and {count}, the number of sections of the plan",
                               value=position, count=len(siblings))
        raise InvalidInput("position {value} is not between 1 and {count}, the number of steps of the section",
                           value=position, count=len(siblings))
    siblings.remove(ident)
    siblings.insert(position - 1, ident)
    with transaction(conn):
        current = dict(conn.execute(f"SELECT id, position FROM {table} WHERE {parent} = ?", (parent_id,)).fetchall())
        for number, row_id in enumerate(siblings, start=1):
            if current.get(row_id) != number:
                update_row(conn, table, row_id, {"position": number})


@writes(Change.SAFETY_PLANS)
def move_section(conn: sqlite3.Connection, section_id: str, position: int) -> None:
    """Move a section to a position (1 = first) in its plan."""
    section_id, plan_id = _section_row(conn, section_id)
    _move(conn, "plan_sections", "plan_id", plan_id, section_id, position, "section")


@writes(Change.SAFETY_PLANS)
def remove_section(conn: sqlite3.Connection, section_id: str) -> None:
    """Remove a section from the plan being written (published versions keep it)."""
    section_id, _ = _section_row(conn, section_id)
    with transaction(conn):
        update_row(conn, "plan_sections", section_id, {"removed": 1})


# --- steps ------------------------------------------------------------------------------------------

def _clean_contacts(conn: sqlite3.Connection, contact_ids) -> str | None:
    from .contacts import get_contact

    kept = list(dict.fromkeys(get_contact(conn, c).id for c in contact_ids or ()))
    return " ".join(kept) or None


@writes(Change.SAFETY_PLANS)
def add_step(conn: sqlite3.Connection, section_id: str, text: str, contact_ids=()) -> str:
    """Add a step at the end of a section, with the directory contacts it tells people to call."""
    section_id, _ = _section_row(conn, section_id)
    text = clean_step_text(text)
    contacts = _clean_contacts(conn, contact_ids)
    with transaction(conn):
        return insert_row(conn, "plan_steps", {"section_id": section_id, "text": text, "contact_ids": contacts,
                                               "position": _next_position(conn, "plan_steps", "section_id", section_id)})


@writes(Change.SAFETY_PLANS)
def edit_step(conn: sqlite3.Connection, step_id: str, *, text=_UNSET, contact_ids=_UNSET) -> None:
    """Change a step's text or its contacts."""
    step_id, _ = _step_row(conn, step_id)
    changes: dict = {}
    if text is not _UNSET:
        changes["text"] = clean_step_text(text)
    if contact_ids is not _UNSET:
        changes["contact_ids"] = _clean_contacts(conn, contact_ids)
    if changes:
        with transaction(conn):
            update_row(conn, "plan_steps", step_id, changes)


@writes(Change.SAFETY_PLANS)
def move_step(conn: sqlite3.Connection, step_id: str, position: int) -> None:
    """Move a step to a position (1 = first) in its section."""
    step_id, section_id = _step_row(conn, step_id)
    _move(conn, "plan_steps", "section_id", section_id, step_id, position, "step")


@writes(Change.SAFETY_PLANS)
def remove_step(conn: sqlite3.Connection, step_id: str) -> None:
    """Remove a step from the plan being written (published versions keep it)."""
    step_id, _ = _step_row(conn, step_id)
    with transaction(conn):
        update_row(conn, "plan_steps", step_id, {"removed": 1})
