"""The one check every write of free text goes through, and which stored text is which.

Outreach counts people and never keeps who they are. Every core function that saves free text a
person typed calls `check_free_text(value, what, allow_personal)` on it first: text that looks like it
identifies someone (guard.find_personal_data) is refused with `PersonalDataFound`, naming the field
and what was found, unless the person said it is not about a resident (the window's "Keep, it is not
about a resident", the command line's `--allow-personal`). Masking is the caller's choice: it passes
`mask_personal_data(text)` instead, and nothing flagged is ever written anywhere.

Three kinds of stored text (docs/privacy.md lists them for users):
- RESIDENT_TEXT: free text where a resident's identity could slip in; always checked.
- PLACE_AND_CATALOGUE_TEXT: names of public places, programmes, laptops and staff, chosen by staff and
  printed on reports and flyers; not checked (a plan called "Building 5 plan" is not a person).
- CONTACT_DETAILS: professional contacts (organisations' directory and stakeholders), the one place
  contact details belong. Never checked, never in reports or default CSVs, and bundles carrying them
  travel encrypted only (sync/export.py). Features append their (table, column) pairs here.
- PUBLISHED_SERVICE_TEXT: safety plans and the directory of services they print (service phone numbers
  and addresses are public); not checked, printed on plans.

Records arriving in a bundle are not checked again: the text was decided on the laptop that wrote it.
"""

from __future__ import annotations

from outreach_app.core.errors import PersonalDataFound
from outreach_app.core.privacy.guard import DWELLING, EMAIL, NAME, PHONE, find_personal_data

# (table, column) -> the name the messages give the field
RESIDENT_TEXT: dict[tuple[str, str], str] = {
    ("events", "name"): "event name",
    ("events", "notes"): "notes",
    ("events", "partners"): "partners",
    ("sites", "name"): "site",
    ("sites", "address"): "address",
    ("voids", "reason"): "reason",
    ("baselines", "note"): "note",
    ("flyer_drops", "place"): "place",
    ("flyer_drops", "note"): "note",
    # consultations: what residents and members said, and the day's own text
    ("responses", "text"): "response",
    ("response_edits", "text"): "response",
    ("consultations", "title"): "consultation title",
    ("consultations", "place"): "place",
    ("consultations", "notes"): "notes",
    ("themes", "name"): "theme name",
    # trainings and survey posts
    ("trainings", "topic"): "training topic",
    ("trainings", "place"): "place",
    ("trainings", "partner"): "partner",
    ("trainings", "notes"): "notes",
    ("survey_posts", "note"): "note",
}

PLACE_AND_CATALOGUE_TEXT: frozenset[tuple[str, str]] = frozenset({
    ("municipalities", "name"), ("plans", "name"), ("plans", "area"), ("plans", "language"),
    ("plans", "short_name"), ("devices", "name"), ("events", "staff_initials"), ("surveys", "name"),
    ("surveys", "url"), ("flyer_drops", "source_tag"),
    # chosen by staff: question guides, labels, kinds of session, organisations' names and sectors
    ("guides", "name"), ("guide_questions", "text_en"), ("guide_questions", "text_fr"), ("consultations", "kind"),
    ("consultations", "lens"), ("consultations", "facilitator_initials"), ("responses", "table_label"),
    ("response_edits", "table_label"), ("trainings", "facilitator_initials"), ("organisations", "name"),
    ("organisations", "sector"), ("survey_posts", "source_tag"), ("survey_posts", "channel"),
    # the working group's own update: its project, purpose, activities, action items and steps
    ("project", "name"), ("project", "purpose"), ("project", "activities"), ("project", "action_items"),
    ("project_steps", "text"),
})

# Published services: the safety plans' text and the directory of services they print (a crisis line's phone
# number, a drop-in centre's address). Public by design, printed on every plan: not checked, not hidden. A
# person's own contact belongs in the organisations' contact_* columns (CONTACT_DETAILS), never here.
PUBLISHED_SERVICE_TEXT: frozenset[tuple[str, str]] = frozenset({
    ("safety_plans", "area"), ("safety_plans", "postal_areas"), ("safety_plans", "url"),
    ("safety_plans", "partners"), ("plan_sections", "title"), ("plan_steps", "text"),
    ("directory_contacts", "service"), ("directory_contacts", "phone"), ("directory_contacts", "hours"),
    ("directory_contacts", "address"), ("directory_contacts", "web"), ("directory_contacts", "areas"),
    ("plan_versions", "content"),
})

CONTACT_DETAILS: set[tuple[str, str]] = {
    ("organisations", "contact_role"), ("organisations", "contact_name"),
    ("organisations", "contact_email"), ("organisations", "contact_phone"),
}

KIND_WORDS = {EMAIL: "an email address", PHONE: "a phone number", DWELLING: "an apartment or unit number",
              NAME: "a person's name"}


def check_free_text(value: str | None, what: str, allow_personal: bool = False) -> str | None:
    """value as it is, or PersonalDataFound naming `what` and the first part that looks personal.
    allow_personal: the person confirmed the text is not about a resident."""
    if allow_personal or not value:
        return value
    findings = find_personal_data(value)
    if not findings:
        return value
    first = findings[0]
    raise PersonalDataFound("{what} holds what looks like {kind} ('{found}'); Outreach keeps no resident's identity",
                            what=what, kind=KIND_WORDS[first.kind], found=first.text)


def check_fields(values: dict, names: dict[str, str], allow_personal: bool = False) -> None:
    """check_free_text on each of values' keys that `names` knows (key -> what the messages call it)."""
    for key, what in names.items():
        if key in values:
            check_free_text(values[key], what, allow_personal)


def contact_columns(table: str) -> set[str]:
    """The columns of table that hold professional contact details (CONTACT_DETAILS)."""
    return {column for name, column in CONTACT_DETAILS if name == table}
