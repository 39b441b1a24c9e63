"""Purge erases a record for good: here, in the backups, and at the office once the purge travels there."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.flyers import drops
from outreach_app.core.privacy import purge as purging
from outreach_app.core.records import events, tally
from outreach_app.core.reports.summary import summary
from outreach_app.core.store.backups import make_backup
from outreach_app.core.store.database import open_database
from outreach_app.core.store.kept_totals import totals_mismatch
from tests.core.sync_helpers import enrol, export, import_ok, laptop, office_db

MARKER = "ZQXMARKER-purge"


def _event_with_counts(conn, name=f"BBQ {MARKER}"):
    event = events.add_event(conn, name, "2025-06-19", "Windsor", notes=f"note {MARKER}")
    ids = tally.record_paper_counts(conn, event, attendees=30, yes=9, no=1)
    tally.void(conn, ids[1], f"typo {MARKER}")
    return event, ids


def _raw_bytes(path: Path) -> bytes:
    return b"".join(Path(f"{path}{s}").read_bytes() for s in ("", "-wal") if Path(f"{path}{s}").exists())


def test_purging_an_event_erases_it_its_entries_and_voids_and_keeps_totals_right(conn):
    keep = events.add_event(conn, "Library talk", "2025-06-20", "Windsor")
    tally.record_paper_counts(conn, keep, attendees=7)
    event, _ = _event_with_counts(conn)
    result = purging.purge(conn, event)
    assert result.erased == {"voids": 1, "tally_entries": 3, "events": 1}
    assert [e.id for e in events.list_events(conn)] == [keep]
    assert summary(conn, "2025-01-01", "2025-12-31")["attendees"] == 7
    assert totals_mismatch(conn) == 0
    assert conn.execute("SELECT target_table, target_id FROM purges").fetchall() == [("events", event)]
    assert MARKER.encode() not in _raw_bytes(Path(conn.db_path))  # nor in free pages nor in the log


def test_a_single_entry_baseline_or_drop_can_be_purged(conn):
    event = events.add_event(conn, "Talk", "2025-06-19", "Windsor")
    (entry,) = tally.record_paper_counts(conn, event, attendees=3)
    baseline = tally.add_baseline(conn, "2025-01-01", 40, note=MARKER)
    drop = drops.record_drop(conn, "lib", "Library", 10, "2025-06-19", note=MARKER)
    for ident in (entry, baseline, drop):
        purging.purge(conn, ident)
    assert summary(conn, "2025-01-01", "2025-12-31")["attendees"] == 0
    assert conn.execute("SELECT count(*) FROM baselines").fetchone()[0] == 0
    assert drops.list_drops(conn, include_voided=True) == []
    with pytest.raises(NotFound):
        purging.purge(conn, entry)


def test_facts_still_refuse_a_plain_delete(conn):
    event, ids = _event_with_counts(conn)
    for table, ident in (("tally_entries", ids[0]), ("voids", None)):
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(f"DELETE FROM {table}" + (" WHERE id = ?" if ident else ""), (ident,) if ident else ())


def test_the_backups_are_rewritten_without_the_purged_record(conn):
    event, _ = _event_with_counts(conn)
    backup = make_backup(conn, "manual")
    upgrade_copy = Path(f"{conn.db_path}.before-v3.bak")
    shutil.copy(backup, upgrade_copy)
    assert MARKER.encode() in backup.read_bytes()
    stranger = open_database(Path(conn.db_path).parent / "other.db")  # shares the backups folder
    _event_with_counts(stranger)
    theirs = make_backup(stranger, "manual")
    before = theirs.read_bytes()
    result = purging.purge(conn, event)
    assert set(result.backups_rewritten) == {backup, upgrade_copy} and result.backups_failed == []
    assert theirs.read_bytes() == before  # another database's backup is not ours to touch
    for copy in (backup, upgrade_copy):
        assert MARKER.encode() not in _raw_bytes(copy)
        assert sqlite3.connect(copy).execute("SELECT count(*) FROM events").fetchone()[0] == 0
    assert (backup.stat().st_mode & 0o777) == 0o600
    assert not Path(f"{backup}-wal").exists()  # left as it was made: a single file, no log beside it
    assert sqlite3.connect(backup).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_exports_after_a_purge_still_carry_new_records(tmp_path):
    """Erasing the newest rows frees their rowids; the next records reuse them and must still travel."""
    office, lap = office_db(tmp_path), laptop(tmp_path, "lap")
    enrol(office, lap)
    event, _ = _event_with_counts(lap)
    import_ok(office, export(lap, tmp_path / "out"))
    purging.purge(lap, event)
    again = events.add_event(lap, "Second", "2025-06-21", "Windsor")
    tally.record_paper_counts(lap, again, attendees=5)
    import_ok(office, export(lap, tmp_path / "out"))
    assert [e.name for e in events.list_events(office)] == ["Second"]
    assert summary(office, "2025-01-01", "2025-12-31")["attendees"] == 5
    assert totals_mismatch(office) == 0


def test_a_purge_travels_to_the_office_and_erases_the_record_there(tmp_path):
    office, lap = office_db(tmp_path), laptop(tmp_path, "lap")
    enrol(office, lap)
    event, _ = _event_with_counts(lap)
    import_ok(office, export(lap, tmp_path / "out"))
    assert summary(office, "2025-01-01", "2025-12-31")["attendees"] == 30
    office_backup = make_backup(office, "manual")
    purging.purge(lap, event)
    import_ok(office, export(lap, tmp_path / "out"))
    assert events.list_events(office) == []
    assert office.execute("SELECT count(*) FROM tally_entries").fetchone()[0] == 0
    assert summary(office, "2025-01-01", "2025-12-31")["attendees"] == 0
    assert MARKER.encode() not in _raw_bytes(Path(office.db_path))
    assert MARKER.encode() not in _raw_bytes(office_backup)  # the office's backups too


def test_a_purge_that_arrives_before_its_record_keeps_it_out(tmp_path):
    office, lap = office_db(tmp_path), laptop(tmp_path, "lap")
    enrol(office, lap)
    event, _ = _event_with_counts(lap)
    first = export(lap, tmp_path / "first")
    purging.purge(lap, event)
    more = events.add_event(lap, "Other", "2025-06-22", "Windsor")
    second = export(lap, tmp_path / "second")
    import_ok(office, second)  # the purge (and a later event) first
    import_ok(office, first)  # then the old bundle holding the purged event
    assert [e.id for e in events.list_events(office)] == [more]
    assert office.execute("SELECT count(*) FROM tally_entries").fetchone()[0] == 0


def test_only_the_author_or_the_office_may_purge(tmp_path):
    office, lap, other = office_db(tmp_path), laptop(tmp_path, "lap"), laptop(tmp_path, "other")
    enrol(office, lap, other)
    event, _ = _event_with_counts(lap)
    import_ok(office, export(lap, tmp_path / "a"))
    import_ok(other, export(office, tmp_path / "b"))
    with pytest.raises(InvalidInput):
        purging.purge(other, event)  # an enrolled laptop cannot purge another laptop's record
    # a forged purge from the other laptop stays inert at the office
    from outreach_app.core.clock import new_id
    from outreach_app.core.store.connection import device_id

    me = device_id(other)
    other.execute("INSERT INTO purges (id, target_table, target_id, created_at, device_id, hlc)"
                  " VALUES (?, 'events', ?, '2025-06-19T00:00:00+00:00', ?, 1)", (new_id(), event, me))
    import_ok(office, export(other, tmp_path / "c"))
    assert [e.id for e in events.list_events(office)] == [event]
    purging.purge(office, event)  # the office may
    import_ok(lap, export(office, tmp_path / "d"))
    assert events.list_events(lap) == []


def test_an_older_database_upgrades_to_purges(tmp_path):
    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "outreach-v1.db"
    path = tmp_path / "old.db"
    shutil.copy(fixture, path)
    conn = open_database(path)
    event = events.list_events(conn)[0]
    purging.purge(conn, event.id)
    assert events.list_events(conn) == [] and totals_mismatch(conn) == 0
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("DELETE FROM baselines")


def test_the_purge_command_asks_for_yes_then_erases(db_path, capsys):
    from outreach_app.cli import main

    conn = open_database(db_path)
    event, _ = _event_with_counts(conn)
    conn.close()
    assert main(["--db", str(db_path), "purge", event]) == 1
    error = capsys.readouterr().err
    assert "--yes" in error and "events 1" in error and error.count("\n") == 1
    assert main(["--db", str(db_path), "event", "list", "--format", "json"]) == 0 and event in capsys.readouterr().out
    assert main(["--db", str(db_path), "purge", event, "--yes"]) == 0
    assert capsys.readouterr().out.startswith(f"purged {event}: voids 1, tally_entries 3, events 1")
    assert main(["--db", str(db_path), "event", "list", "--format", "json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"


def test_a_database_of_the_version_before_purges_is_upgraded(db_path):
    """Made by the previous version: no purges tables, the facts' plain no-delete triggers."""
    conn = open_database(db_path)
    event, _ = _event_with_counts(conn)
    tally.add_baseline(conn, "2025-01-01", 40)
    conn.close()
    raw = sqlite3.connect(db_path)
    raw.execute("DELETE FROM _sqlite_migrations WHERE migration_set = 'outreach-privacy'")
    for table in ("purges", "purges_done", "purge_erasing"):
        raw.execute(f"DROP TABLE {table}")
    raw.execute("DROP TRIGGER baselines_no_delete")
    for table, trigger in (("tally_entries", "tally_no_delete"), ("voids", "voids_no_delete"),
                           ("flyer_drops", "flyer_drops_no_delete")):
        raw.execute(f"DROP TRIGGER {trigger}")
        raw.execute(f"CREATE TRIGGER {trigger} BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, 'no'); END")
    version = raw.execute("PRAGMA user_version").fetchone()[0]
    raw.execute(f"PRAGMA user_version = {version - 1}")
    raw.commit()
    raw.close()
    conn = open_database(db_path)
    assert purging.purge(conn, event).erased == {"voids": 1, "tally_entries": 3, "events": 1}
    assert totals_mismatch(conn) == 0
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("DELETE FROM baselines")
