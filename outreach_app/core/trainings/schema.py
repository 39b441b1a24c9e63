"""The `outreach-trainings` migration set: trainings (editable, last writer wins), attendance by
organisation and before/after ratings (insert-only facts, undone by voids)."""

from __future__ import annotations

# A void counts when its author made the voided record or is the office (as sync/schema.py's rule for
# tally entries): on the office the setting names the office itself.
_OFFICE = "(SELECT value FROM settings WHERE key = 'sync_office_device')"
_FACT_COLUMNS = {"training_attendance": ("training_id", "organisation_id", "registered", "attended"),
                 "training_ratings": ("training_id", "participant_id", "statement", "before", "after")}

_STATEMENTS = [
    """CREATE TABLE trainings (id TEXT PRIMARY KEY, topic TEXT NOT NULL, date TEXT NOT NULL, start_time TEXT,
        place TEXT, municipality_id TEXT, partner TEXT, facilitator_initials TEXT, capacity INTEGER, notes TEXT,
        cancelled INTEGER NOT NULL DEFAULT 0, created_device_id TEXT NOT NULL, hlc INTEGER NOT NULL,
        updated_at TEXT NOT NULL, device_id TEXT NOT NULL, rev INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX trainings_by_date ON trainings (date, cancelled)",
    # One row per (training, organisation) entry; a later row for the same pair replaces the earlier one
    # in the figures (the newest by (hlc, device_id)), so a correction is a new fact, never an update.
    """CREATE TABLE training_attendance (id TEXT PRIMARY KEY, training_id TEXT NOT NULL,
        organisation_id TEXT NOT NULL, registered INTEGER NOT NULL CHECK (registered >= 0),
        attended INTEGER NOT NULL CHECK (attended >= 0), created_at TEXT NOT NULL, device_id TEXT NOT NULL,
        hlc INTEGER NOT NULL, voided INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX training_attendance_by_training ON training_attendance (training_id, voided)",
    # One participant's paper form is a participant_id; each row is that form's rating of one statement,
    # before and/or after (an unpaired form leaves one side empty).
    """CREATE TABLE training_ratings (id TEXT PRIMARY KEY, training_id TEXT NOT NULL, participant_id TEXT NOT NULL,
        statement INTEGER NOT NULL CHECK (statement >= 1), before INTEGER CHECK (before BETWEEN 1 AND 5),
        after INTEGER CHECK (after BETWEEN 1 AND 5), created_at TEXT NOT NULL, device_id TEXT NOT NULL,
        hlc INTEGER NOT NULL, voided INTEGER NOT NULL DEFAULT 0, CHECK (before IS NOT NULL OR after IS NOT NULL))""",
    "CREATE INDEX training_ratings_by_training ON training_ratings (training_id, voided)",
]


def _fact_triggers(table: str) -> list[str]:
    columns = _FACT_COLUMNS[table]
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in ("id",) + columns)
    return [
        f"""CREATE TRIGGER voids_mark_{table} AFTER INSERT ON voids BEGIN
            UPDATE {table} SET voided = 1 WHERE id = NEW.target_id AND voided = 0
              AND (NEW.device_id = {table}.device_id OR NEW.device_id = {_OFFICE});
        END""",
        f"""CREATE TRIGGER {table}_meets_void AFTER INSERT ON {table}
            WHEN EXISTS (SELECT 1 FROM voids v WHERE v.target_id = NEW.id
                         AND (v.device_id = NEW.device_id OR v.device_id = {_OFFICE})) BEGIN
            UPDATE {table} SET voided = 1 WHERE id = NEW.id;
        END""",
        f"""CREATE TRIGGER {table}_append_only BEFORE UPDATE ON {table}
            WHEN {changed} OR NEW.voided < OLD.voided BEGIN
            SELECT RAISE(ABORT, '{table} is append-only: void a row instead of changing it');
        END""",
        f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN
            SELECT RAISE(ABORT, '{table} is append-only: void a row instead of deleting it');
        END""",
    ]


def trainings(db) -> None:
    for statement in _STATEMENTS:
        db.conn.execute(statement)
    for table in _FACT_COLUMNS:
        for statement in _fact_triggers(table):
            db.conn.execute(statement)


SET_NAME = "outreach-trainings"
STEPS = [
    ("0001_trainings", trainings),
]
