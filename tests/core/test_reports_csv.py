"""CSV exports per table for Excel users, and the report command's PDF option, through the real CLI."""

import csv
import io
import os
import subprocess
import sys

import pytest

from outreach_app.core.store.database import open_database

from ..conftest import REPO
from .report_fixture import build

BOM = "\ufeff"


def _database(db_path):
    conn = open_database(db_path)
    build(conn)
    conn.close()


def _rows(text: str) -> list[list[str]]:
    assert text.startswith(BOM) and not text.startswith(BOM * 2)
    return list(csv.reader(io.StringIO(text[1:])))


def test_tables_as_csv_have_a_bom_and_one_header_row(cli, db_path, tmp_path):
    _database(db_path)
    for table, header_start, data_rows in (("summary", ["section", "item", "value"], None),
                                           ("events", ["date", "event", "municipality"], 3),
                                           ("plans", ["plan", "events", "plans_distributed"], 3),
                                           ("municipalities", ["municipality", "events"], 2)):
        out = tmp_path / f"{table}.csv"
        result = cli("report", "--from", "2025-06-01", "--to", "2025-09-30", "--table", table, "--format", "csv",
                     "--out", out, db=db_path)
        assert result.returncode == 0, result.stderr
        raw = out.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
        rows = _rows(raw.decode("utf-8"))
        assert rows[0][:len(header_start)] == header_start
        assert sum(1 for row in rows if row == rows[0]) == 1
        if data_rows is not None:
            assert len(rows) == 1 + data_rows


def test_entries_export_marks_voided_and_cancelled_instead_of_dropping_them(cli, db_path):
    _database(db_path)
    result = cli("report", "--from", "2025-06-01", "--to", "2025-09-30", "--table", "entries", "--format", "csv",
                 db=db_path)
    assert result.returncode == 0, result.stderr
    rows = _rows(result.stdout)
    header, body = rows[0], rows[1:]
    record = [dict(zip(header, row)) for row in body]
    # e1: 5 entries, e2: 4, e3: 2, the cancelled event: 3 — all listed
    assert len(record) == 14
    voided = [r for r in record if r["voided"] == "1"]
    assert [(r["kind"], r["plan"], r["quantity"]) for r in voided] == [("plan", "West End", "5")]
    assert {r["event"] for r in record if r["event_cancelled"] == "1"} == {"Rained out"}
    assert {r["plan"] for r in record if r["kind"] == "plan"} == {"Glengarry", "West End"}  # alias merged
    assert {r["municipality"] for r in record} == {"Windsor", "Essex"}


def test_entries_only_as_csv_and_pdf_needs_a_table_of_its_own(cli, db_path):
    _database(db_path)
    result = cli("report", "--from", "2025-06-01", "--to", "2025-09-30", "--table", "entries", "--format", "json",
                 db=db_path)
    assert result.returncode != 0 and "CSV only" in result.stderr and "Traceback" not in result.stderr


def test_pdf_to_a_file(cli, db_path, tmp_path):
    _database(db_path)
    out = tmp_path / "report.pdf"
    result = cli("report", "--from", "2025-06-01", "--to", "2025-09-30", "--format", "pdf", "--paper", "a4",
                 "--out", out, db=db_path)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")


def _pseudo_terminal() -> tuple[int, int]:
    """(leader, follower) of a new pseudo-terminal, or a skip where the machine has none (a chroot or
    container without /dev/pts, Windows)."""
    try:
        import pty

        return pty.openpty()
    except (ImportError, OSError) as exc:
        pytest.skip(f"no pseudo-terminal on this machine to stand in for a terminal ({exc})")


def test_pdf_refused_on_a_terminal(db_path):
    _database(db_path)
    leader, follower = _pseudo_terminal()
    try:
        proc = subprocess.run([sys.executable, "-m", "outreach_app", "--db", str(db_path), "report", "--from",
                               "2025-06-01", "--to", "2025-09-30", "--format", "pdf"],
                              stdout=follower, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
                              env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=60)
    finally:
        os.close(follower)
        os.close(leader)
    assert proc.returncode != 0
    assert "--out" in proc.stderr and "Traceback" not in proc.stderr
