"""The accomplishments of an update as an ordered list of sections, each made by a small provider.

A provider is `provider(conn, scope, language) -> Section | None`: it reads its own figures for the
range (`scope`: update.scope.UpdateScope; `scope.figures` is the `report --format json` summary) and
returns None when it has nothing in the range, so no slide, heading or sentence says "0 …". The
renderings (deck, Word, PDF, JSON) know nothing of what a section is about: a title, sentences,
bullets and an optional chart. A feature adds its section by appending its provider to PROVIDERS.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass, field
from typing import Callable

from outreach_app.core.reports.text import format_day, format_number, update_sentence
from outreach_app.core.reports.words import ATTENDEE_COUNT, EVENT_COUNT, PLAN_COUNT, VISIT_COUNT
from outreach_app.core.reports.words import count_words as report_count, word as report_word

from .scope import UpdateScope
from .words import FLYER_COUNT, FLYERS_LEFT, MORE_PLACES, MORE_PLANS, PLANS_TO_DATE, count_words, word


@dataclass(frozen=True)
class Chart:
    """Bars: one label and one value per bar; `values_label` names what a bar measures; `notes`: short
    lines shown under the chart (what happened when: "Oct 2: flyers left at the library")."""

    title: str
    labels: list[str]
    values: list[float]
    values_label: str = ""
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Section:
    """One part of the accomplishments: `key` (stable, for tests and JSON), a title, sentences (the
    first is the one the accomplishments summary shows), bullets (details) and an optional chart."""

    key: str
    title: str
    sentences: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    chart: Chart | None = None

    def as_dict(self) -> dict:
        return asdict(self)


BULLETS_LIMIT = 10  # more details than this: the largest ones, then "… and N more"

Provider = Callable[[sqlite3.Connection, UpdateScope, str], "Section | None"]


def _largest(rows: list[tuple[str, int]], more: str, language: str) -> list[str]:
    """(bullet, size) rows as bullets: all of them when few, else the BULLETS_LIMIT largest (kept in
    their order) and a last line counting the rest with `more` ("… and %n more place(s)")."""
    if len(rows) <= BULLETS_LIMIT:
        return [text for text, _ in rows]
    ranked = sorted(range(len(rows)), key=lambda index: -rows[index][1])[:BULLETS_LIMIT]
    kept = [rows[index][0] for index in sorted(ranked)]
    return kept + [count_words(more, len(rows) - BULLETS_LIMIT, language)]


def events_section(conn: sqlite3.Connection, scope: UpdateScope, language: str) -> Section | None:
    """The events sentence (the Reports screen's "Ready for your update", without a "0 safety plans"
    clause), and the events by municipality when there are several."""
    s = scope.figures
    if not s["events"]:
        return None
    bullets = []
    if len(s["by_municipality"]) > 1:
        bullets = [word("by_town_line", language, municipality=name,
                        events=report_count(EVENT_COUNT, v["events"], language),
                        attendees=report_count(ATTENDEE_COUNT, v["attendees"], language),
                        plans=report_count(PLAN_COUNT, v["plans_distributed"], language))
                   for name, v in s["by_municipality"].items() if v["events"]]
    sentence = update_sentence(s, language, leave_out_zero_plans=True)
    return Section("events", word("events_title", language), [sentence], bullets)


def plans_section(conn: sqlite3.Connection, scope: UpdateScope, language: str) -> Section | None:
    """Safety plans handed out to date, the baseline (plans before the range) included, and by plan."""
    s = scope.figures
    if not s["plans_total"]:
        return None
    sentence = count_words(PLANS_TO_DATE, s["plans_total"], language)
    if s["plans_before"]:
        sentence += word("including_before", language, count=format_number(s["plans_before"], language),
                         day=format_day(s["from"], language, True))
    bullets = _largest([(word("named", language, name=name, value=format_number(total, language)), total)
                        for name, total in s["plans_by_name"].items() if total], MORE_PLANS, language)
    return Section("plans", word("plans_title", language), [sentence + "."], bullets)


def flyers_section(conn: sqlite3.Connection, scope: UpdateScope, language: str) -> Section | None:
    """Survey flyers left at local places in the range (flyer drops), by source tag."""
    flyers = scope.figures.get("flyers") or {}
    if not flyers.get("left"):
        return None
    sentence = word("in_visits", language, flyers=count_words(FLYERS_LEFT, flyers["left"], language),
                    visits=report_count(VISIT_COUNT, flyers["drops"], language))
    bullets = _largest([(word("place_line", language, tag=tag, flyers=count_words(FLYER_COUNT, v["flyers"], language),
                              visits=report_count(VISIT_COUNT, v["drops"], language)), v["flyers"])
                        for tag, v in flyers["by_tag"].items() if v["flyers"]], MORE_PLACES, language)
    return Section("flyers", word("flyers_title", language), [sentence], bullets)


def plans_chart_section(conn: sqlite3.Connection, scope: UpdateScope, language: str) -> Section | None:
    """The chart of plans per event (one bar per event; per week or month over many events)."""
    if not scope.figures["events"] or not scope.figures["plans_distributed"]:
        return None
    from outreach_app.core.reports.charts import point_label
    from outreach_app.core.reports.tables import fill_totals, plans_over_time

    fill_totals(conn, scope.report_scope)
    series = plans_over_time(conn, scope.report_scope, scope.figures["events"])
    points = series["points"]
    if not any(p["plans"] for p in points):
        return None
    title = report_word({"event": "chart_event", "week": "chart_week", "month": "chart_month"}[series["bucket"]],
                        language)
    chart = Chart(title, [point_label(p, series["bucket"], language) for p in points],
                  [p["per_event"] for p in points], report_word("plans", language))
    return Section("plans_chart", title, chart=chart)


# The accomplishments, in the order the update shows them. Add a feature's provider here (see
# docs/update.md, "Adding a section").
def _activity(name: str) -> Provider:
    """A provider of activity_sections.py, imported when an update is written (it reaches into the
    survey, consultation, training and plan packages)."""
    def provide(conn: sqlite3.Connection, scope: UpdateScope, language: str) -> Section | None:
        from outreach_app.core.update import activity_sections

        return getattr(activity_sections, name)(conn, scope, language)
    provide.__name__ = name
    return provide


PROVIDERS: list[Provider] = [
    events_section,
    plans_section,
    _activity("consultations_section"),
    _activity("trainings_section"),
    _activity("survey_section"),
    flyers_section,
    plans_chart_section,
]


def build_sections(conn: sqlite3.Connection, scope: UpdateScope, language: str,
                   providers: list[Provider] | None = None) -> list[Section]:
    """Every provider's section for the range, in order, leaving out those with nothing to say."""
    found = []
    for provider in PROVIDERS if providers is None else providers:
        section = provider(conn, scope, language)
        if section is not None:
            found.append(section)
    return found
