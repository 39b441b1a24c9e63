"""The command line as the office scripts it (CONTRACT.md), through a real subprocess."""

import csv
import io
import json
import sqlite3

import pytest

from tests.conftest import run_cli

UUID_RE = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


@pytest.fixture
def office(tmp_path):
    db = tmp_path / "a.db"
    run_cli("init", "--device-name", "bar-laptop", db=db, check=True)
    event = run_cli("event", "add", "--name", "Glengarry BBQ", "--date", "2025-06-19", "--municipality", "Windsor",
                    db=db, check=True).stdout.strip()
    return db, event


def test_contract_flow_and_json_report(office):
    db, event = office
    import re
    assert re.match(UUID_RE, event)
    ids = run_cli("tally", "--event", event, "--attendees", "30", "--plan", "Glengarry=12",
                  "--confident-yes", "9", "--confident-no", "1", db=db, check=True).stdout.split()
    assert len(ids) == 4 and all(re.match(UUID_RE, i) for i in ids)
    extra = run_cli("tally", "--event", event, "--plan", "Glengarry=5", db=db, check=True).stdout.split()
    run_cli("void", extra[0], db=db, check=True)
    run_cli("baseline", "--date", "2025-05-01", "--plans", "100", "--municipality", "Windsor", db=db, check=True)
    out = run_cli("report", "--from", "2025-06-01", "--to", "2025-06-30", "--format", "json", db=db, check=True).stdout
    figures = json.loads(out)
    assert (figures["events"], figures["attendees"], figures["plans_distributed"], figures["plans_before"],
            figures["plans_total"], figures["confidence"]["percent_yes"]) == (1, 30, 12, 100, 112, 90.0)
    assert '"percent_yes": 90.0' in out
    again = run_cli("report", "--from", "2025-06-01", "--to", "2025-06-30", "--format", "json", db=db, check=True).stdout
    assert again == out  # no clock time of its own making: same data, same bytes


def test_db_option_after_the_command_and_env(office, tmp_path):
    db, _ = office
    after = run_cli("event", "list", "--format", "json", "--db", str(db), check=True).stdout
    env = run_cli("event", "list", "--format", "json", env={"OUTREACH_DB": str(db)}, check=True).stdout
    assert json.loads(after) == json.loads(env) and len(json.loads(after)) == 1


def test_csv_opens_in_excel(office, tmp_path):
    db, event = office
    run_cli("tally", "--event", event, "--attendees", "3", db=db, check=True)
    out = tmp_path / "r.csv"
    run_cli("report", "--from", "2025-06-01", "--to", "2025-06-30", "--format", "csv", "--out", out, db=db, check=True)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["section", "item", "value"]
    assert ["summary", "attendees", "3"] in rows


def test_text_report_has_the_sentence(office):
    db, event = office
    run_cli("tally", "--event", event, "--plan", "Glengarry=1420", db=db, check=True)
    text = run_cli("report", "--from", "2025-06-01", "--to", "2025-06-30", db=db, check=True).stdout
    assert "Attended 1 community event on June 19; 1,420 safety plans distributed." in text


@pytest.mark.parametrize("args, needle", [
    (["event", "add", "--name", "X", "--date", "2025-13-45", "--municipality", "Windsor"], "2025-13-45"),
    (["tally", "--event", "00000000-0000-0000-0000-000000000000", "--attendees", "1"], "no event"),
    (["tally", "--event", "EVENT", "--attendees", "-4"], "-4"),
    (["tally", "--event", "EVENT", "--attendees", "2.5"], "2.5"),
    (["tally", "--event", "EVENT", "--plan", "Nowhere=3"], "Nowhere"),
    (["tally", "--event", "EVENT", "--plan", "Glengarry"], "NAME=N"),
    (["tally", "--event", "EVENT"], "no counts"),
    (["void", "00000000-0000-0000-0000-000000000000"], "no entry"),
    (["baseline", "--date", "2025-02-30", "--plans", "3"], "2025-02-30"),
    (["report", "--from", "2025-07-01", "--to", "2025-06-01"], "after"),
    (["report", "--from", "2025-06-01", "--to", "2025-06-30", "--municipality", "Atlantis"], "Atlantis"),
])
def test_bad_input_refused_in_one_line(office, args, needle):
    db, event = office
    before = sqlite3.connect(db).execute("SELECT count(*) FROM tally_entries").fetchone()
    result = run_cli(*[event if a == "EVENT" else a for a in args], db=db)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert needle in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert sqlite3.connect(db).execute("SELECT count(*) FROM tally_entries").fetchone() == before


def test_unusable_database_files(tmp_path):
    text_file = tmp_path / "notes.txt"
    text_file.write_text("shopping list\n")
    result = run_cli("event", "list", db=text_file)
    assert result.returncode != 0 and "notes.txt" in result.stderr and "Traceback" not in result.stderr
    result = run_cli("event", "list", db=tmp_path)
    assert result.returncode != 0 and "folder" in result.stderr


def test_locked_database_is_refused_clearly(office):
    db, event = office
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        result = run_cli("tally", "--event", event, "--attendees", "1", db=db, env={"OUTREACH_BUSY_TIMEOUT_MS": "200"})
    finally:
        holder.execute("ROLLBACK")
    assert result.returncode != 0 and "locked" in result.stderr and "Traceback" not in result.stderr
    assert sqlite3.connect(db).execute("SELECT count(*) FROM tally_entries").fetchone() == (0,)


def test_check_backup_and_demo(office, tmp_path):
    db, _ = office
    made = run_cli("demo", "--events", "20", "--entries", "5000", "--seed", "3", db=db, check=True)
    assert "5,000 entries" in made.stdout
    assert run_cli("check", db=db).returncode == 0
    copy = tmp_path / "copy.db"
    run_cli("backup", "--out", copy, db=db, check=True)
    assert sqlite3.connect(copy).execute("SELECT count(*) FROM tally_entries").fetchone() == (5000,)
    refused = run_cli("backup", "--out", copy, db=db)
    assert refused.returncode != 0 and "already exists" in refused.stderr


def test_version():
    result = run_cli("--version", check=True)
    assert result.stdout.startswith("outreach-app ")
