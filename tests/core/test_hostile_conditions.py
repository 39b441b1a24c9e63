"""A second copy of the app, a read-only data folder, a full disk and a laptop clock years in the past:
each gives a clear one-line message and loses nothing."""

import contextlib
import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from outreach_app.core import clock
from outreach_app.core.records import events, tally
from outreach_app.core.store.connection import connect
from outreach_app.core.store.database import open_database
from outreach_app.core.store.upkeep import check_integrity
from outreach_app.core.errors import DatabaseProblem
from outreach_app.core.reports.summary import summary
from tests.conftest import run_cli
from tests.core.test_crash_safety import acknowledged, start_driver

REPO = Path(__file__).resolve().parents[2]


def _mount(*argv) -> bool:
    if os.geteuid() != 0:
        return False
    return subprocess.run(["mount", *argv], capture_output=True).returncode == 0


@contextlib.contextmanager
def read_only_folder(tmp_path):
    """A folder holding a database that this process cannot write: chmod when not root, else a
    read-only bind mount (root ignores permissions). Yields (writable source, read-only view)."""
    source, view = tmp_path / "source", tmp_path / "view"
    source.mkdir()
    view.mkdir()
    conn = open_database(source / "outreach.db")
    event = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    tally.record_attendee(conn, event)
    conn.close()
    if os.geteuid() != 0:
        (source / "outreach.db").chmod(0o444)
        source.chmod(0o555)
        try:
            yield source, source
        finally:
            source.chmod(0o755)
            (source / "outreach.db").chmod(0o644)
        return
    if not (_mount("--bind", str(source), str(view)) and _mount("-o", "remount,ro,bind", str(view))):
        subprocess.run(["umount", str(view)], capture_output=True)
        pytest.skip("running as root without permission to mount a read-only folder")
    try:
        yield source, view
    finally:
        subprocess.run(["umount", str(view)], check=True)


@contextlib.contextmanager
def tiny_filesystem(tmp_path, size="8m"):
    folder = tmp_path / "tiny"
    folder.mkdir()
    if not _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)):
        pytest.skip("cannot mount a small tmpfs (needs root); the max_page_count test still covers SQLITE_FULL")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as handle:
        for size in (1 << 20, 4096, 512):
            with contextlib.suppress(OSError):
                while True:
                    handle.write(b"\0" * size)
    return filler


# --- a second copy of the app on the same database: both write safely -------------------------

def test_two_processes_tapping_at_once_keep_every_tap(tmp_path):
    db = tmp_path / "outreach.db"
    conn = open_database(db)
    event = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    conn.close()
    os.environ["OUTREACH_BUSY_TIMEOUT_MS"], saved = "5000", os.environ["OUTREACH_BUSY_TIMEOUT_MS"]
    try:
        logs = [tmp_path / f"copy-{i}.log" for i in range(2)]
        drivers = [start_driver(db, event, seed=i, log=log, count=600) for i, log in enumerate(logs)]
        for driver in drivers:
            assert driver.wait(timeout=120) == 0, driver.stderr.read().decode()
            driver.stderr.close()
    finally:
        os.environ["OUTREACH_BUSY_TIMEOUT_MS"] = saved
    taps = [acknowledged(log)[0] for log in logs]
    assert [len(t) for t in taps] == [600, 600]
    conn = open_database(db)
    stored = {row[0] for row in conn.execute("SELECT id FROM tally_entries")}
    assert set(taps[0]) | set(taps[1]) == stored
    assert check_integrity(conn) == []
    conn.close()


def test_writer_holding_the_lock_gives_a_clear_message_and_no_partial_write(conn, db_path):
    event = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    tally.record_attendee(conn, event)
    other = connect(db_path)
    other.execute("PRAGMA busy_timeout = 50")
    conn.execute("BEGIN IMMEDIATE")  # the other copy of the app is in the middle of a long write
    try:
        with pytest.raises(DatabaseProblem, match="locked by another program"):
            tally.record_paper_counts(other, event, attendees=5, yes=3)
        result = run_cli("tally", "--event", event, "--attendees", "4", db=db_path,
                         env={"OUTREACH_BUSY_TIMEOUT_MS": "50"})
        assert result.returncode != 0 and "locked" in result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    finally:
        conn.execute("ROLLBACK")
    assert tally.event_totals(other, event).attendees == 1  # nothing half-written
    tally.record_paper_counts(other, event, attendees=5)  # and it works once the lock is free
    assert tally.event_totals(conn, event).attendees == 6
    other.close()


