"""Schema migrations: forward-only, run on open, refuse a database from a newer app."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from outreach_app.core.store import database as core_db
from outreach_app.core.store import migrations
from outreach_app.core.store.upkeep import check_integrity
from outreach_app.core.errors import DatabaseProblem
from outreach_app.core.reports.summary import summary
from tests.conftest import REPO

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "outreach-v1.db"


def test_version_1_database_upgrades_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    old_steps = {row for row in sqlite3.connect(path).execute("SELECT migration_set, name FROM _sqlite_migrations")}
    conn = core_db.open_database(path)
    applied = {row for row in conn.execute("SELECT migration_set, name FROM _sqlite_migrations")}
    known = {(name, step) for name, steps in migrations.migration_sets() for step, _ in steps}
    assert applied == known
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.schema_version()
    figures = summary(conn, "2025-06-01", "2025-06-30")
    assert (figures["attendees"], figures["plans_distributed"], figures["plans_before"]) == (30, 12, 100)
    assert figures["confidence"]["percent_yes"] == 90.0
    assert check_integrity(conn) == []
    backup = Path(f"{path}.before-v{migrations.schema_version()}.bak")
    # a backup of the old file is made whenever there was something to upgrade
    assert backup.exists() == (old_steps != known)


def test_current_steps_name_every_step_of_the_migration_sets():
    """migrations.CURRENT_STEPS is how an up-to-date database is recognised without importing the steps."""
    known = {(name, step) for name, steps in migrations.migration_sets() for step, _ in steps}
    assert migrations.CURRENT_STEPS == known, "add the new step's (set, name) to migrations.CURRENT_STEPS"
    assert migrations.schema_version() == len(migrations.CURRENT_STEPS)
    assert all(name.startswith("outreach") for name, _ in known)  # the too-new rule only looks at ours


_OPEN_AND_LIST_MODULES = """
import json, sys
from outreach_app.core.store.database import open_database
open_database(sys.argv[1]).close()
print(json.dumps(sorted(sys.modules)))
"""


def _modules_after_opening(path) -> set[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", _OPEN_AND_LIST_MODULES, str(path)], capture_output=True,
                            text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout))


_MIGRATION_MODULES = {"sqlite_utils", "outreach_app.core.store.schema",
                      "outreach_app.core.flyers.schema", "outreach_app.core.sync.schema"}


def test_opening_a_current_database_imports_no_migration_code(db_path):
    core_db.open_database(db_path).close()
    loaded = _modules_after_opening(db_path) & _MIGRATION_MODULES
    assert loaded == set(), f"opening an up-to-date database imported {sorted(loaded)}"


def test_a_database_one_step_behind_is_upgraded_after_a_backup(db_path):
    core_db.open_database(db_path).close()
    raw = sqlite3.connect(db_path)
    raw.execute("DELETE FROM _sqlite_migrations WHERE migration_set = 'outreach-sync'")
    for table in ("sync_exports", "sync_imports", "sync_device_keys", "sync_receipts"):
        raw.execute(f"DROP TABLE {table}")
    raw.execute("PRAGMA user_version = 4")
    raw.commit()
    raw.close()
    assert "outreach_app.core.store.schema" in _modules_after_opening(db_path)  # a fresh process upgrades it
    conn = core_db.open_database(db_path)
    applied = {tuple(row) for row in conn.execute("SELECT migration_set, name FROM _sqlite_migrations")}
    assert applied == migrations.CURRENT_STEPS
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.schema_version()
    assert Path(f"{db_path}.before-v{migrations.schema_version()}.bak").exists()
    assert check_integrity(conn) == []


def test_a_newer_user_version_alone_is_refused(db_path):
    core_db.open_database(db_path).close()
    raw = sqlite3.connect(db_path)
    raw.execute(f"PRAGMA user_version = {migrations.schema_version() + 1}")
    raw.commit()
    raw.close()
    with pytest.raises(DatabaseProblem, match="newer version of Outreach"):
        core_db.open_database(db_path)


def test_opening_twice_changes_nothing(db_path):
    core_db.open_database(db_path).close()
    before = sqlite3.connect(db_path).execute("SELECT count(*) FROM _sqlite_migrations").fetchone()
    core_db.open_database(db_path).close()
    assert sqlite3.connect(db_path).execute("SELECT count(*) FROM _sqlite_migrations").fetchone() == before


def test_database_from_newer_app_is_refused(db_path):
    core_db.open_database(db_path).close()
    raw = sqlite3.connect(db_path)
    raw.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('outreach-core', '9999_future', '')")
    raw.commit()
    raw.close()
    with pytest.raises(DatabaseProblem, match="newer version of Outreach"):
        core_db.open_database(db_path)


@pytest.mark.parametrize("content", [b"hello, this is not a database at all", b"PK\x03\x04" + b"\0" * 200])
def test_non_sqlite_file_refused_and_left_alone(tmp_path, content):
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseProblem, match="not an Outreach database"):
        core_db.open_database(path)
    assert path.read_bytes() == content


def test_pragmas(conn):
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_damaged_database_detected(tmp_path):
    path = tmp_path / "broken.db"
    conn = core_db.open_database(path)
    conn.execute("CREATE TABLE filler (x)")
    conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 400)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, len(data) - 4096, 4096):
        data[offset:offset + 64] = b"\xff" * 64  # scribble over page headers
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseProblem):
        conn = core_db.open_database(path)
        problems = check_integrity(conn)
        if problems:
            raise DatabaseProblem(problems[0])


def test_a_database_from_before_surveys_upgrades_and_keeps_its_survey_and_drops(tmp_path):
    """The outreach-surveys step on a database the previous version made (every other step applied)."""
    from outreach_app.core.flyers.drops import record_drop
    from outreach_app.core.surveys.records import add_post
    from outreach_app.core.surveys.report import survey_report

    path = tmp_path / "before-surveys.db"
    from outreach_app.core.store.database import open_database
    from outreach_app.core.store.migrations import CURRENT_STEPS
    from outreach_app.core.surveys.records import add_survey

    conn = open_database(path)

    survey = add_survey(conn, "Old survey", "https://example.org/s", "2025-10-31")
    record_drop(conn, "library", "Library", 50, "2025-10-01")
    for table in ("survey_responses", "survey_posts", "survey_import_settings"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DROP TRIGGER voids_mark_survey_posts")  # on the voids table: it outlives survey_posts
    conn.execute("DELETE FROM _sqlite_migrations WHERE migration_set = 'outreach-surveys'")
    conn.execute(f"PRAGMA user_version = {len(CURRENT_STEPS) - 1}")
    conn.commit()
    conn.close()
    conn = open_database(path)
    assert add_post(conn, "fb-1007", "facebook", "2025-10-07")
    report = survey_report(conn, survey)
    assert (report["survey"], report["by_source"]["library"]["flyers"]) == ("Old survey", 50)
    assert list(tmp_path.glob("before-surveys.db.before-v*.bak"))
    conn.close()
