"""Report files written whole (temp file + rename): the PDF and each table as CSV for Excel.

Used by the window's Save buttons (on the worker thread) and by `report --out`. The entries table
streams from SQLite to disk, so a million rows never sit in memory.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Callable

from outreach_app.core.errors import InvalidInput
from outreach_app.core.files import write_atomically, write_bytes_atomically

CSV_TABLES = ("summary", "events", "plans", "municipalities", "entries")


def save_pdf(conn: sqlite3.Connection, path, date_from: str, date_to: str, municipality: str | None = None, *,
             language: str = "en", paper: str = "letter", progress: Callable | None = None) -> Path:
    """Write the PDF report to path; returns the path."""
    from outreach_app.core.reports.pdf import report_pdf

    content = report_pdf(conn, date_from, date_to, municipality, language=language, paper=paper, progress=progress)
    return write_bytes_atomically(path, content)


def write_table_csv(conn: sqlite3.Connection, handle, table: str, date_from: str, date_to: str,
                    municipality: str | None = None, progress: Callable | None = None) -> None:
    """One table as CSV (BOM, one header row) to an open text handle."""
    from outreach_app.core.reports.text import render_csv, write_csv

    if table not in CSV_TABLES:
        raise InvalidInput("no table named '{table}' (tables: {tables})", table=table, tables=", ".join(CSV_TABLES))
    if table == "entries":
        from outreach_app.core.reports.tables import iter_entries

        header, rows = iter_entries(conn, date_from, date_to, municipality)
        write_csv(handle, header, rows)
        return
    from outreach_app.core.reports.tables import full_report, table_rows

    report = full_report(conn, date_from, date_to, municipality, progress=progress)
    if table == "summary":
        handle.write(render_csv(report["summary"]))
    else:
        write_csv(handle, *table_rows(table, report[table]))


def save_table_csv(conn: sqlite3.Connection, path, table: str, date_from: str, date_to: str,
                   municipality: str | None = None, progress: Callable | None = None) -> Path:
    """Write one table as CSV to path (whole or not at all); returns the path."""
    def write(partial: Path) -> None:
        with open(partial, "w", encoding="utf-8", newline="") as handle:
            write_table_csv(conn, handle, table, date_from, date_to, municipality, progress)

    return write_atomically(path, write)
