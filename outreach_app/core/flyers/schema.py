"""The `outreach-flyers` migration set: where flyers were left (insert-only, voidable, synced)."""

from __future__ import annotations

_STATEMENTS = [
    """CREATE TABLE flyer_drops (id TEXT PRIMARY KEY, source_tag TEXT NOT NULL, place TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count >= 0), date TEXT NOT NULL, municipality_id TEXT, note TEXT,
        created_at TEXT NOT NULL, device_id TEXT NOT NULL, hlc INTEGER NOT NULL,
        voided INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX flyer_drops_by_tag ON flyer_drops (source_tag COLLATE NOCASE, voided, date)",
    # Extends the core void triggers (schema.py) to drops: whichever of drop and void comes second
    # sets the derived flag.
    """CREATE TRIGGER voids_mark_flyer_drops AFTER INSERT ON voids BEGIN
        UPDATE flyer_drops SET voided = 1 WHERE id = NEW.target_id AND voided = 0;
    END""",
    """CREATE TRIGGER flyer_drop_meets_void AFTER INSERT ON flyer_drops
        WHEN EXISTS (SELECT 1 FROM voids WHERE target_id = NEW.id) BEGIN
        UPDATE flyer_drops SET voided = 1 WHERE id = NEW.id;
    END""",
    """CREATE TRIGGER flyer_drops_append_only BEFORE UPDATE ON flyer_drops
        WHEN NEW.id IS NOT OLD.id OR NEW.source_tag IS NOT OLD.source_tag OR NEW.place IS NOT OLD.place
          OR NEW.count IS NOT OLD.count OR NEW.date IS NOT OLD.date OR NEW.municipality_id IS NOT OLD.municipality_id
          OR NEW.voided < OLD.voided BEGIN
        SELECT RAISE(ABORT, 'flyer drops are append-only: void a drop instead of changing it');
    END""",
    """CREATE TRIGGER flyer_drops_no_delete BEFORE DELETE ON flyer_drops BEGIN
        SELECT RAISE(ABORT, 'flyer drops are append-only: void a drop instead of deleting it');
    END""",
]


def flyer_drops(db) -> None:
    for statement in _STATEMENTS:
        db.conn.execute(statement)


SET_NAME = "outreach-flyers"
STEPS = [
    ("0001_flyer_drops", flyer_drops),
]
