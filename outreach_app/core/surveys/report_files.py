"""The survey report as text, JSON, CSV or PDF (the PDF in report_pdf.py)."""

from __future__ import annotations

import sqlite3

from outreach_app.core.reports.text import csv_text, format_day, format_number

from .report import survey_report
from .words import word


def _n(value, language: str) -> str:
    return "–" if value is None else format_number(value, language)


def _ratio(value, language: str) -> str:
    if value is None:
        return "–"
    text = f"{value:.1f}"
    return text.replace(".", ",") if language == "fr" else text


def _day(value, language: str) -> str:
    return format_day(value, language, True) if value else "–"


def _short_day(value, language: str) -> str:
    from outreach_app.core.reports.charts import short_day

    return short_day(value, language) if value else "–"


def source_rows(report: dict, language: str = "en", short: bool = False) -> list[list[str]]:
    """One row per source: tag, place or channel, responses, flyers, per 100, first, latest, days to first
    (short: dates without the year, for the PDF's narrow columns)."""
    day = _short_day if short else _day
    rows = []
    for tag, e in report["by_source"].items():
        where = e.get("place") if e["kind"] == "place" else word("post", language, channel=e["channel"])
        rows.append([tag, where or "", _n(e["responses"], language), _n(e["flyers"], language),
                     _ratio(e["per_100_flyers"], language), day(e["first"], language), day(e["last"], language),
                     _n(e["days_to_first"], language)])
    return rows


def render_text(report: dict, language: str = "en") -> str:
    """The report for a terminal: headline figures, per source, per municipality, per week, silent places."""
    from outreach_app.core.bounds import escape_controls

    w = lambda key, **v: word(key, language, **v)  # noqa: E731
    lines = [w("title_of", name=report["survey"]),
             w("closes", day=_day(report["closes"], language)) if report["closes"] else w("open"), ""]
    for key in ("responses", "complete", "no_source", "unknown_source", "after_closing"):
        lines.append(f"{w(key)}: {_n(report[key], language)}")
    if report["first"]:
        lines.append(w("first_last", first=_day(report["first"], language), last=_day(report["last"], language)))
    else:
        lines.append(w("no_responses"))
    header = [w("source"), w("where"), w("responses"), w("flyers"), w("per_100"), w("first"), w("last"),
              w("days_to_first")]
    rows = source_rows(report, language)
    lines += ["", w("by_source")] + _aligned(header, rows)
    if report["by_municipality"]:
        lines += ["", w("by_town")] + _aligned(
            [w("municipality"), w("flyers"), w("responses"), w("per_100")],
            [[town, _n(t["flyers"], language), _n(t["responses"], language), _ratio(t["per_100_flyers"], language)]
             for town, t in report["by_municipality"].items()])
    if report["weeks"]:
        lines += ["", w("weeks")] + _aligned(
            [w("week"), w("responses"), w("drops"), w("posts")],
            [[week["week"], _n(week["responses"], language), ", ".join(week["drops"]), ", ".join(week["posts"])]
             for week in report["weeks"]])
    lines += ["", w("silent"), "  " + (", ".join(report["silent_places"]) or w("none"))]
    return "\n".join(escape_controls(line) for line in lines) + "\n"


def _aligned(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    return ["  " + "  ".join(str(v).ljust(width) for v, width in zip(row, widths)).rstrip() for row in [header] + rows]


def render_csv(report: dict) -> str:
    """One row per source (place or post), the figures as numbers, for a spreadsheet."""
    header = ["tag", "kind", "place_or_channel", "municipality", "responses", "complete", "flyers", "per_100_flyers",
              "first", "last", "days_to_first", "silent"]
    rows = [[tag, e["kind"], e.get("place") or e.get("channel") or "", e.get("municipality") or "", e["responses"],
             e["complete"], e["flyers"], "" if e["per_100_flyers"] is None else f"{e['per_100_flyers']:.1f}",
             e["first"] or "", e["last"] or "", "" if e["days_to_first"] is None else e["days_to_first"],
             "yes" if tag in report["silent_places"] else ""]
            for tag, e in report["by_source"].items()]
    rows.append(["(no source)", "", "", "", report["no_source"], "", "", "", "", "", "", ""])
    rows.append(["(unknown source)", "", "", "", report["unknown_source"], "", "", "", "", "", "", ""])
    return csv_text(header, rows)


def render(conn: sqlite3.Connection, survey_id: str, fmt: str, *, language: str = "en", paper: str = "letter"):
    """The report in format fmt (text, json, csv: str; pdf: bytes)."""
    report = survey_report(conn, survey_id)
    if fmt == "json":
        import json

        return json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        return render_csv(report)
    if fmt == "pdf":
        from .report_pdf import report_pdf

        return report_pdf(report, language=language, paper=paper)
    return render_text(report, language)
