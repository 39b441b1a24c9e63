"""The personal-data guard flags what could identify a resident, and leaves ordinary notes alone."""

import pytest

from outreach_app.core.privacy.guard import (
    DWELLING, EMAIL, MASK, NAME, PHONE, find_personal_data, looks_personal, mask_personal_data,
)

FLAGGED = [
    ("call her at 519-555-0123 tomorrow", PHONE, "519-555-0123"),
    ("(519) 555 0123", PHONE, "(519) 555 0123"),
    ("+1 519.555.0123 ext. 12", PHONE, "+1 519.555.0123 ext. 12"),
    ("numéro 5195550123", PHONE, "5195550123"),
    ("local 555-0123", PHONE, "555-0123"),
    ("joindre au +33 1 42 68 53 00", PHONE, "+33 1 42 68 53 00"),
    ("write to jane.doe+x@example.org please", EMAIL, "jane.doe+x@example.org"),
    ("courriel : marc_roy@courriel.qc.ca", EMAIL, "marc_roy@courriel.qc.ca"),
    ("lives in Apt 4B", DWELLING, "Apt 4B"),
    ("unit 12 had questions", DWELLING, "unit 12"),
    ("app. 3, rue Principale", DWELLING, "app. 3"),
    ("logement 207", DWELLING, "logement 207"),
    ("door #305", DWELLING, "#305"),
    ("spoke with Mrs Tremblay", NAME, "Mrs Tremblay"),
    ("Dr. Patel came", NAME, "Dr. Patel"),
    ("Mme Roy a demandé", NAME, "Mme Roy"),
    ("M. Gagnon est venu", NAME, "M. Gagnon"),
    ("resident John Smith asked for two", NAME, "John Smith"),
    ("client: Ana wanted more", NAME, "Ana"),
    ("la résidente Sophie a demandé", NAME, "Sophie"),
    ("locataire nommé Marc", NAME, "Marc"),
]

NOT_FLAGGED = [
    "Building 5", "Route 3", "Highway 401 exit", "2025-10-07", "from 2025-06-19 to 2025-09-22",
    "10:42 to 14:00", "1,000,000", "1 420 plans", "257 safety plans", "N8X 1A1", "Glengarry community BBQ",
    "Resident Council meeting", "resident feedback was good", "residents asked about naloxone",
    "Bâtiment 5", "route 3 nord", "table 4", "group 2", "Windsor-Essex", "2025-2026 season",
    "96% felt more confident", "Lot 12 parking", "room 101 at the library",
]


@pytest.mark.parametrize("text,kind,part", FLAGGED)
def test_flags_personal_data(text, kind, part):
    findings = find_personal_data(text)
    assert [(f.kind, f.text) for f in findings] == [(kind, part)]
    assert looks_personal(text)


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_leaves_ordinary_text_alone(text):
    assert find_personal_data(text) == []
    assert mask_personal_data(text) == text


def test_masking_replaces_each_flagged_part_and_keeps_the_rest():
    text = "Mrs Tremblay (Apt 4B) asked to be called at 519-555-0123 or jt@example.com; two plans given"
    masked = mask_personal_data(text)
    assert masked == f"{MASK} ({MASK}) asked to be called at {MASK} or {MASK}; two plans given"
    assert find_personal_data(masked) == []


def test_empty_values_pass_through():
    assert find_personal_data(None) == [] and find_personal_data("") == []
    assert mask_personal_data(None) is None and mask_personal_data("") == ""
