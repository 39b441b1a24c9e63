"""The `outreach-update` migration set: the project page (name, purpose, key activities, action items)
and its steps. Both are editable records that travel in bundles; the latest change wins."""

from __future__ import annotations

from outreach_app.core.store.schema import EDITABLE

_STATEMENTS = [
    # one row (PROJECT_ID); texts of several lines hold one item a line
    f"""CREATE TABLE project (id TEXT PRIMARY KEY, name TEXT, purpose TEXT, activities TEXT, action_items TEXT,
        created_device_id TEXT NOT NULL, {EDITABLE})""",
    # a step is planned while done_on is NULL; removed steps stay (so the removal travels) but show nowhere
    f"""CREATE TABLE project_steps (id TEXT PRIMARY KEY, text TEXT NOT NULL, done_on TEXT, activity TEXT,
        removed INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, created_device_id TEXT NOT NULL, {EDITABLE})""",
]


def project_and_steps(db) -> None:
    for statement in _STATEMENTS:
        db.conn.execute(statement)


SET_NAME = "outreach-update"
STEPS = [
    ("0001_project_and_steps", project_and_steps),
]
