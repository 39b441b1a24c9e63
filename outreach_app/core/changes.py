"""What a write changed, as a small typed set of flags, so every face refreshes only what it shows.

A core function that writes declares what it may change with `@writes(Change.X)`; a write whose effect
depends on its input (an import) returns a result with a `changes` attribute instead. The window's
call_core reads either after a successful call and tells every screen once (Anki's OpChanges habit).
"""

from __future__ import annotations

import enum
from typing import Callable, Iterable, TypeVar


class Change(enum.Flag):
    """One flag per kind of data a screen shows."""

    EVENTS = enum.auto()        # events added, edited, cancelled
    ENTRIES = enum.auto()       # tally entries and their voids (counters, reports)
    CATALOGUE = enum.auto()     # plans, municipalities and sites (names known by key)
    BASELINES = enum.auto()     # plans handed out before the app was used
    FLYER_DROPS = enum.auto()   # where flyers were left, and their voids
    DEVICES = enum.auto()       # this and other installations: names, keys
    SETTINGS = enum.auto()      # this laptop's settings (home municipality, backup folder…)
    SYNC = enum.auto()          # the export and import ledger
    DATABASE = enum.auto()      # the file itself was replaced or another one opened: everything
    ORGANISATIONS = enum.auto()  # organisations (stakeholders) and their sectors and contacts
    SURVEYS = enum.auto()       # saved surveys, their posts and imported responses
    PROJECT = enum.auto()       # the project page's texts and steps (the working-group update)
    TRAININGS = enum.auto()     # trainings, their attendance by organisation and before/after ratings
    SAFETY_PLANS = enum.auto()  # safety plans: drafts, sections, steps, directory contacts, versions
    CONSULTATIONS = enum.auto()  # guides, consultations, invitations, responses, themes, quotes

    @classmethod
    def everything(cls) -> "Change":
        return ~cls(0)


# which flag an imported record of each synced table raises
_OF_TABLE = {
    "events": Change.EVENTS,
    "tally_entries": Change.ENTRIES,
    "voids": Change.ENTRIES | Change.FLYER_DROPS | Change.SURVEYS | Change.TRAININGS | Change.CONSULTATIONS,
    "plans": Change.CATALOGUE,
    "municipalities": Change.CATALOGUE,
    "sites": Change.CATALOGUE,
    "baselines": Change.BASELINES,
    "flyer_drops": Change.FLYER_DROPS,
    "devices": Change.DEVICES,
    "organisations": Change.ORGANISATIONS,
    "surveys": Change.SURVEYS,
    "survey_posts": Change.SURVEYS,
    "survey_responses": Change.SURVEYS,
    "purges": Change.EVENTS | Change.ENTRIES | Change.BASELINES | Change.FLYER_DROPS,
    "project": Change.PROJECT,
    "project_steps": Change.PROJECT,
    "trainings": Change.TRAININGS,
    "training_attendance": Change.TRAININGS,
    "training_ratings": Change.TRAININGS,
    "safety_plans": Change.SAFETY_PLANS,
    "plan_sections": Change.SAFETY_PLANS,
    "plan_steps": Change.SAFETY_PLANS,
    "directory_contacts": Change.SAFETY_PLANS,
    "plan_versions": Change.SAFETY_PLANS | Change.CATALOGUE,
    **{t: Change.CONSULTATIONS for t in ("guides", "guide_questions", "consultations", "invitations", "responses",
                                          "response_edits", "themes", "theme_merges", "theme_tags", "quote_stars")},
}


def changes_of_tables(tables: Iterable[str]) -> Change:
    """The flags for records written into these synced tables (an import); SYNC always."""
    found = Change.SYNC
    for table in tables:
        found |= _OF_TABLE.get(table, Change.everything())  # a table not listed here: refresh everything
    return found


F = TypeVar("F", bound=Callable)


def writes(changes: Change) -> Callable[[F], F]:
    """Declare what a core write function may change (read by the window after it returns)."""
    def declare(function: F) -> F:
        function.changes = changes
        return function
    return declare


def changes_made(function: Callable, result) -> Change:
    """What a successful call changed: its result's own `changes`, else the function's declaration."""
    found = getattr(result, "changes", None)
    if isinstance(found, Change):
        return found
    return getattr(function, "changes", Change(0))
