"""The update's sections for the team's other activities: survey responses, consultations, trainings and
neighbourhood safety plans. Each reads the same figures its own report shows (one query layer) and
returns None when it has nothing in the range (see sections.py for the provider rules)."""

from __future__ import annotations

import sqlite3

from outreach_app.core.consultations.words import RESPONSE_COUNT as RESPONSE_HEARD
from outreach_app.core.reports.text import format_day, format_number

from .scope import UpdateScope
from .sections import Chart, Section
from .words import RESPONSE_COUNT, count_words, word

BEST_PLACES = 3  # the places that brought the most responses, named in the update


def survey_section(conn: sqlite3.Connection, scope: UpdateScope, language: str) -> Section | None:
    """Each survey that received responses in the range: its responses to date, the places and posts
    that brought the most, the flyer places still silent; a chart of responses per week with the weeks
    flyers were left and posts went out noted under it."""
    from outreach_app.core.surveys.report import survey_report

    surveys = [s for s in (scope.figures.get("survey") or {}).get("surveys", []) if s["responses"]]
    if not surveys:
        return None
    sentences, bullets, chart = [], [], None
    for entry in surveys:
        report = survey_report(conn, entry["id"])
        sentence = word("survey_sentence", language, responses=count_words(RESPONSE_COUNT, report["responses"], language),
                        name=report["survey"], complete=format_number(report["complete"], language))
        if report["closes"]:
            sentence += word("open_until", language, day=format_day(report["closes"], language, True))
        sentences.append(sentence + ".")
        ranked = sorted(((tag, e) for tag, e in report["by_source"].items() if e["responses"]),
                        key=lambda item: (-item[1]["responses"], item[0].casefold()))[:BEST_PLACES]
        for tag, e in ranked:
            where = e.get("place") or e.get("channel") or tag
            line = word("source_line", language, source=where,
                        responses=count_words(RESPONSE_COUNT, e["responses"], language))
            if e["per_100_flyers"] is not None:
                line += word("per_100", language, value=format_number(e["per_100_flyers"], language))
            bullets.append(line)
        if report["silent_places"]:
            bullets.append(word("silent_line", language, places=", ".join(report["silent_places"])))
        if chart is None and report["weeks"]:
            weeks = report["weeks"]
            notes = []
            for week in weeks:
                marks = [word("flyers_at", language, tags=", ".join(week["drops"]))] if week["drops"] else []
                marks += [word("posts_of", language, tags=", ".join(week["posts"]))] if week["posts"] else []
                if marks:
                    notes.append(word("week_note", language, day=format_day(week["week"], language), marks="; ".join(marks)))
            chart = Chart(word("survey_chart", language, name=report["survey"]),
                          [format_day(week["week"], language) for week in weeks],
                          [week["responses"] for week in weeks], word("responses", language), notes[:8])
    return Section("survey", word("survey_title", language), sentences, bullets, chart)


def trainings_section(conn: sqlite3.Connection, scope: UpdateScope, language: str) -> Section | None:
    """The trainings sentence (the Reports screen's), the sectors reached and not yet reached, and the
    mean rating before and after per statement."""
    from outreach_app.core.consultations.organisations import sector_label
    from outreach_app.core.trainings.text import format_mean
    from outreach_app.core.trainings.words import trainings_sentence

    figures = scope.figures.get("trainings") or {}
    sentence = trainings_sentence(figures, language) if figures.get("sessions") else None
    if sentence is None:
        return None
    bullets = []
    def sectors(names):
        return ", ".join(sector_label(name, language) for name in names)

    if figures["sectors_reached_names"]:
        bullets.append(word("sectors_reached", language, sectors=sectors(figures["sectors_reached_names"])))
    if figures["sectors_not_reached"]:
        bullets.append(word("sectors_not_reached", language, sectors=sectors(figures["sectors_not_reached"])))
    for s in figures.get("statements", []):
        if s["before_count"] and s["after_count"]:
            text = s["text_fr"] if language == "fr" and s.get("text_fr") else s["text"]
            bullets.append(word("statement_line", language, statement=text,
                                before=format_mean(s["before_mean"], language),
                                after=format_mean(s["after_mean"], language)))
    return Section("trainings", word("trainings_title", language), [sentence], bullets)


_KIND_WORDS = {"conversation": "kind_conversation", "focus-group": "kind_focus_group", "interview": "kind_interview",
               "other": "kind_other"}


def consultations_section(conn: sqlite3.Connection, scope: UpdateScope, language: str) -> Section | None:
    """Consultations and focus groups held in the range: how many, who took part, what was heard (responses
    and the themes they were grouped into), and the same by kind."""
    from .words import CONSULTATION_COUNT, PARTICIPANT_COUNT, THEME_COUNT

    figures = scope.figures.get("consultations") or {}
    if not figures.get("consultations"):
        return None
    sentence = word("held", language, consultations=count_words(CONSULTATION_COUNT, figures["consultations"], language))
    if figures["attendees"]:
        sentence += word("with_participants", language,
                         participants=count_words(PARTICIPANT_COUNT, figures["attendees"], language))
    if figures["responses"]:
        sentence += word("heard", language, responses=count_words(RESPONSE_HEARD, figures["responses"], language))
        if figures["themes"]:
            sentence += word("grouped", language, themes=count_words(THEME_COUNT, figures["themes"], language))
    bullets = [word("kind_line", language, kind=word(_KIND_WORDS.get(kind, "kind_other"), language),
                    consultations=format_number(v["consultations"], language),
                    responses=count_words(RESPONSE_HEARD, v["responses"], language))
               for kind, v in figures.get("by_kind", {}).items() if v["consultations"]]
    return Section("consultations", word("consultations_title", language), [sentence + "."],
                   bullets if len(bullets) > 1 else [])
