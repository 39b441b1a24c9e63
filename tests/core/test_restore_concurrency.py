"""A restore while another program holds the database is refused, and nothing that program wrote is
lost; taps written after a restore returned stay in the database (two real processes)."""

import subprocess
import sys
import time

import pytest

from outreach_app.core.store import backups
from outreach_app.core.records import events, tally
from outreach_app.core.store.database import open_database
from outreach_app.core.errors import DatabaseProblem

TAPPER = """
import sys, time
from pathlib import Path
from outreach_app.core.store.database import open_database
from outreach_app.core.records import tally
db, event, stop = sys.argv[1], sys.argv[2], Path(sys.argv[3])
conn = open_database(db)
acknowledged = 0
while not stop.exists():
    tally.record_attendee(conn, event)  # returns once committed: the tap is acknowledged
    acknowledged += 1
    print(acknowledged, flush=True)
    time.sleep(0.005)
conn.close()
"""


def _attendees(db, event) -> int:
    conn = open_database(db)
    try:
        return tally.event_totals(conn, event).attendees
    finally:
        conn.close()


def _start_tapper(tmp_path, db, event):
    stop = tmp_path / "stop"
    stop.unlink(missing_ok=True)
    process = subprocess.Popen([sys.executable, "-c", TAPPER, str(db), event, str(stop)], stdout=subprocess.PIPE,
                               text=True)
    first = process.stdout.readline()  # the other program has the database open and has written
    assert first.strip() == "1"
    return process, stop


def _stop_tapper(process, stop) -> int:
    stop.touch()
    out, _ = process.communicate(timeout=60)
    assert process.returncode == 0
    return int(out.split()[-1]) if out.split() else 1


def test_restore_is_refused_while_another_program_writes_and_nothing_is_lost(tmp_path):
    db = tmp_path / "outreach.db"
    conn = open_database(db)
    event = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    tally.record_attendee(conn, event)
    saved = backups.make_backup(conn)
    conn.close()
    process, stop = _start_tapper(tmp_path, db, event)
    try:
        time.sleep(0.3)
        with pytest.raises(DatabaseProblem, match="open in another program") as refusal:
            backups.restore_backup(saved, db)
        assert str(db) in str(refusal.value) and "\n" not in str(refusal.value)
        time.sleep(0.3)  # the other program goes on writing after the refusal
    finally:
        acknowledged = _stop_tapper(process, stop)
    assert acknowledged > 1
    assert _attendees(db, event) == 1 + acknowledged


def test_taps_made_after_a_restore_returned_are_kept(tmp_path):
    db = tmp_path / "outreach.db"
    conn = open_database(db)
    event = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    tally.record_attendee(conn, event)
    saved = backups.make_backup(conn)
    for _ in range(5):
        tally.record_attendee(conn, event)
    conn.close()
    backups.restore_backup(saved, db)
    assert _attendees(db, event) == 1
    process, stop = _start_tapper(tmp_path, db, event)
    acknowledged = _stop_tapper(process, stop)
    assert _attendees(db, event) == 1 + acknowledged
