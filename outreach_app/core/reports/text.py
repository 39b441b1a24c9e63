"""Report renderings for people: the update sentence, plain text and CSV, in English or French.

All numbers come from reports.summary(); this module only formats them (Babel, no Qt).
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from outreach_app.core.wording import CONFIDENCE_TOPIC

_LOCALES = {"en": "en_CA", "fr": "fr_CA"}


def _locale(language: str) -> str:
    return _LOCALES.get(language, "en_CA")


def format_number(value: int, language: str = "en") -> str:
    from babel.numbers import format_decimal

    return format_decimal(value, locale=_locale(language))


def _share(value: float):
    from decimal import Decimal

    return Decimal(str(value)) / 100  # str first: 14.3 / 100 as a float prints 0.14300000000000002


def format_percent_whole(value: float, language: str = "en") -> str:
    """96.0 -> '96%' ('96 %' in French); 95.5 -> '95.5%' ('95,5 %'): Babel's percent pattern of the locale."""
    from babel.numbers import format_percent as babel_percent

    return babel_percent(_share(value), locale=_locale(language), decimal_quantization=False)


def format_percent(value: float, language: str = "en") -> str:
    """Always one decimal, for table columns: 21.0% beside 21.5% ('21,0 %' in French)."""
    from babel import Locale
    from babel.numbers import format_percent as babel_percent

    pattern = Locale.parse(_locale(language)).percent_formats[None].pattern
    one_decimal = pattern.replace("#,##0", "#,##0.0", 1)
    return babel_percent(_share(value), format=one_decimal, locale=_locale(language))


def format_day(iso: str, language: str = "en", with_year: bool = False) -> str:
    """'June 19' / '19 juin', with the year when asked."""
    from babel.dates import format_date

    day = dt.date.fromisoformat(iso)
    if language == "fr":
        text = format_date(day, "d MMMM y" if with_year else "d MMMM", locale="fr_CA")
        return "1er" + text[1:] if day.day == 1 else text  # the first of the month is an ordinal, as on flyers
    return format_date(day, "MMMM d, y" if with_year else "MMMM d", locale="en_CA")


def format_range(start: str, end: str, language: str = "en") -> str:
    """'June 1, 2025 to September 30, 2025' / 'du 1er juin 2025 au 30 septembre 2025'."""
    first, last = format_day(start, language, True), format_day(end, language, True)
    return f"du {first} au {last}" if language == "fr" else f"{first} to {last}"


def is_plural(count: int, language: str = "en") -> bool:
    """Whether a count takes the plural, by the language's CLDR plural rule (Babel): in English all but 1,
    in French 2 and more (0 and 1 are singular)."""
    from babel import Locale

    return Locale.parse(_locale(language)).plural_form(count) != "one"


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
    several = is_plural(s["plans_distributed"], language)
    clause = (f"{plans} plan{'s' if several else ''} de sécurité distribué{'s' if several else ''}" if fr
              else f"{plans} safety plan{'s' if several else ''} distributed")
    if s["plans_before"]:
        since = format_day(s["from"], language, bool(years_differ))
        clause += (f", en plus des {n(s['plans_before'])} distribués avant le {since}" if fr
                   else f", in addition to the {n(s['plans_before'])} distributed before {since}")
    parts.append(clause)
    pct = s["confidence"]["percent_yes"]
    if pct is not None:
        p = format_percent_whole(pct, language)
        topic = CONFIDENCE_TOPIC["fr" if fr else "en"]  # the words of the question asked at the event
        parts.append(f"{p} ont indiqué se sentir plus en confiance pour {topic} après la présentation des plans" if fr
                     else f"{p} indicated they felt more confident in {topic} after receiving a review of the plans")
    return "; ".join(parts) + "."


_TEXT = {
    "en": {"title": "Outreach report {start} to {end}", "events": "Events", "span": "{first} to {last}",
           "attendees": "Attendees", "plans": "Plans distributed", "before": "Plans before {day}",
           "total": "Plans in total", "confident": "More confident", "answers": "yes {yes} · no {no} · not sure {unsure}",
           "pct_yes": "{p} yes", "no_answers": "no answers", "flyers": "Survey flyers left",
           "flyers_in": "{left} in {drops}", "visit": ("place visit", "place visits"), "by_plan": "Plans by name",
           "by_town": "By municipality", "event": ("event", "events"), "attendee": ("attendee", "attendees"),
           "plan": ("plan", "plans")},
    "fr": {"title": "Rapport des activités de proximité du {start} au {end}", "events": "Activités",
           "span": "du {first} au {last}", "attendees": "Participants", "plans": "Plans remis",
           "before": "Plans remis avant le {day}", "total": "Plans remis en tout", "confident": "Plus en confiance",
           "answers": "oui {yes} · non {no} · je ne sais pas {unsure}", "pct_yes": "{p} de oui",
           "no_answers": "aucune réponse", "flyers": "Dépliants du sondage laissés", "flyers_in": "{left} dans {drops}",
           "visit": ("lieu visité", "lieux visités"), "by_plan": "Plans par nom", "by_town": "Par municipalité",
           "event": ("activité", "activités"), "attendee": ("participant", "participants"),
           "plan": ("plan remis", "plans remis")},
}


