"""Names that an older database (or a bundle from before the bounds) may hold with control and
text-direction characters are shown escaped by every output, and CSV cells never start a formula."""

import csv
import io
import sqlite3

import pytest

from tests.conftest import run_cli

HOSTILE = "BBQ\x1b[31m red\u202eevil\nsecond\x00"
RAW = ("\x1b", "\u202e", "\x00")


@pytest.fixture
def old_database(tmp_path):
    db = tmp_path / "old.db"
    run_cli("init", "--device-name", "bar-laptop", db=db, check=True)
    event = run_cli("event", "add", "--name", "Glengarry BBQ", "--date", "2025-06-19", "--municipality", "Windsor",
                    db=db, check=True).stdout.strip()
    run_cli("tally", "--event", event, "--attendees", "3", "--plan", "Glengarry=2", db=db, check=True)
    run_cli("event", "add", "--name", "=HYPERLINK(\"http://x\")", "--date", "2025-06-20",
            "--municipality", "Windsor", db=db, check=True)
    with sqlite3.connect(db) as raw:  # what an import before the bounds could leave behind
        raw.execute("UPDATE events SET name = ? WHERE id = ?", (HOSTILE, event))
        raw.execute("UPDATE municipalities SET name = ? WHERE name = 'Windsor'", ("Windsor\x1b]0;pwned\x07",))
        raw.execute("UPDATE tally_entries SET created_at = 'yesterday'")
    return db


def test_event_list_and_text_report_escape_control_characters(old_database):
    listing = run_cli("event", "list", db=old_database, check=True).stdout
    text = run_cli("report", "--from", "2025-06-01", "--to", "2025-06-30", "--format", "text",
                   db=old_database, check=True).stdout
    for output in (listing, text):
        assert not any(char in output for char in RAW), output
        assert "\x07" not in output
    assert "\\x1b[31m red\\u202eevil\\nsecond\\x00" in listing
    assert "Windsor\\x1b]0;pwned\\x07" in text


def test_csv_neutralises_formulas_and_escapes_controls(old_database, tmp_path):
    out = tmp_path / "events.csv"
    run_cli("report", "--from", "2025-06-01", "--to", "2025-06-30", "--table", "events", "--format", "csv",
            "--out", out, db=old_database, check=True)
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    cells = [cell for row in rows for cell in row]
    assert "'=HYPERLINK(\"http://x\")" in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)
    assert not any(char in cell for cell in cells for char in RAW)


def test_a_typed_name_with_a_control_character_is_refused_in_one_line(tmp_path):
    db = tmp_path / "a.db"
    run_cli("init", "--device-name", "bar-laptop", db=db, check=True)
    result = run_cli("event", "add", "--name", "BBQ\x1b[2J", "--date", "2025-06-19", "--municipality", "Windsor", db=db)
    assert result.returncode != 0
    assert "control or text-direction" in result.stderr and "\x1b" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_pdf_report_survives_stamps_that_are_not_dates(old_database, tmp_path):
    out = tmp_path / "report.pdf"
    result = run_cli("report", "--from", "2025-06-01", "--to", "2025-06-30", "--format", "pdf", "--out", out,
                     db=old_database)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
