"""Report renderings for people: the update sentence, plain text and CSV, in English or French.

All numbers come from reports.summary(); this module only formats them (Babel, no Qt).
"""

from __future__ import annotations

import csv
import datetime as dt
import io

_LOCALES = {"en": "en_CA", "fr": "fr_CA"}


def _locale(language: str) -> str:
    return _LOCALES.get(language, "en_CA")


def format_number(value: int, language: str = "en") -> str:
    from babel.numbers import format_decimal

    return format_decimal(value, locale=_locale(language))


def format_percent_whole(value: float, language: str = "en") -> str:
    """96.0 -> '96%' ('96 %' in French); 95.5 -> '95.5%' ('95,5 %')."""
    from babel.numbers import format_decimal

    text = format_decimal(value, format="#,##0.#", locale=_locale(language))
    return f"{text}\u00a0%" if language == "fr" else f"{text}%"


def format_percent(value: float, language: str = "en") -> str:
    """Always one decimal, for table columns: 21.0% beside 21.5% ('21,0 %' in French)."""
    from babel.numbers import format_decimal

    text = format_decimal(value, format="#,##0.0", locale=_locale(language))
    return f"{text}\u00a0%" if language == "fr" else f"{text}%"


def format_day(iso: str, language: str = "en", with_year: bool = False) -> str:
    """'June 19' / '19 juin', with the year when asked."""
    from babel.dates import format_date

    day = dt.date.fromisoformat(iso)
    if language == "fr":
        return format_date(day, "d MMMM y" if with_year else "d MMMM", locale="fr_CA")
    return format_date(day, "MMMM d, y" if with_year else "MMMM d", locale="en_CA")


def format_range(start: str, end: str, language: str = "en") -> str:
    """'June 1, 2025 to September 30, 2025' / 'du 1 juin 2025 au 30 septembre 2025'."""
    first, last = format_day(start, language, True), format_day(end, language, True)
    return f"du {first} au {last}" if language == "fr" else f"{first} to {last}"


def update_sentence(s: dict, language: str = "en") -> str:
    """The ready sentence for a working-group update, in the office's own style."""
    fr = language == "fr"
    n = lambda v: format_number(v, language)  # noqa: E731
    if not s["events"] and not s["plans_distributed"]:
        start, end = (format_day(s[k], language, True) for k in ("from", "to"))
        return (f"Aucune activité communautaire du {start} au {end}." if fr
                else f"No community events from {start} to {end}.")
    parts = []
    years_differ = s["first_event"] and s["first_event"][:4] != s["last_event"][:4]
    if s["events"] == 1:
        day = format_day(s["first_event"], language, bool(years_differ))
        parts.append(f"Participation à 1 activité communautaire le {day}" if fr
                     else f"Attended 1 community event on {day}")
    elif s["events"]:
        first, last = (format_day(s[k], language, bool(years_differ)) for k in ("first_event", "last_event"))
        parts.append(f"Participation à {n(s['events'])} activités communautaires du {first} au {last}" if fr
                     else f"Attended {n(s['events'])} community events from {first} to {last}")
    plans = n(s["plans_distributed"])
    clause = (f"{plans} plan{'s' if s['plans_distributed'] != 1 else ''} de sécurité distribué"
              f"{'s' if s['plans_distributed'] != 1 else ''}" if fr
              else f"{plans} safety plan{'s' if s['plans_distributed'] != 1 else ''} distributed")
    if s["plans_before"]:
        since = format_day(s["from"], language, bool(years_differ))
        clause += (f", en plus des {n(s['plans_before'])} distribués avant le {since}" if fr
                   else f", in addition to the {n(s['plans_before'])} distributed before {since}")
    parts.append(clause)
    pct = s["confidence"]["percent_yes"]
    if pct is not None:
        p = format_percent_whole(pct, language)
        parts.append(
            f"{p} ont indiqué se sentir plus en confiance pour soutenir la sécurité liée à la consommation de "
            "substances après la présentation des plans" if fr
            else f"{p} indicated they felt more confident in supporting safety related to substance use "
                 "after receiving a review of the plans")
    return "; ".join(parts) + "."


def render_text(s: dict, language: str = "en") -> str:
    """A plain-text report: the sentence, then the figures."""
    n = lambda v: format_number(v, language)  # noqa: E731
    c = s["confidence"]
    lines = [
        f"Outreach report {s['from']} to {s['to']}" + (f" — {s['municipality']}" if s["municipality"] else ""),
        "",
        update_sentence(s, language),
        "",
        f"Events:                {n(s['events'])}" + (f" ({s['first_event']} to {s['last_event']})" if s["events"] else ""),
        f"Attendees:             {n(s['attendees'])}",
        f"Plans distributed:     {n(s['plans_distributed'])}",
        f"Plans before {s['from']}: {n(s['plans_before'])}",
        f"Plans in total:        {n(s['plans_total'])}",
        f"More confident:        yes {n(c['yes'])} · no {n(c['no'])} · not sure {n(c['unsure'])}"
        + (f" ({c['percent_yes']:.1f}% yes)" if c["percent_yes"] is not None else " (no answers)"),
    ]
    flyers = s.get("flyers") or {}
    if flyers.get("left"):
        drops = n(flyers["drops"]) + (" place visit" if flyers["drops"] == 1 else " place visits")
        lines.append(f"Survey flyers left:    {n(flyers['left'])} in {drops}")
    if s["plans_by_name"]:
        lines += ["", "Plans by name:"] + [f"  {name}: {n(v)}" for name, v in s["plans_by_name"].items()]
    if s["by_municipality"]:
        lines += ["", "By municipality:"] + [
            f"  {name}: {n(v['events'])} events, {n(v['attendees'])} attendees, {n(v['plans_distributed'])} plans"
            for name, v in s["by_municipality"].items()]
    return "\n".join(lines) + "\n"


def csv_text(header: list[str], rows: list[list]) -> str:
    """CSV that Excel opens cleanly: UTF-8 with BOM, one header row, CRLF line ends."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return "\ufeff" + out.getvalue()


def write_csv(handle, header: list[str], rows) -> None:
    """Stream CSV (BOM, one header row, CRLF) to an open text handle; rows may be any iterable."""
    handle.write("\ufeff")
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)


def render_csv(s: dict) -> str:
    """The summary as a long table: section, item, value."""
    c = s["confidence"]
    rows = [["range", "from", s["from"]], ["range", "to", s["to"]],
            ["range", "municipality", s["municipality"] or ""]]
    for key in ("events", "first_event", "last_event", "attendees", "plans_distributed", "plans_before", "plans_total"):
        rows.append(["summary", key, "" if s[key] is None else s[key]])
    for key in ("yes", "no", "unsure", "answered"):
        rows.append(["confidence", key, c[key]])
    rows.append(["confidence", "percent_yes", "" if c["percent_yes"] is None else f"{c['percent_yes']:.1f}"])
    rows += [["plans_by_name", name, v] for name, v in s["plans_by_name"].items()]
    for name, v in s["by_municipality"].items():
        rows += [[f"municipality:{name}", key, v[key]] for key in ("events", "attendees", "plans_distributed")]
    flyers = s.get("flyers") or {}
    if flyers:
        rows += [["flyers", "left", flyers["left"]], ["flyers", "drops", flyers["drops"]]]
        rows += [[f"flyers:{tag}", "left", v["flyers"]] for tag, v in flyers["by_tag"].items()]
    return csv_text(["section", "item", "value"], rows)
