"""The update's sections for trainings and the survey: the same numbers their reports show, and no
section when the range has none."""

import pytest

from outreach_app.core.consultations.organisations import add_organisation
from outreach_app.core.consultations.records import add_consultation, set_cancelled
from outreach_app.core.flyers.drops import record_drop
from outreach_app.core.surveys.importing import import_export
from outreach_app.core.surveys.report import survey_report
from outreach_app.core.trainings.attendance import record_attendance
from outreach_app.core.trainings.ratings import record_form
from outreach_app.core.trainings.sessions import add_training
from outreach_app.core.update.content import build_update
from outreach_app.core.update.outline import outline, page_text

from .survey_helpers import new_survey, write_csv


def _text(update) -> str:
    return "\n".join(text for page in outline(update) for text in page_text(page))


@pytest.fixture
def season(conn, tmp_path):
    police, _ = add_organisation(conn, "Leamington Police", "Police", "Leamington")
    health, _ = add_organisation(conn, "Erie Shores Health", "Health", "Leamington")
    school, _ = add_organisation(conn, "Essex School Board", "Education", "Essex")
    naloxone = add_training(conn, "Naloxone and overdose response", "2025-10-08", "Leamington")
    record_attendance(conn, naloxone, police, 12, 10)
    record_attendance(conn, naloxone, health, 8, 8)
    record_attendance(conn, naloxone, school, 3, 0)
    record_form(conn, naloxone, [(1, 2, 4), (2, 3, 3)])
    record_form(conn, naloxone, [(1, 3, 3)])
    survey = new_survey(conn, closes="2025-10-31")
    record_drop(conn, "library", "Leamington library", 50, "2025-10-01", "Leamington")
    record_drop(conn, "arena", "Essex arena", 40, "2025-09-01", "Essex")
    rows = [["_uuid", "_submission_time", "src"]] + [[f"r{i}", f"2025-10-{2 + i:02d}T12:00:00", "library"]
                                                    for i in range(12)]
    import_export(conn, survey, write_csv(tmp_path / "kobo.csv", rows))
    return survey


def test_trainings_and_survey_sections_say_what_their_reports_say(conn, season):
    update = build_update(conn, "2025-09-01", "2025-10-31")
    sections = {s.key: s for s in update.sections}
    trainings = update.scope.figures["trainings"]
    assert trainings["sessions"] == 1 and trainings["people_trained"] == 18
    assert sections["trainings"].sentences[0].startswith("Delivered 1 training to 18 ")
    assert "Sectors reached: Health, Police" in sections["trainings"].bullets
    assert "Registered but not yet reached: Education" in sections["trainings"].bullets
    report = survey_report(conn, season)
    assert report["responses"] == 12 and report["silent_places"] == ["arena"]
    survey = sections["survey"]
    assert survey.sentences == ["12 survey responses to “Neighbourhood survey” to date (12 complete),"
                                " open until October 31, 2025."]
    assert "Leamington library: 12 survey responses (24 per 100 flyers)" in survey.bullets
    assert any("arena" in line and "restock or move" in line for line in survey.bullets)
    assert sum(survey.chart.values) == 12
    text = _text(update)
    assert "Delivered 1 training" in text and "12 survey responses" in text


def test_french_sections(conn, season):
    text = _text(build_update(conn, "2025-09-01", "2025-10-31", language="fr"))
    assert "12 réponses au sondage" in text and "31 octobre 2025" in text
    assert "Secteurs joints\u00a0: Santé, Police" in text  # known sectors in the update's language


def test_a_range_without_trainings_or_responses_has_neither_section(conn, season):
    update = build_update(conn, "2025-06-01", "2025-08-31")
    assert not {"trainings", "survey", "consultations"} & {s.key for s in update.sections}


def test_consultations_section_counts_what_the_report_counts_and_skips_cancelled(conn, season, tmp_path):
    from outreach_app.core.consultations.responses import add_responses
    from outreach_app.core.consultations.themes import tag_response

    talk = add_consultation(conn, "Newcomer council", "2025-09-10", "Leamington", attendees=46,
                            guide_id=None)
    group = add_consultation(conn, "Service providers", "2025-09-20", "Essex", kind="focus-group", attendees=8)
    dropped = add_consultation(conn, "Rained out", "2025-09-25", "Essex", attendees=30)
    set_cancelled(conn, dropped, True)
    ids = add_responses(conn, talk, 1, ["Lighting at night", "More translators", "Buses after 9"])
    add_responses(conn, group, 1, ["Referral lists"])
    tag_response(conn, ids[0], ["Feeling safe at night"])
    tag_response(conn, ids[2], ["Feeling safe at night", "Transit"])
    update = build_update(conn, "2025-09-01", "2025-10-31")
    figures = update.scope.figures["consultations"]
    assert (figures["consultations"], figures["attendees"], figures["responses"]) == (2, 54, 4)
    section = {s.key: s for s in update.sections}["consultations"]
    assert section.sentences == [f"Held 2 consultations with 54 participants; 4 responses heard,"
                                 f" grouped into {figures['themes']} themes."]
    assert section.bullets == ["Community conversations: 1 (3 responses)", "Focus groups: 1 (1 response)"]
    alone = build_update(conn, "2025-09-01", "2025-09-30", ["Essex"])
    assert {s.key: s for s in alone.sections}["consultations"].sentences == [
        "Held 1 consultation with 8 participants; 1 response heard."]
