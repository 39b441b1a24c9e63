"""Upgrading a database made by an older Outreach: refuse one from a newer app, back up, migrate.

db.open_database comes here only when its quick look finds the database is not exactly current, so
the migration steps (schema.py and each feature's schema module) and sqlite-utils are imported only
when there is something to do, never when a command opens an up-to-date database.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from . import db
from .errors import DatabaseTooNew


def upgrade(conn: sqlite3.Connection, path, applied: set[tuple[str, str]], version: int) -> None:
    """Apply every pending step of db.migration_sets(); applied and version (PRAGMA user_version) are
    what the database holds. A database written by a newer app is refused, untouched; before changing
    a database that already holds Outreach steps, a copy is kept beside it (<path>.before-vN.bak)."""
    sets = db.migration_sets()
    current = db.schema_version()
    known = {(set_name, step) for set_name, steps in sets for step, _ in steps}
    ours = {set_name for set_name, _ in sets}
    too_new = sorted(name for set_name, name in applied if (set_name, name) not in known and set_name.startswith("outreach"))
    if too_new or version > current:
        raise DatabaseTooNew(
            "{path} was written by a newer version of Outreach (schema {schema}, "
            "this app knows {known}); install the newer version to open it",
            path=path, schema=max(version, len(applied)), known=current,
        )
    if known <= applied:
        return
    if applied and str(path) != ":memory:" and ours & {s for s, _ in applied}:
        from .db_upkeep import backup_to

        backup_to(conn, Path(f"{path}.before-v{current}.bak"), overwrite=True)
    import sqlite_utils

    database = sqlite_utils.Database(conn)
    for set_name, steps in sets:
        migrations = sqlite_utils.Migrations(set_name)
        for step_name, function in steps:
            migrations(name=step_name)(function)
        migrations.apply(database)
    conn.execute(f"PRAGMA user_version = {current}")
