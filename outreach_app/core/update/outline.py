"""The update as pages of simple blocks, in order: what the deck shows slide by slide and the Word
and PDF renderings page part by page part, so the three say the same thing in the same order.

A block is ("heading", text), ("paragraph", text), ("bullets", [text, …]),
("columns", [(heading, [text, …]), …]), ("chart", sections.Chart) or ("notes", [text, …]) (small lines
under a chart). A page with nothing to show
is left out (no empty purpose, steps or action-items page)."""

from __future__ import annotations

from dataclasses import dataclass

from .content import Update
from .words import word

BULLETS_PER_SLIDE = 8  # longer lists continue on another slide (deck only)


@dataclass(frozen=True)
class Page:
    key: str  # "title", "purpose", "accomplishments", a section's key, "steps", "action_items", "chart:KEY", "thanks"
    title: str
    blocks: list[tuple]


def outline(update: Update) -> list[Page]:
    """Every page of the update, in order."""
    lang, project = update.language, update.project
    pages = [Page("title", update.title, [("paragraph", line) for line in update.subtitle])]
    blocks = []
    if project.purpose:
        blocks += [("heading", word("purpose", lang))] + [("paragraph", part) for part in project.purpose.split("\n")
                                                           if part.strip()]
    if project.activities:
        blocks += [("heading", word("activities", lang)), ("bullets", list(project.activities))]
    if blocks:
        pages.append(Page("purpose", word("purpose_and_activities", lang), blocks))
    summary = []
    for title, sentence in update.accomplishments():
        summary += [("heading", title), ("paragraph", sentence)]
    if summary:
        pages.append(Page("accomplishments", word("accomplishments", lang), summary))
    for section in update.sections:
        detail = [("paragraph", text) for text in section.sentences[1:]]
        if section.bullets:
            detail.append(("bullets", list(section.bullets)))
        if detail:
            pages.append(Page(section.key, section.title, detail))
    columns = [(word(key, lang), items) for key, items in (("steps_done", update.steps_done),
                                                          ("next_steps", update.next_steps)) if items]
    if columns:
        pages.append(Page("steps", word("steps", lang), [("columns", columns)]))
    if project.action_items:
        pages.append(Page("action_items", word("action_items", lang), [("bullets", list(project.action_items))]))
    for section in update.sections:
        if section.chart is not None and section.chart.values:
            notes = [("notes", list(section.chart.notes))] if section.chart.notes else []
            pages.append(Page(f"chart:{section.key}", section.chart.title, [("chart", section.chart)] + notes))
    pages.append(Page("thanks", word("thanks", lang), [("paragraph", word("thanks_line", lang))]))
    return pages


def page_text(page: Page) -> list[str]:
    """Every text of a page, in order (its title first): for searching and tests."""
    texts = [page.title]
    for kind, value in page.blocks:
        if kind in ("heading", "paragraph"):
            texts.append(value)
        elif kind in ("bullets", "notes"):
            texts += value
        elif kind == "columns":
            for heading, items in value:
                texts += [heading, *items]
        elif kind == "chart":
            texts.append(value.title)
    return texts