def counted(count: int, forms: tuple[str, str], language: str = "en") -> str:
    """'1 event', '2 events'; in French 0 and 1 take the singular ('0 activité')."""
    return f"{format_number(count, language)} {forms[1] if is_plural(count, language) else forms[0]}"


def render_text(s: dict, language: str = "en") -> str:
    """A plain-text report in the given language: the title, the sentence, then the figures."""
    words = _TEXT.get(language, _TEXT["en"])
    n = lambda v: format_number(v, language)  # noqa: E731
    day = lambda iso: format_day(iso, language, True)  # noqa: E731
    c = s["confidence"]
    title = words["title"].format(start=day(s["from"]), end=day(s["to"]))
    answers = words["answers"].format(yes=n(c["yes"]), no=n(c["no"]), unsure=n(c["unsure"]))
    answers += (f" ({words['pct_yes'].format(p=format_percent(c['percent_yes'], language))})"
                if c["percent_yes"] is not None else f" ({words['no_answers']})")
    figures = [
        (words["events"], n(s["events"]) + (f" ({words['span'].format(first=day(s['first_event']), last=day(s['last_event']))})"
                                             if s["events"] else "")),
        (words["attendees"], n(s["attendees"])),
        (words["plans"], n(s["plans_distributed"])),
        (words["before"].format(day=day(s["from"])), n(s["plans_before"])),
        (words["total"], n(s["plans_total"])),
        (words["confident"], answers),
    ]
    flyers = s.get("flyers") or {}
    if flyers.get("left"):
        drops = counted(flyers["drops"], words["visit"], language)
        figures.append((words["flyers"], words["flyers_in"].format(left=n(flyers["left"]), drops=drops)))
    colon = "\u00a0:" if language == "fr" else ":"
    width = max(len(label) for label, _ in figures) + len(colon) + 1
    lines = [title + (f" — {s['municipality']}" if s["municipality"] else ""), "", update_sentence(s, language), ""]
    lines += [f"{label + colon:<{width}}{value}" for label, value in figures]
    if s["plans_by_name"]:
        lines += ["", words["by_plan"] + colon] + [f"  {name}{colon} {n(v)}" for name, v in s["plans_by_name"].items()]
    if s["by_municipality"]:
        lines += ["", words["by_town"] + colon] + [
            f"  {name}{colon} {counted(v['events'], words['event'], language)}, "
            f"{counted(v['attendees'], words['attendee'], language)}, {counted(v['plans_distributed'], words['plan'], language)}"
            for name, v in s["by_municipality"].items()]
    from outreach_app.core.bounds import escape_controls

    return "\n".join(escape_controls(line) for line in lines) + "\n"


def safe_cell(value):
    """A CSV cell that a spreadsheet shows as the text it is: control characters escaped (line breaks
    kept: a note may span lines), and text starting with = + - @ (or a tab / carriage return), which
    Excel and LibreOffice would run as a formula, prefixed with an apostrophe."""
    if not isinstance(value, str) or not value:
        return value
    from outreach_app.core.bounds import escape_controls, unsafe_pattern

    if unsafe_pattern(multi_line=True).search(value):
        value = "\n".join(escape_controls(part) for part in value.split("\n"))
    return "'" + value if value[0] in "=+-@\t\r" else value


def _safe_rows(rows):
    for row in rows:
        yield [safe_cell(v) for v in row]


def csv_text(header: list[str], rows: list[list]) -> str:
    """CSV that Excel opens cleanly: UTF-8 with BOM, one header row, CRLF line ends."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(_safe_rows(rows))
    return "\ufeff" + out.getvalue()


def write_csv(handle, header: list[str], rows) -> None:
    """Stream CSV (BOM, one header row, CRLF) to an open text handle; rows may be any iterable."""
    handle.write("\ufeff")
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(_safe_rows(rows))


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
