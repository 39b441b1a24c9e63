"""Automatic backups: rotation, previews, restore, and a damaged database offered its newest good backup."""

import datetime as dt
import json
import sqlite3

import pytest

from outreach_app.core.store import backups
from outreach_app.core.records import events, tally
from outreach_app.core.store.database import open_database
from outreach_app.core.store.connection import set_setting
from outreach_app.core.store.upkeep import check_integrity
from outreach_app.core.errors import InvalidInput
from tests.conftest import run_cli

T0 = dt.datetime(2025, 6, 19, 10, 0, tzinfo=dt.timezone.utc)


def _event_with_taps(conn, taps=3, date="2025-06-19"):
    event = events.add_event(conn, "Glengarry BBQ", date, "Windsor")
    for _ in range(taps):
        tally.record_attendee(conn, event)
    return event


def _damage(path):
    """Overwrite pages in the middle of the file, as a bad USB stick or a crash of the disk would."""
    with open(path, "r+b") as handle:
        handle.seek(4096 * 2)
        handle.write(b"\xde\xad\xbe\xef" * 2048)


def test_backup_holds_the_data_and_preview_says_what(conn):
    _event_with_taps(conn, 4)
    path = backups.make_backup(conn, "manual", now=T0)
    assert path.parent == backups.backup_folder(conn) == conn_folder(conn)
    assert path.name == "outreach-20250619T100000Z-manual-00001.db"
    info = backups.read_backup(path)
    assert (info.events, info.entries, info.first_date, info.last_date) == (1, 4, "2025-06-19", "2025-06-19")
    assert info.device and info.good
    copy = sqlite3.connect(path)
    assert copy.execute("SELECT count(*) FROM tally_entries").fetchone()[0] == 4


def conn_folder(conn):
    from pathlib import Path

    return Path(conn.db_path).resolve().parent / "backups"


def test_only_the_newest_n_are_kept(conn):
    set_setting(conn, "backups_kept", "3")
    event = _event_with_taps(conn, 1)
    made = []
    for i in range(6):
        tally.record_attendee(conn, event)
        made.append(backups.make_backup(conn, "manual", now=T0 + dt.timedelta(hours=i)))
    listed = backups.list_backups(backups.backup_folder(conn))
    assert [b.path for b in listed] == [str(p) for p in reversed(made[-3:])]
    assert [b.entries for b in listed] == [7, 6, 5]


def test_clock_set_back_never_deletes_the_backup_just_made(conn):
    set_setting(conn, "backups_kept", "2")
    event = _event_with_taps(conn, 1)
    backups.make_backup(conn, now=T0)
    backups.make_backup(conn, now=T0 + dt.timedelta(days=1))
    tally.record_attendee(conn, event)
    years_ago = backups.make_backup(conn, now=dt.datetime(2009, 1, 1, tzinfo=dt.timezone.utc))
    newest = backups.list_backups(backups.backup_folder(conn))[0]
    assert newest.path == str(years_ago) and newest.entries == 2


def test_start_backup_skips_when_recent_or_unchanged(conn):
    event = _event_with_taps(conn, 1)
    assert backups.backup_on_start(conn, now=T0) is not None
    tally.record_attendee(conn, event)
    assert backups.backup_on_start(conn, now=T0 + dt.timedelta(minutes=10)) is None  # too recent
    assert backups.backup_on_start(conn, now=T0 + dt.timedelta(hours=2)) is not None
    assert backups.backup_on_start(conn, now=T0 + dt.timedelta(hours=5)) is None  # nothing changed
    # a clock set years back is not "recent": it still backs up changed data
    tally.record_attendee(conn, event)
    assert backups.backup_on_start(conn, now=dt.datetime(2010, 1, 1, tzinfo=dt.timezone.utc)) is not None


def test_end_of_day_backup_only_when_something_changed(conn):
    event = _event_with_taps(conn, 1)
    first = backups.backup_end_of_day(conn, now=T0)
    assert first is not None and "end-of-day" in first.name
    assert backups.backup_end_of_day(conn, now=T0) is None
    tally.undo_last(conn, event)
    assert backups.backup_end_of_day(conn, now=T0) is not None


def test_backup_folder_setting_relative_and_absolute(conn, tmp_path):
    backups.configure_backups(conn, folder="elsewhere", kept=4)
    assert backups.backup_folder(conn) == tmp_path.resolve() / "elsewhere"
    assert backups.backups_kept(conn) == 4
    backups.configure_backups(conn, folder=str(tmp_path / "abs"))
    assert backups.make_backup(conn).parent == tmp_path / "abs"
    with pytest.raises(InvalidInput, match="at least 1"):
        backups.configure_backups(conn, kept=0)


def test_restore_replaces_the_database_and_keeps_the_current_file(conn, db_path):
    event = _event_with_taps(conn, 2)
    saved = backups.make_backup(conn, now=T0)
    tally.record_attendee(conn, event)  # made after the backup: lost by restoring, but kept aside
    conn.close()
    kept = backups.restore_backup(saved, db_path)
    restored = open_database(db_path)
    assert tally.event_totals(restored, event).attendees == 2
    assert check_integrity(restored) == []
    assert backups.read_backup(kept).entries == 3
    restored.close()


