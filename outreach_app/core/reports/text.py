"""Report renderings for people: the update sentence, plain text and CSV, in English or French.

All numbers come from reports.summary(); this module only formats them (Babel, no Qt).
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from outreach_app.core.reports.words import (
    ATTENDEE_COUNT, EVENT_COUNT, PLAN_COUNT, SAFETY_PLAN_COUNT, VISIT_COUNT, count_words, word
)
from outreach_app.core.wording import confidence_topic

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
    return word("range", language, first=first, last=last)


def update_sentence(s: dict, language: str = "en", *, leave_out_zero_plans: bool = False) -> str:
    """The ready sentence for a working-group update, in the office's own style. leave_out_zero_plans:
    no plans clause when none were handed out in the range (the update's decks never say "0 …")."""
    n = lambda v: format_number(v, language)  # noqa: E731
    if not s["events"] and not s["plans_distributed"]:
        start, end = (format_day(s[k], language, True) for k in ("from", "to"))
        return word("no_events_sentence", language, start=start, end=end)
    parts = []
    years_differ = s["first_event"] and s["first_event"][:4] != s["last_event"][:4]
    if s["events"] == 1:
        parts.append(word("one_event", language, day=format_day(s["first_event"], language, bool(years_differ))))
    elif s["events"]:
        first, last = (format_day(s[k], language, bool(years_differ)) for k in ("first_event", "last_event"))
        parts.append(word("many_events", language, count=n(s["events"]), first=first, last=last))
    if s["plans_distributed"] or not leave_out_zero_plans:
        clause = count_words(SAFETY_PLAN_COUNT, s["plans_distributed"], language)
        if s["plans_before"]:
            since = format_day(s["from"], language, bool(years_differ))
            clause += word("before_sentence", language, count=n(s["plans_before"]), day=since)
        parts.append(clause)
    pct = s["confidence"]["percent_yes"]
    if pct is not None:  # the topic: the words of the question asked at the event
        parts.append(word("confident_sentence", language, percent=format_percent_whole(pct, language),
                          topic=confidence_topic(language)))
    return "; ".join(parts) + "."


def render_text(s: dict, language: str = "en") -> str:
    """A plain-text report in the given language: the title, the sentence, then the figures."""
    n = lambda v: format_number(v, language)  # noqa: E731
    day = lambda iso: format_day(iso, language, True)  # noqa: E731
    c = s["confidence"]
    title = f"{word('title', language)} {format_range(s['from'], s['to'], language)}"
    answers = word("answers", language, yes=n(c["yes"]), no=n(c["no"]), unsure=n(c["unsure"]))
    answers += (f" ({word('pct_yes_of', language, percent=format_percent(c['percent_yes'], language))})"
                if c["percent_yes"] is not None else f" ({word('no_answers', language)})")
    span = f" ({format_range(s['first_event'], s['last_event'], language)})" if s["events"] else ""
    figures = [
        (word("events", language), n(s["events"]) + span),
        (word("attendees", language), n(s["attendees"])),
        (word("distributed", language), n(s["plans_distributed"])),
        (word("before", language, day=day(s["from"])), n(s["plans_before"])),
        (word("total", language), n(s["plans_total"])),
        (word("confident", language), answers),
    ]
    flyers = s.get("flyers") or {}
    if flyers.get("left"):
        visits = count_words(VISIT_COUNT, flyers["drops"], language)
        figures.append((word("flyers", language), word("flyers_in", language, left=n(flyers["left"]), visits=visits)))
    colon = "\u00a0:" if language == "fr" else ":"
    width = max(len(label) for label, _ in figures) + len(colon) + 1
    lines = [title + (f" — {s['municipality']}" if s["municipality"] else ""), "", update_sentence(s, language), ""]
    lines += [f"{label + colon:<{width}}{value}" for label, value in figures]
    if s["plans_by_name"]:
        lines += ["", word("by_plan_name", language) + colon] + [
            f"  {name}{colon} {n(v)}" for name, v in s["plans_by_name"].items()]
    if s["by_municipality"]:
        lines += ["", word("by_town", language) + colon] + [
            f"  {name}{colon} {count_words(EVENT_COUNT, v['events'], language)}, "
            f"{count_words(ATTENDEE_COUNT, v['attendees'], language)}, "
            f"{count_words(PLAN_COUNT, v['plans_distributed'], language)}"
            for name, v in s["by_municipality"].items()]
    if s.get("trainings"):
        from outreach_app.core.trainings.text import trainings_lines

        lines += [""] + trainings_lines(s["trainings"], language) if s["trainings"]["sessions"] else []
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
    if s.get("trainings"):
        from outreach_app.core.trainings.text import trainings_csv_rows

        rows += trainings_csv_rows(s["trainings"])
    return csv_text(["section", "item", "value"], rows)
