"""What an update says, built once and rendered as a deck, a Word document, a PDF or JSON.

Every number comes from the report layer (core/reports/summary.py) for the same range, so the update
and `report --format json` always agree; `update_json` carries that summary's keys unchanged."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Callable

from outreach_app.core.errors import InvalidInput
from outreach_app.core.reports.text import format_day, format_range
from outreach_app.core.validate import clean_optional, parse_date

from .project import Project, get_project, list_steps, logo_path
from .scope import UpdateScope, make_update_scope
from .sections import Section, build_sections
from .words import word

LANGUAGES = ("en", "fr")
PAPERS = ("letter", "a4")
FORMATS = ("pptx", "docx", "pdf", "json")


@dataclass(frozen=True)
class Update:
    """An update's content: the title slide's lines, the project's texts, the accomplishment
    sections (those with data only), the steps split by the range's end, the action items."""

    language: str
    title: str
    subtitle: list[str]
    scope: UpdateScope
    project: Project
    sections: list[Section]
    steps_done: list[str]
    next_steps: list[str]
    meeting_date: str | None = None
    logo: str | None = None
    paper: str = "letter"

    def accomplishments(self) -> list[tuple[str, str]]:
        """(section title, its first sentence) of every section that has a sentence."""
        return [(s.title, s.sentences[0]) for s in self.sections if s.sentences]


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise InvalidInput("language '{value}' is not one of {choices}", value=language, choices=", ".join(LANGUAGES))
    return language


def build_update(conn: sqlite3.Connection, date_from: str, date_to: str, municipalities=(), *,
                 language: str = "en", title: str | None = None, meeting_date: str | None = None,
                 paper: str = "letter", progress: Callable[[int, int], None] | None = None) -> Update:
    """The update for [date_from, date_to] in the municipalities given (none: all)."""
    language = check_language(language)
    if paper not in PAPERS:
        raise InvalidInput("paper '{value}' is not one of {choices}", value=paper, choices=", ".join(PAPERS))
    meeting_date = parse_date(meeting_date, "meeting date") if meeting_date else None
    title = clean_optional(" ".join((title or "").split()), 200, what="title")
    step = progress or (lambda *_: None)
    step(0, 3)
    scope = make_update_scope(conn, date_from, date_to, municipalities)
    step(1, 3)
    sections = build_sections(conn, scope, language)
    step(2, 3)
    project = get_project(conn)
    done, upcoming = [], []
    for item in list_steps(conn):
        if item.done_on is not None and item.done_on <= scope.end:  # done to date, as of the range's end
            done.append(item.text)
        else:
            upcoming.append(item.text)
    subtitle = []
    if meeting_date:
        subtitle.append(word("meeting", language, day=format_day(meeting_date, language, True)))
    subtitle.append(format_range(scope.start, scope.end, language))
    if scope.municipalities:
        subtitle.append(", ".join(scope.municipalities))
    update = Update(language, title or project.name or word("update", language), subtitle, scope, project, sections,
                    done, upcoming, meeting_date, logo_path(conn), paper)
    step(3, 3)
    return update


def update_json(update: Update) -> dict:
    """The `report --format json` summary for the range (same keys, same values), then the update's own."""
    p = update.project
    return {
        **update.scope.figures,
        "municipalities": list(update.scope.municipalities),
        "language": update.language, "title": update.title, "meeting_date": update.meeting_date,
        "project": {"name": p.name, "purpose": p.purpose, "activities": p.activities},
        "sections": [s.as_dict() for s in update.sections],
        "steps_completed": update.steps_done, "next_steps": update.next_steps, "action_items": p.action_items,
    }
