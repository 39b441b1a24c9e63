"""The report command: the same figures as text, JSON or CSV."""

from __future__ import annotations

from outreach_app.cli.output import to_json, write_output

FORMATS = ["text", "json", "csv"]


def register(commands) -> None:
    p = commands.add_parser("report", help="figures for a date range, for an update")
    p.add_argument("--from", dest="date_from", required=True, help="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", required=True, help="YYYY-MM-DD")
    p.add_argument("--municipality")
    p.add_argument("--format", choices=FORMATS, default="text")
    p.add_argument("--language", choices=["en", "fr"], default="en", help="language of text renderings")
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(handler=run_report)


def run_report(args) -> int:
    from outreach_app.core.reports import summary

    figures = summary(args.conn, args.date_from, args.date_to, args.municipality)
    if args.format == "json":
        content = to_json(figures)
    elif args.format == "csv":
        from outreach_app.core.report_text import render_csv

        content = render_csv(figures)
    else:
        from outreach_app.core.report_text import render_text

        content = render_text(figures, args.language)
    write_output(content, args.out)
    return 0
