"""Schema versions: which migration steps exist, whether a database is current, and upgrading one.

open_database calls migrate(); it decides from the recorded steps alone whether anything is pending,
so the migration steps (schema.py and each feature's schema module) and sqlite-utils are imported
only when a database made by an older Outreach needs upgrading. A database from a newer app is
refused untouched; before changing a database that already holds Outreach steps, a copy is kept.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from outreach_app.core.errors import DatabaseTooNew


# Each feature's migration set, applied in this order. A new feature appends its schema module here.
SCHEMA_MODULES = (
    "outreach_app.core.store.schema", "outreach_app.core.flyers.schema", "outreach_app.core.sync.schema",
    "outreach_app.core.consultations.schema", "outreach_app.core.surveys.schema", "outreach_app.core.privacy.schema",
    "outreach_app.core.update.schema", "outreach_app.core.trainings.schema", "outreach_app.core.plans.schema",
)


def migration_sets():
    """(set name, ordered steps) for every feature area, applied in this order.

    Adding a step or a set? Add its name to CURRENT_STEPS too (a test compares the two)."""
    import importlib

    modules = [importlib.import_module(name) for name in SCHEMA_MODULES]
    return [(module.SET_NAME, module.STEPS) for module in modules]


# (set, step) of every step in migration_sets(): a database holding exactly these, and no newer
# user_version, is current and opens without importing the steps or sqlite-utils.
CURRENT_STEPS = frozenset({
    ("outreach-core", "0001_initial_schema"), ("outreach-core", "0002_default_catalogue"),
    ("outreach-core", "0003_tally_totals"), ("outreach-core", "0004_retired_municipalities"),
    ("outreach-core", "0005_tally_batches"), ("outreach-core", "0006_plan_short_names"),
    ("outreach-flyers", "0001_flyer_drops"),
    ("outreach-sync", "0001_sync_ledger"), ("outreach-sync", "0002_replaced_signing_keys"),
    ("outreach-sync", "0003_record_authors_and_void_rules"),
    ("outreach-consultations", "0001_organisations"),
    ("outreach-surveys", "0001_survey_responses"),
    ("outreach-privacy", "0001_purges"),
    ("outreach-update", "0001_project_and_steps"),
    ("outreach-trainings", "0001_trainings"),
    ("outreach-plans", "0001_safety_plans"),
    ("outreach-consultations", "0002_consultations"),
    ("outreach-consultations", "0003_purgeable_responses"),
})


def schema_version() -> int:
    return sum(len(steps) for _, steps in migration_sets())


def _applied(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if not exists:
        return set()
    return {tuple(row) for row in conn.execute("SELECT migration_set, name FROM _sqlite_migrations")}


def is_current(conn: sqlite3.Connection) -> bool:
    """Whether the database holds exactly this app's migration steps (it opens without upgrading)."""
    return {step for step in _applied(conn) if step[0].startswith("outreach")} == CURRENT_STEPS


def migrate(conn: sqlite3.Connection, path) -> None:
    """Bring the database at path up to date (nothing to import or do when it already is)."""
    applied = _applied(conn)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    ours = {step for step in applied if step[0].startswith("outreach")}
    if ours == CURRENT_STEPS and version <= len(CURRENT_STEPS):
        return  # current: the common case, decided without importing any migration code
    upgrade(conn, path, applied, version)


def upgrade(conn: sqlite3.Connection, path, applied: set[tuple[str, str]], version: int) -> None:
    """Apply every pending step of migration_sets(); applied and version (PRAGMA user_version) are
    what the database holds. A database written by a newer app is refused, untouched; before changing
    a database that already holds Outreach steps, a copy is kept beside it (<path>.before-vN.bak)."""
    sets = migration_sets()
    current = schema_version()
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
        from outreach_app.core.store.upkeep import backup_to

        backup_to(conn, Path(f"{path}.before-v{current}.bak"), overwrite=True)
    import sqlite_utils

    database = sqlite_utils.Database(conn)
    for set_name, steps in sets:
        migrations = sqlite_utils.Migrations(set_name)
        for step_name, function in steps:
            migrations(name=step_name)(function)
        migrations.apply(database)
    conn.execute(f"PRAGMA user_version = {current}")
