"""The `outreach-plans` migration set: safety plans written in Outreach.

A safety plan shares its id with the catalogue plan (`plans`) it becomes when first published (or the
catalogue plan it was given sections for). Drafts (plans, sections, steps) and the contact directory are
editable records (last writer wins); sections and steps are never deleted, only marked removed, so a
removal travels in bundles. Published versions are facts: frozen, insert-only, synced office → laptops
like every record. A hand-out (tally entry) records the version current on the device that tapped it.
"""

from __future__ import annotations

_TAIL = "hlc INTEGER NOT NULL, updated_at TEXT NOT NULL, device_id TEXT NOT NULL, rev INTEGER NOT NULL DEFAULT 0"

_STATEMENTS = [
    # postal_areas: forward sortation areas separated by spaces ("N8X N9A"); original_id: the plan this
    # one translates (None for an original).
    f"""CREATE TABLE safety_plans (id TEXT PRIMARY KEY, area TEXT NOT NULL, municipality_id TEXT,
        postal_areas TEXT, language TEXT NOT NULL, original_id TEXT, url TEXT, partners TEXT, {_TAIL})""",
    f"""CREATE TABLE plan_sections (id TEXT PRIMARY KEY, plan_id TEXT NOT NULL, position INTEGER NOT NULL,
        title TEXT NOT NULL, starter_key TEXT, theme_ids TEXT, removed INTEGER NOT NULL DEFAULT 0, {_TAIL})""",
    "CREATE INDEX plan_sections_by_plan ON plan_sections (plan_id, removed, position)",
    # contact_ids: directory contact ids separated by spaces, in the order shown.
    f"""CREATE TABLE plan_steps (id TEXT PRIMARY KEY, section_id TEXT NOT NULL, position INTEGER NOT NULL,
        text TEXT NOT NULL, contact_ids TEXT, starter_key TEXT, removed INTEGER NOT NULL DEFAULT 0, {_TAIL})""",
    "CREATE INDEX plan_steps_by_section ON plan_steps (section_id, removed, position)",
    # One service of an organisation (the organisations list is shared with consultations and trainings).
    # areas: the areas it serves (area names, municipalities or postal areas) separated by "; ".
    f"""CREATE TABLE directory_contacts (id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL, service TEXT,
        phone TEXT, hours TEXT, address TEXT, web TEXT, emergency INTEGER NOT NULL DEFAULT 0, areas TEXT, {_TAIL})""",
    "CREATE INDEX directory_contacts_by_organisation ON directory_contacts (organisation_id)",
    """CREATE TABLE plan_versions (id TEXT PRIMARY KEY, plan_id TEXT NOT NULL, version INTEGER NOT NULL,
        published TEXT NOT NULL, published_by TEXT NOT NULL, content TEXT NOT NULL,
        created_at TEXT NOT NULL, device_id TEXT NOT NULL, hlc INTEGER NOT NULL)""",
    "CREATE INDEX plan_versions_by_plan ON plan_versions (plan_id, version)",
    """CREATE TRIGGER plan_versions_frozen BEFORE UPDATE ON plan_versions BEGIN
        SELECT RAISE(ABORT, 'published plan versions are frozen: publish a new version instead');
    END""",
    """CREATE TRIGGER plan_versions_no_delete BEFORE DELETE ON plan_versions BEGIN
        SELECT RAISE(ABORT, 'published plan versions are frozen: they stay in history');
    END""",
    # The version of the plan handed out; NULL for entries made before versions existed, or for a plan
    # published elsewhere (no versions here). Frozen like the rest of the entry.
    "ALTER TABLE tally_entries ADD COLUMN plan_version INTEGER",
    # copies of one plan by version, and the events where it was handed out (reports); plan entries only
    """CREATE INDEX tally_by_plan_version ON tally_entries (plan_id, voided, plan_version, event_id, quantity)
        WHERE kind = 'plan'""",
    """CREATE TRIGGER tally_plan_version_frozen BEFORE UPDATE ON tally_entries
        WHEN NEW.plan_version IS NOT OLD.plan_version BEGIN
        SELECT RAISE(ABORT, 'tally entries are append-only: void an entry instead of changing it');
    END""",
]


def safety_plans(db) -> None:
    for statement in _STATEMENTS:
        db.conn.execute(statement)


SET_NAME = "outreach-plans"
STEPS = [
    ("0001_safety_plans", safety_plans),
]
