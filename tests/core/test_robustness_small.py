"""Smaller robustness rules: private files, leftover partial files, read-only media, files that are not
regular files, and a locked database during an import of several files."""

import os
import sqlite3
import stat
import subprocess

import pytest

from outreach_app.core.store import backups
from outreach_app.core import files as partials
from outreach_app.core.store.database import open_database
from outreach_app.core.sync.importer import import_files

from tests.conftest import run_cli

from .sync_helpers import day_of_work, export, import_ok, laptop, office_db, report


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_database_and_backups_are_readable_by_their_owner_only(tmp_path):
    conn = open_database(tmp_path / "new" / "outreach.db")
    day_of_work(conn, "BBQ", "2025-06-19")
    backup = backups.make_backup(conn)
    assert _mode(tmp_path / "new" / "outreach.db") == 0o600
    assert _mode(tmp_path / "new") == 0o700
    assert _mode(f"{tmp_path / 'new' / 'outreach.db'}-wal") == 0o600
    assert _mode(backup) == 0o600 and _mode(backup.parent) == 0o700


def test_leftover_partial_files_are_removed_but_not_one_being_written(tmp_path):
    lap = laptop(tmp_path, "lap1")
    usb, folder = tmp_path / "usb", backups.backup_folder(lap)
    usb.mkdir()
    folder.mkdir()
    dead_bundle = usb / ".outreach-lap1-12345678-20250619-00001.abcd.partial"
    dead_backup = folder / ".outreach-20250619T100000Z-manual-00001.db.k3x9q2.partial"
    live = usb / ".outreach-lap1-12345678-20250619-00009.beef.partial"
    for leftover in (dead_bundle, dead_backup):
        leftover.write_bytes(b"half a file")
    with partials.writing(live):  # another export is writing this one right now
        export(lap, usb)
        backups.make_backup(lap)
        assert live.exists()
    assert not dead_bundle.exists() and not dead_backup.exists()


def _read_only_folder(tmp_path):
    """A folder on read-only media (a bind mount when root may mount; permissions otherwise)."""
    source, mounted = tmp_path / "stick", tmp_path / "mounted"
    source.mkdir()
    mounted.mkdir()
    return source, mounted


@pytest.fixture
def read_only_copy(tmp_path):
    source, mounted = _read_only_folder(tmp_path)
    db = source / "office.db"
    run_cli("init", "--device-name", "office", db=db, check=True)
    event = run_cli("event", "add", "--name", "BBQ", "--date", "2025-06-19", "--municipality", "Windsor",
                    db=db, check=True).stdout.strip()
    run_cli("tally", "--event", event, "--attendees", "7", db=db, check=True)
    if os.geteuid() == 0:
        done = subprocess.run(["mount", "--bind", str(source), str(mounted)], capture_output=True)
        if done.returncode != 0:
            pytest.skip("cannot make a read-only mount here")
        subprocess.run(["mount", "-o", "remount,bind,ro", str(mounted)], check=True)
        yield mounted / "office.db"
        subprocess.run(["umount", str(mounted)], check=True)
    else:
        os.chmod(db, 0o400)
        os.chmod(source, 0o500)
        yield db
        os.chmod(source, 0o700)


def test_report_and_check_work_on_read_only_media(read_only_copy):
    db = read_only_copy
    figures = run_cli("report", "--from", "2025-06-01", "--to", "2025-06-30", "--format", "json", db=db)
    assert figures.returncode == 0, figures.stderr
    assert '"attendees": 7' in figures.stdout
    checked = run_cli("check", db=db)
    assert checked.returncode == 0 and "ok" in checked.stdout, checked.stderr
    writing = run_cli("event", "add", "--name", "X", "--date", "2025-06-19", "--municipality", "Windsor", db=db)
    assert writing.returncode != 0 and "read-only" in writing.stderr


def test_a_pipe_or_a_device_is_not_called_an_empty_bundle(tmp_path):
    office = office_db(tmp_path)
    fifo = tmp_path / "bundle.outreach.zip"
    os.mkfifo(fifo)
    results = import_files(office, [fifo, "/dev/urandom"])
    for result in results:
        assert "not a regular file" in result.refused and "empty" not in result.refused


def test_a_locked_database_refuses_each_file_in_one_line_and_goes_on(tmp_path):
    lap, office = laptop(tmp_path, "lap1"), office_db(tmp_path)
    day_of_work(lap, "BBQ", "2025-06-19", attendees=5)
    first = export(lap, tmp_path / "usb")
    day_of_work(lap, "Fair", "2025-06-20", attendees=6)
    second = export(lap, tmp_path / "usb")
    office.execute("PRAGMA busy_timeout = 200")
    other = sqlite3.connect(office.db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        results = import_files(office, [first, second])
    finally:
        other.execute("ROLLBACK")
        other.close()
    for path, result in zip((first, second), results):
        assert result.refused and str(path) in result.refused and "locked" in result.refused
    import_ok(office, first, second)
    assert report(office)["attendees"] == 11
