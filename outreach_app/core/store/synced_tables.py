"""Which tables travel in sync bundles, and how each merges (docs/design.md, "How merges converge, and why").

- "fact": insert-only; import is INSERT OR IGNORE by id (tally entries, voids, baselines, drops…).
- "editable": last writer wins, compared by (hlc, device_id); the row with the larger pair is kept.

`columns` are the exported columns. Local-only columns (`rev`, the derived `voided` flag) never
travel. A column added to a table after bundles were first written goes at the end of `columns` and
is named in `added` (oldest first): a bundle from an older version, without it, still imports. Features that add tables register them here so export and import carry them.
"""

from __future__ import annotations

from dataclasses import dataclass

_EDITABLE_TAIL = ("hlc", "updated_at", "device_id")


@dataclass(frozen=True)
class SyncedTable:
    name: str
    kind: str  # "fact" or "editable"
    columns: tuple[str, ...]
    added: tuple[str, ...] = ()

    def older_columns(self) -> list[list[str]]:
        """The column lists older versions wrote for this table (each without the later additions)."""
        return [list(self.columns[:len(self.columns) - k]) for k in range(1, len(self.added) + 1)]


SYNCED_TABLES: list[SyncedTable] = [
    SyncedTable("devices", "editable", ("id", "name") + _EDITABLE_TAIL),
    SyncedTable("municipalities", "editable", ("id", "name", "name_key") + _EDITABLE_TAIL + ("active",),
                added=("active",)),
    SyncedTable("sites", "editable", ("id", "name", "name_key", "municipality_id", "address") + _EDITABLE_TAIL),
    SyncedTable("plans", "editable", ("id", "name", "name_key", "area", "language", "active") + _EDITABLE_TAIL
                + ("short_name",), added=("short_name",)),
    SyncedTable("events", "editable", ("id", "name", "date", "start_time", "end_time", "site_id", "municipality_id",
                                       "partners", "staff_initials", "notes", "cancelled", "created_device_id")
                + _EDITABLE_TAIL),
    SyncedTable("surveys", "editable", ("id", "name", "url", "closes", "municipality_id") + _EDITABLE_TAIL),
    SyncedTable("tally_entries", "fact", ("id", "event_id", "kind", "plan_id", "answer", "quantity", "source",
                                          "created_at", "device_id", "hlc", "batch_id", "plan_version"),
                added=("batch_id", "plan_version")),
    SyncedTable("voids", "fact", ("id", "target_id", "reason", "created_at", "device_id", "hlc")),
    SyncedTable("baselines", "fact", ("id", "date", "plans", "municipality_id", "note", "created_at", "device_id", "hlc")),
    SyncedTable("flyer_drops", "fact", ("id", "source_tag", "place", "count", "date", "municipality_id", "note",
                                        "created_at", "device_id", "hlc")),
    SyncedTable("organisations", "editable", ("id", "name", "name_key", "sector", "municipality_id", "contact_role",
                                              "contact_name", "contact_email", "contact_phone") + _EDITABLE_TAIL),
    SyncedTable("survey_posts", "fact", ("id", "source_tag", "channel", "date", "survey_id", "note",
                                         "created_at", "device_id", "hlc")),
    SyncedTable("survey_responses", "fact", ("id", "survey_id", "response_key", "submitted", "complete",
                                             "source_tag", "answers", "created_at", "device_id", "hlc")),
    SyncedTable("purges", "fact", ("id", "target_table", "target_id", "created_at", "device_id", "hlc")),
    SyncedTable("project", "editable", ("id", "name", "purpose", "activities", "action_items", "created_device_id")
                + _EDITABLE_TAIL),
    SyncedTable("project_steps", "editable", ("id", "text", "done_on", "activity", "removed", "created_at",
                                              "created_device_id") + _EDITABLE_TAIL),
    SyncedTable("trainings", "editable", ("id", "topic", "date", "start_time", "place", "municipality_id", "partner",
                                          "facilitator_initials", "capacity", "notes", "cancelled", "created_device_id")
                + _EDITABLE_TAIL),
    SyncedTable("training_attendance", "fact", ("id", "training_id", "organisation_id", "registered", "attended",
                                                "created_at", "device_id", "hlc")),
    SyncedTable("training_ratings", "fact", ("id", "training_id", "participant_id", "statement", "before", "after",
                                             "created_at", "device_id", "hlc")),
    # safety plans (core/plans): drafts and the directory are editable; published versions are facts
    SyncedTable("safety_plans", "editable", ("id", "area", "municipality_id", "postal_areas", "language",
                                             "original_id", "url", "partners") + _EDITABLE_TAIL),
    SyncedTable("plan_sections", "editable", ("id", "plan_id", "position", "title", "starter_key", "theme_ids",
                                              "removed") + _EDITABLE_TAIL),
    SyncedTable("plan_steps", "editable", ("id", "section_id", "position", "text", "contact_ids", "starter_key",
                                           "removed") + _EDITABLE_TAIL),
    SyncedTable("directory_contacts", "editable", ("id", "organisation_id", "service", "phone", "hours", "address",
                                                   "web", "emergency", "areas") + _EDITABLE_TAIL),
    SyncedTable("plan_versions", "fact", ("id", "plan_id", "version", "published", "published_by", "content",
                                          "created_at", "device_id", "hlc")),
    SyncedTable("guides", "fact", ("id", "family_id", "version", "name", "created_at", "device_id", "hlc")),
    SyncedTable("guide_questions", "fact", ("id", "guide_id", "number", "text_en", "text_fr", "created_at", "device_id",
                                            "hlc")),
    SyncedTable("consultations", "editable", ("id", "title", "kind", "date", "place", "municipality_id",
                                              "organisation_id", "facilitator_initials", "lens", "attendees", "guide_id",
                                              "notes", "cancelled", "created_device_id") + _EDITABLE_TAIL),
    SyncedTable("invitations", "fact", ("id", "consultation_id", "organisation_id", "status", "date", "created_at",
                                        "device_id", "hlc")),
    SyncedTable("responses", "fact", ("id", "consultation_id", "question_number", "text", "table_label", "created_at",
                                      "device_id", "hlc")),
    SyncedTable("response_edits", "fact", ("id", "response_id", "text", "table_label", "created_at", "device_id",
                                           "hlc")),
    SyncedTable("themes", "editable", ("id", "consultation_id", "name", "name_key", "parent_id") + _EDITABLE_TAIL),
    SyncedTable("theme_merges", "fact", ("id", "consultation_id", "from_theme_id", "into_theme_id", "created_at",
                                         "device_id", "hlc")),
    SyncedTable("theme_tags", "fact", ("id", "response_id", "theme_id", "created_at", "device_id", "hlc")),
    SyncedTable("quote_stars", "fact", ("id", "response_id", "created_at", "device_id", "hlc")),
]


def synced_table(name: str) -> SyncedTable:
    for table in SYNCED_TABLES:
        if table.name == name:
            return table
    raise KeyError(name)
