"""The report command: the same figures as text, JSON, CSV or PDF, and each table as CSV.

The JSON path imports only core.reports.summary (no Babel, no reportlab) so it starts as fast as --version.
"""

from __future__ import annotations

import sys

from outreach_app.cli.output import to_json, write_output
from outreach_app.core.errors import InvalidInput

FORMATS = ["text", "json", "csv", "pdf"]
TABLES = ["summary", "events", "entries", "plans", "municipalities"]


def register(commands) -> None:
    p = commands.add_parser("report", help="figures for a date range, for an update")
    p.add_argument("--from", dest="date_from", required=True, help="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", required=True, help="YYYY-MM-DD")
    p.add_argument("--municipality")
    p.add_argument("--format", choices=FORMATS, default="text")
    p.add_argument("--table", choices=TABLES, default="summary",
                   help="which table to write (csv, json or text; 'entries' is csv only); default: summary")
    p.add_argument("--language", choices=["en", "fr"], default="en", help="language of text and PDF renderings")
    p.add_argument("--paper", choices=["letter", "a4"], default="letter", help="PDF page size")
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(handler=run_report, read_only=True)  # opens a database on read-only media for reading


def run_report(args) -> int:
    if args.format == "pdf":
        return _run_pdf(args)
    if args.table == "entries":
        return _run_entries(args)
    if args.table != "summary":
        return _run_table(args)
    from outreach_app.core.reports.summary import summary

    figures = summary(args.conn, args.date_from, args.date_to, args.municipality)
    if args.format == "json":
        content = to_json(figures)
    elif args.format == "csv":
        from outreach_app.core.reports.text import render_csv

        content = render_csv(figures)
    else:
        from outreach_app.core.reports.text import render_text

        content = render_text(figures, args.language)
    write_output(content, args.out)
    return 0


def _run_pdf(args) -> int:
    if args.table != "summary":
        raise InvalidInput(f"--table {args.table} has no PDF form; the PDF holds every table (drop --table)")
    if args.out is None and sys.stdout.isatty():
        raise InvalidInput("a PDF is binary and would garble the terminal: give --out FILE.pdf")
    from outreach_app.core.reports.pdf import report_pdf

    content = report_pdf(args.conn, args.date_from, args.date_to, args.municipality,
                         language=args.language, paper=args.paper)
    write_output(content, args.out)
    return 0


def _run_table(args) -> int:
    from outreach_app.core.reports.tables import full_report, table_rows

    report = full_report(args.conn, args.date_from, args.date_to, args.municipality)
    rows = report[args.table]
    if args.format == "json":
        content = to_json(rows)
    elif args.format == "csv":
        from outreach_app.core.reports.text import csv_text

        content = csv_text(*table_rows(args.table, rows))
    else:
        from outreach_app.cli.output import table

        header, cells = table_rows(args.table, rows)
        content = table(cells, header)
    write_output(content, args.out)
    return 0


def _run_entries(args) -> int:
    """Every entry as CSV, streamed row by row to the file (temp file + rename) or standard output."""
    if args.format != "csv":
        raise InvalidInput(f"--table entries is written as CSV only (got --format {args.format})")
    from outreach_app.core.reports.export import save_table_csv, write_table_csv

    if args.out is None:
        write_table_csv(args.conn, sys.stdout, "entries", args.date_from, args.date_to, args.municipality)
    else:
        save_table_csv(args.conn, args.out, "entries", args.date_from, args.date_to, args.municipality)
    return 0