# --- read-only data folder: reading works, writing is a clear refusal ----------------------------------------------------

def test_read_only_folder_is_refused_clearly(tmp_path):
    with read_only_folder(tmp_path) as (source, view):
        with pytest.raises(DatabaseProblem, match="read-only"):
            open_database(view / "outreach.db")
        result = run_cli("void", "00000000-0000-4000-8000-000000000000", db=view / "outreach.db")
        assert result.returncode != 0 and "read-only" in result.stderr and str(view) in result.stderr
        assert result.stderr.count("\n") == 1
        report = run_cli("report", "--from", "2025-06-01", "--to", "2025-06-30", db=view / "outreach.db")
        assert report.returncode == 0 and "1 attendee" in report.stdout  # reading commands read read-only media
        new = run_cli("init", "--device-name", "x", db=view / "new.db")
        assert new.returncode != 0 and "read-only" in new.stderr
    conn = open_database(source / "outreach.db")
    assert conn.execute("SELECT count(*) FROM tally_entries").fetchone()[0] == 1
    conn.close()


# --- disk full: a clear message, earlier data intact -------------------------------------------

def test_full_disk_refuses_the_tap_and_keeps_earlier_data(tmp_path):
    with tiny_filesystem(tmp_path) as folder:
        db = folder / "outreach.db"
        conn = open_database(db)
        event = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
        for _ in range(20):
            tally.record_attendee(conn, event)
        filler = _fill(folder)
        with pytest.raises(DatabaseProblem, match="disk holding .* is full; nothing was saved"):
            for _ in range(5000):
                tally.record_attendee(conn, event)
        saved = tally.event_totals(conn, event).attendees
        assert saved >= 20
        result = run_cli("tally", "--event", event, "--attendees", "3", db=db)
        assert result.returncode != 0 and "is full" in result.stderr and result.stderr.count("\n") == 1
        conn.close()
        filler.unlink()
        again = open_database(db)
        assert tally.event_totals(again, event).attendees == saved
        assert check_integrity(again) == []
        again.close()


def test_database_size_limit_behaves_like_a_full_disk(conn, db_path):
    """Runs everywhere (no mount needed): SQLite's own page limit raises the same SQLITE_FULL."""
    event = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    for _ in range(10):
        tally.record_attendee(conn, event)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DatabaseProblem, match="is full; nothing was saved"):
        tally.record_paper_counts(conn, event, attendees=1, plans=[], yes=1)
        for _ in range(5000):
            tally.record_attendee(conn, event)
    saved = tally.event_totals(conn, event).attendees
    conn.close()
    again = open_database(db_path)
    assert tally.event_totals(again, event).attendees == saved >= 10
    assert check_integrity(again) == []
    again.close()


# --- a laptop clock years in the past ----------------------------------------------------------

def _ms(year, month, day):
    return int(dt.datetime(year, month, day, tzinfo=dt.timezone.utc).timestamp() * 1000)


def test_clock_years_behind_still_orders_edits_after_imported_ones(conn, monkeypatch):
    event = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    imported = _ms(2025, 6, 20)
    clock.observe_hlc(conn, imported)  # what importing another laptop's bundle does
    monkeypatch.setattr(clock.time, "time", lambda: _ms(2015, 1, 1) / 1000)
    events.update_event(conn, event, name="Glengarry BBQ")
    edited_hlc = conn.execute("SELECT hlc FROM events WHERE id = ?", (event,)).fetchone()[0]
    assert edited_hlc > imported
    later = tally.record_attendee(conn, event)
    assert conn.execute("SELECT hlc FROM tally_entries WHERE id = ?", (later.entry.id,)).fetchone()[0] > edited_hlc


def test_clock_set_back_mid_event_undo_still_takes_the_last_tap(conn, monkeypatch):
    event = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    tally.record_attendee(conn, event)
    monkeypatch.setattr(clock.time, "time", lambda: _ms(2012, 3, 1) / 1000)
    last = tally.record_plan_handed_out(conn, event, conn.execute("SELECT min(id) FROM plans").fetchone()[0])
    assert tally.undo_last(conn, event).id == last.entry.id


def test_tallies_are_dated_by_their_event_not_the_laptop_clock(conn, monkeypatch):
    monkeypatch.setattr(clock.time, "time", lambda: _ms(2011, 1, 1) / 1000)
    event = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    for _ in range(3):
        tally.record_attendee(conn, event)
    assert summary(conn, "2025-06-01", "2025-06-30")["attendees"] == 3
    assert summary(conn, "2010-01-01", "2011-12-31")["attendees"] == 0
