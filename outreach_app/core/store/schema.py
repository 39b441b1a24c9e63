"""The core schema, as numbered forward-only migration steps.

Each feature area keeps its own ordered list of steps (a sqlite-utils migration set); migrations.py applies
the sets in the order of MIGRATION_SETS. Steps are never edited once released: add a new one.

Conventions for synced tables (docs/design.md, "Data rules"):
- every row has a UUID `id` made on the machine that created it and the `device_id` of that machine;
- facts (tally entries, voids, baselines) are insert-only; `voided` is derived from `voids` by triggers;
- editable records carry `hlc`, `updated_at` and the `device_id` of the last change (last writer wins),
  plus a local `rev` change counter that incremental export reads (never exported).
- foreign keys between synced tables are not declared: a child may arrive before its parent.
"""

from __future__ import annotations

from outreach_app.core.clock import stable_id
from outreach_app.core.resources import load_json_resource
from outreach_app.core.validate import name_key

EDITABLE = "hlc INTEGER NOT NULL, updated_at TEXT NOT NULL, device_id TEXT NOT NULL, rev INTEGER NOT NULL DEFAULT 0"

_INITIAL = [
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE clock (id INTEGER PRIMARY KEY CHECK (id = 1), hlc INTEGER NOT NULL, rev INTEGER NOT NULL)",
    "INSERT INTO clock (id, hlc, rev) VALUES (1, 0, 0)",
    f"CREATE TABLE devices (id TEXT PRIMARY KEY, name TEXT NOT NULL, {EDITABLE})",
    f"CREATE TABLE municipalities (id TEXT PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL, {EDITABLE})",
    "CREATE INDEX municipalities_by_key ON municipalities (name_key, id)",
    f"""CREATE TABLE sites (id TEXT PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL,
        municipality_id TEXT, address TEXT, {EDITABLE})""",
    "CREATE INDEX sites_by_key ON sites (name_key, id)",
    f"""CREATE TABLE plans (id TEXT PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL,
        area TEXT, language TEXT, active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)), {EDITABLE})""",
    "CREATE INDEX plans_by_key ON plans (name_key, id)",
    f"""CREATE TABLE events (id TEXT PRIMARY KEY, name TEXT NOT NULL, date TEXT NOT NULL,
        start_time TEXT, end_time TEXT, site_id TEXT, municipality_id TEXT, partners TEXT,
        staff_initials TEXT, notes TEXT, cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
        created_device_id TEXT NOT NULL, {EDITABLE})""",
    "CREATE INDEX events_by_date ON events (date, cancelled, municipality_id)",
    """CREATE TABLE tally_entries (id TEXT PRIMARY KEY, event_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('attendee', 'plan', 'confidence')),
        plan_id TEXT, answer TEXT CHECK (answer IN ('yes', 'no', 'unsure')),
        quantity INTEGER NOT NULL CHECK (quantity >= 0),
        source TEXT NOT NULL DEFAULT 'tap' CHECK (source IN ('tap', 'paper')),
        created_at TEXT NOT NULL, device_id TEXT NOT NULL, hlc INTEGER NOT NULL,
        voided INTEGER NOT NULL DEFAULT 0,
        CHECK ((kind = 'plan') = (plan_id IS NOT NULL)),
        CHECK ((kind = 'confidence') = (answer IS NOT NULL)))""",
    "CREATE INDEX tally_by_event ON tally_entries (event_id, voided, kind, plan_id, answer, quantity)",
    "CREATE INDEX tally_by_device ON tally_entries (device_id, hlc)",
    """CREATE TABLE voids (id TEXT PRIMARY KEY, target_id TEXT NOT NULL, reason TEXT,
        created_at TEXT NOT NULL, device_id TEXT NOT NULL, hlc INTEGER NOT NULL)""",
    "CREATE INDEX voids_by_target ON voids (target_id)",
    """CREATE TABLE baselines (id TEXT PRIMARY KEY, date TEXT NOT NULL, plans INTEGER NOT NULL CHECK (plans >= 0),
        municipality_id TEXT, note TEXT, created_at TEXT NOT NULL, device_id TEXT NOT NULL,
        hlc INTEGER NOT NULL, voided INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX baselines_by_date ON baselines (date)",
    f"""CREATE TABLE surveys (id TEXT PRIMARY KEY, name TEXT NOT NULL, url TEXT NOT NULL, closes TEXT,
        municipality_id TEXT, {EDITABLE})""",
    # A void may arrive before what it voids: whichever comes second sets the derived flag.
    """CREATE TRIGGER voids_mark_targets AFTER INSERT ON voids BEGIN
        UPDATE tally_entries SET voided = 1 WHERE id = NEW.target_id AND voided = 0;
        UPDATE baselines SET voided = 1 WHERE id = NEW.target_id AND voided = 0;
    END""",
    """CREATE TRIGGER tally_meets_void AFTER INSERT ON tally_entries
        WHEN EXISTS (SELECT 1 FROM voids WHERE target_id = NEW.id) BEGIN
        UPDATE tally_entries SET voided = 1 WHERE id = NEW.id;
    END""",
    """CREATE TRIGGER baseline_meets_void AFTER INSERT ON baselines
        WHEN EXISTS (SELECT 1 FROM voids WHERE target_id = NEW.id) BEGIN
        UPDATE baselines SET voided = 1 WHERE id = NEW.id;
    END""",
    # Facts are append-only: only the derived voided flag may change, and never back.
    """CREATE TRIGGER tally_append_only BEFORE UPDATE ON tally_entries
        WHEN NEW.id IS NOT OLD.id OR NEW.event_id IS NOT OLD.event_id OR NEW.kind IS NOT OLD.kind
          OR NEW.plan_id IS NOT OLD.plan_id OR NEW.answer IS NOT OLD.answer OR NEW.quantity IS NOT OLD.quantity
          OR NEW.voided < OLD.voided BEGIN
        SELECT RAISE(ABORT, 'tally entries are append-only: void an entry instead of changing it');
    END""",
    """CREATE TRIGGER tally_no_delete BEFORE DELETE ON tally_entries BEGIN
        SELECT RAISE(ABORT, 'tally entries are append-only: void an entry instead of deleting it');
    END""",
    """CREATE TRIGGER voids_no_delete BEFORE DELETE ON voids BEGIN
        SELECT RAISE(ABORT, 'voids are permanent');
    END""",
]


def initial_schema(db) -> None:
    for statement in _INITIAL:
        db.conn.execute(statement)


def default_catalogue(db) -> None:
    """Seed municipalities and plans with ids derived from their names (hlc 0, no device)."""
    catalogue = load_json_resource("default-catalogue.json")
    seed = "hlc, updated_at, device_id, rev"
    for name in catalogue["municipalities"]:
        key = name_key(name)
        db.conn.execute(
            f"INSERT OR IGNORE INTO municipalities (id, name, name_key, {seed}) VALUES (?, ?, ?, 0, '', '', 0)",
            (stable_id("municipality", key), name, key),
        )
    for plan in catalogue["plans"]:
        key = name_key(plan["name"])
        db.conn.execute(
            f"INSERT OR IGNORE INTO plans (id, name, name_key, area, language, active, {seed})"
            " VALUES (?, ?, ?, ?, ?, 1, 0, '', '', 0)",
            (stable_id("plan", key), plan["name"], key, plan.get("area"), plan.get("language")),
        )


def tally_totals_table(db) -> None:
    from outreach_app.core.store.kept_totals import create_tally_totals

    create_tally_totals(db)


def retired_municipalities(db) -> None:
    """Municipalities can be retired like plans (a typo nothing uses leaves the pickers; history kept)."""
    db.conn.execute("ALTER TABLE municipalities ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))")
def tally_batches(db) -> None:
    """Entries recorded together (one paper sheet) share a batch id, so undo takes them back as one.
    Synced with the entries; entries from older bundles have none (each is its own action)."""
    db.conn.execute("ALTER TABLE tally_entries ADD COLUMN batch_id TEXT")
    db.conn.execute("CREATE INDEX tally_by_batch ON tally_entries (batch_id) WHERE batch_id IS NOT NULL")


def plan_short_names(db) -> None:
    """An optional short display name per plan (event-screen buttons); synced with the plan."""
    db.conn.execute("ALTER TABLE plans ADD COLUMN short_name TEXT")


SET_NAME = "outreach-core"
STEPS = [
    ("0001_initial_schema", initial_schema),
    ("0002_default_catalogue", default_catalogue),
    ("0003_tally_totals", tally_totals_table),
    ("0004_retired_municipalities", retired_municipalities),
    ("0005_tally_batches", tally_batches),
    ("0006_plan_short_names", plan_short_names),
]