def test_a_failed_restore_leaves_the_database_whole_with_its_latest_changes(conn, db_path, monkeypatch):
    """The laptop was switched off mid-day (its latest taps are still only in the write-ahead log) and
    the restore then fails at the last step: the database must still open with every tap."""
    import os
    import subprocess
    import sys

    from outreach_app.core.store import restore
    from outreach_app.core.errors import DatabaseProblem

    event = _event_with_taps(conn, 2)
    saved = backups.make_backup(conn, now=T0)
    conn.close()
    # another process taps 3 more times and dies without closing: the taps stay in the -wal file
    subprocess.run([sys.executable, "-c", (
        "import os, sys; from outreach_app.core.store.database import open_database; from outreach_app.core.records import tally\n"
        f"c = open_database({str(db_path)!r}); c.execute('PRAGMA wal_autocheckpoint = 0')\n"
        f"[tally.record_attendee(c, {event!r}) for _ in range(3)]; os._exit(0)")], check=True)
    assert os.path.getsize(f"{db_path}-wal") > 0

    def disk_full_midway(source, conn):  # the restore copies page by page into the database: fail after one
        def full(status, remaining, total):
            raise OSError(28, "No space left on device")

        source.backup(conn, pages=1, progress=full)

    monkeypatch.setattr(restore, "copy_into", disk_full_midway)
    with pytest.raises(DatabaseProblem, match="was not replaced"):
        backups.restore_backup(saved, db_path)
    monkeypatch.undo()
    reopened = open_database(db_path)
    assert tally.event_totals(reopened, event).attendees == 5
    assert check_integrity(reopened) == []
    assert not list(db_path.parent.glob("*.restoring")) and not list(db_path.parent.glob("*.aside"))
    reopened.close()


def test_damaged_database_is_offered_the_newest_good_backup(conn, db_path):
    _event_with_taps(conn, 3)
    good = backups.make_backup(conn, now=T0)
    broken_backup = backups.make_backup(conn, now=T0 + dt.timedelta(hours=1))
    conn.close()
    broken_backup.write_bytes(b"not a database at all")
    # grow the file beyond a few pages, then damage it
    big = open_database(db_path)
    event = events.add_event(big, "Big", "2025-07-01", "Essex")
    for _ in range(400):
        tally.record_attendee(big, event)
    big.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    big.close()
    _damage(db_path)

    found = backups.open_or_offer_backup(db_path)
    assert found.conn is None
    assert "damaged" in found.problem and str(db_path) in found.problem
    assert found.offer.path == str(good) and found.offer.entries == 3

    backups.restore_backup(found.offer.path, db_path)
    again = backups.open_or_offer_backup(db_path)
    assert again.conn is not None and again.problem is None
    assert check_integrity(again.conn) == []
    again.conn.close()


def test_sound_database_opens_without_offer(conn, db_path):
    conn.close()
    found = backups.open_or_offer_backup(db_path)
    assert found.conn is not None and found.problem is None and found.offer is None
    found.conn.close()


def test_garbage_file_gets_an_offer_not_a_crash(tmp_path):
    db = tmp_path / "outreach.db"
    db.write_bytes(b"\x00garbage" * 100)
    found = backups.open_or_offer_backup(db)
    assert found.conn is None and found.offer is None and "header" in found.problem
    # the fast start-up path (header only, for very large files) catches it too
    assert "header" in backups.open_or_offer_backup(db, quick_check=False).problem


def test_cli_backups_list_and_restore(tmp_path):
    db = tmp_path / "o.db"
    event = run_cli("event", "add", "--name", "BBQ", "--date", "2025-06-19", "--municipality", "Windsor",
                    db=db, check=True).stdout.strip()
    run_cli("tally", "--event", event, "--attendees", "12", db=db, check=True)
    made = run_cli("backups", "now", db=db, check=True).stdout.strip()
    listed = json.loads(run_cli("backups", "list", "--format", "json", db=db, check=True).stdout)
    assert [b["path"] for b in listed] == [made] and listed[0]["entries"] == 1

    db.write_bytes(b"garbage")
    assert run_cli("check", db=db).returncode != 0
    refused = run_cli("restore", "--from", "newest", db=db)
    assert refused.returncode != 0 and "--yes" in refused.stderr and refused.stderr.count("\n") == 1
    done = run_cli("restore", "--from", "newest", "--yes", db=db, check=True)
    assert "restored" in done.stdout
    assert run_cli("check", db=db).returncode == 0
    report = json.loads(run_cli("report", "--from", "2025-06-01", "--to", "2025-06-30", "--format", "json",
                                db=db, check=True).stdout)
    assert report["attendees"] == 12


def test_cli_restore_refuses_a_damaged_backup(tmp_path):
    db = tmp_path / "o.db"
    run_cli("init", "--device-name", "laptop 1", db=db, check=True)
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    result = run_cli("restore", "--from", str(bad), "--yes", db=db)
    assert result.returncode != 0 and str(bad) in result.stderr and "Traceback" not in result.stderr
    assert run_cli("check", db=db).returncode == 0
