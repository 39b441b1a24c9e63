"""A consultation response can be erased for good (docs/privacy.md, "Erasing a record for good"): with its
edits, theme tags, star and every void of them, here, in the backups and at the office."""

import sqlite3
from pathlib import Path

import pytest

from outreach_app.core.consultations import responses, themes
from outreach_app.core.privacy import purge as purging
from outreach_app.core.records.tally import void
from outreach_app.core.store.backups import make_backup
from outreach_app.core.store.database import open_database
from tests.core.consultation_helpers import consultation_with_responses
from tests.core.sync_helpers import enrol, export, import_ok, laptop, office_db

MARKER = "Zqxpurgedresponse"


def _raw_bytes(path: Path) -> bytes:
    return b"".join(Path(f"{path}{s}").read_bytes() for s in ("", "-wal") if Path(f"{path}{s}").exists())


def _doomed_response(conn) -> tuple[str, str]:
    """(consultation, response): a response with an edit, two theme tags (one untagged: a void), a star."""
    consultation, ids = consultation_with_responses(conn)
    target = ids[2]
    responses.edit_response(conn, target, f"Police who speak my language, said {MARKER}", allow_personal=True)
    themes.tag_response(conn, target, ["Trust", "Language"])
    themes.untag_response(conn, target, "Language")
    responses.star_response(conn, target)
    return consultation, target


def test_purging_a_response_erases_its_edits_tags_star_and_voids(conn):
    consultation, target = _doomed_response(conn)
    kept = [r.id for r in responses.list_responses(conn, consultation) if r.id != target]
    assert purging.describe_target(conn, "responses", target) == {
        "responses": 1, "response_edits": 1, "theme_tags": 2, "quote_stars": 1, "voids": 1}
    result = purging.purge(conn, target)
    assert result.erased == {"voids": 1, "response_edits": 1, "theme_tags": 2, "quote_stars": 1, "responses": 1}
    assert [r.id for r in responses.list_responses(conn, consultation, include_voided=True)] == kept
    for table in ("response_edits", "theme_tags", "quote_stars"):
        assert conn.execute(f"SELECT count(*) FROM {table} WHERE response_id = ?", (target,)).fetchone()[0] == 0
    assert MARKER.encode() not in _raw_bytes(Path(conn.db_path))


def test_responses_still_refuse_a_plain_delete(conn):
    _, target = _doomed_response(conn)
    for table, column in (("responses", "id"), ("response_edits", "response_id"), ("theme_tags", "response_id"),
                          ("quote_stars", "response_id")):
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (target,))


def test_a_voided_response_can_be_purged_and_its_backups_lose_it(conn):
    _, target = _doomed_response(conn)
    void(conn, target, "typed twice")
    backup = make_backup(conn, "manual")
    assert MARKER.encode() in _raw_bytes(backup)
    result = purging.purge(conn, target)
    assert result.erased["voids"] == 2 and result.backups_rewritten
    assert MARKER.encode() not in _raw_bytes(backup)


def test_a_response_purge_travels_to_the_office(tmp_path):
    office, lap = office_db(tmp_path), laptop(tmp_path, "lap")
    enrol(office, lap)
    consultation, target = _doomed_response(lap)
    import_ok(office, export(lap, tmp_path / "a"))
    assert target in [r.id for r in responses.list_responses(office, consultation)]
    purging.purge(lap, target)
    import_ok(office, export(lap, tmp_path / "b"))
    assert target not in [r.id for r in responses.list_responses(office, consultation, include_voided=True)]
    assert office.execute("SELECT count(*) FROM theme_tags WHERE response_id = ?", (target,)).fetchone()[0] == 0
    assert MARKER.encode() not in _raw_bytes(Path(office.db_path))


def test_the_purge_command_erases_a_response(db_path, capsys):
    from outreach_app.cli import main

    conn = open_database(db_path)
    _, target = _doomed_response(conn)
    conn.close()
    assert main(["--db", str(db_path), "purge", target]) == 1
    assert "responses 1" in capsys.readouterr().err
    assert main(["--db", str(db_path), "purge", target, "--yes"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"purged {target}: ") and "responses 1" in out and "theme_tags 2" in out
    assert main(["--db", str(db_path), "response", "edit", target, "--text", "x"]) != 0


def test_a_database_of_the_step_before_is_upgraded_to_purgeable_responses(db_path):
    """Made by the previous version (consultations' step 0002): plain no-delete triggers on responses."""
    conn = open_database(db_path)
    _, target = _doomed_response(conn)
    conn.close()
    raw = sqlite3.connect(db_path)
    raw.execute("DELETE FROM _sqlite_migrations WHERE migration_set = 'outreach-consultations'"
                " AND name = '0003_purgeable_responses'")
    for table in ("responses", "response_edits", "theme_tags", "quote_stars"):
        raw.execute(f"DROP TRIGGER {table}_no_delete")
        raw.execute(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, 'no'); END")
    version = raw.execute("PRAGMA user_version").fetchone()[0]
    raw.execute(f"PRAGMA user_version = {version - 1}")
    raw.commit()
    with pytest.raises(sqlite3.IntegrityError):  # what the previous version did: a purge could not get through
        raw.execute("INSERT INTO purge_erasing (id) VALUES (?)", (target,))
        raw.execute("DELETE FROM responses WHERE id = ?", (target,))
    raw.rollback()
    raw.close()
    conn = open_database(db_path)
    assert purging.purge(conn, target).erased["responses"] == 1
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("DELETE FROM responses")


def test_a_backup_made_before_responses_were_purgeable_loses_the_response_too(conn):
    _, target = _doomed_response(conn)
    backup = make_backup(conn, "manual")
    old = sqlite3.connect(backup)
    for table in ("responses", "response_edits", "theme_tags", "quote_stars"):  # as the step before left them
        old.execute(f"DROP TRIGGER {table}_no_delete")
        old.execute(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, 'no'); END")
    old.commit()
    old.close()
    result = purging.purge(conn, target)
    assert result.backups_failed == [] and backup in result.backups_rewritten
    assert MARKER.encode() not in _raw_bytes(backup)
