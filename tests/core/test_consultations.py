"""Consultation rules in core: capture, edits, voids, counts per question, guides, invitations."""

import sqlite3

import pytest

from outreach_app.core.consultations import guides, invitations, records, report, responses
from outreach_app.core.consultations.organisations import add_organisation
from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.records import tally
from outreach_app.core.store import migrations
from outreach_app.core.store.database import open_database

from .consultation_helpers import consultation_with_responses


def test_counts_per_question_and_share_per_theme(conn):
    ident, _ = consultation_with_responses(conn)
    data = report.consultation_report(conn, ident)
    assert [q["responses"] for q in data["questions"]] == [5, 2, 0, 0, 0]
    assert data["questions"][0]["themes"] == [{"name": "Safety at night", "count": 2},
                                              {"name": "Belonging", "count": 1}, {"name": "Lighting", "count": 1}]
    assert [(t["name"], t["count"], t["share"]) for t in data["themes"]] == [
        ("Belonging", 2, 28.6), ("Safety at night", 2, 28.6), ("Lighting", 1, 14.3)]
    assert data["attendees"] == 46 and data["kind"] == "conversation"


def test_a_voided_response_counts_nowhere_and_its_void_is_the_ordinary_void(conn):
    ident, ids = consultation_with_responses(conn)
    responses.star_response(conn, ids[0])
    assert tally.void(conn, ids[0])
    data = report.consultation_report(conn, ident)
    assert data["questions"][0]["responses"] == 4
    assert data["questions"][0]["quotes"] == []
    assert [(t["name"], t["count"]) for t in data["themes"]] == [("Belonging", 2), ("Lighting", 1),
                                                                 ("Safety at night", 1)]
    assert not tally.void(conn, ids[0])  # already voided: nothing changes


def test_an_edit_changes_the_text_and_keeps_its_themes(conn):
    ident, ids = consultation_with_responses(conn)
    responses.edit_response(conn, ids[0], "Feeling safe walking home at night", "Table 3")
    edited = responses.get_response(conn, ids[0])
    assert (edited.text, edited.table) == ("Feeling safe walking home at night", "Table 3")
    assert report.consultation_report(conn, ident)["questions"][0]["themes"][0] == {"name": "Safety at night",
                                                                                   "count": 2}


def test_bad_input_is_refused_and_nothing_is_written(conn):
    ident, _ = consultation_with_responses(conn)
    before = conn.execute("SELECT count(*) FROM responses").fetchone()[0]
    with pytest.raises(NotFound):
        responses.add_response(conn, "6f1d3c1e-8a55-4c59-9a2d-0b7e3f1c2a90", 1, "x")
    with pytest.raises(NotFound):
        responses.add_response(conn, ident, 6, "x")  # the guide has five questions
    with pytest.raises(InvalidInput):
        responses.add_responses(conn, ident, 1, ["fine", "   "])  # one empty line: none is written
    with pytest.raises(InvalidInput):
        responses.add_response(conn, ident, 1, "write to me at sam@example.org")
    assert conn.execute("SELECT count(*) FROM responses").fetchone()[0] == before


def test_a_response_goes_through_the_privacy_check(conn):
    from outreach_app.core.errors import PersonalDataFound
    from outreach_app.core.privacy.guard import mask_personal_data

    ident, _ = consultation_with_responses(conn)
    with pytest.raises(PersonalDataFound, match="response holds what looks like a phone number"):
        responses.add_response(conn, ident, 1, "call 519-555-0123 anytime")
    rid = responses.add_response(conn, ident, 1, mask_personal_data("call 519-555-0123 anytime"))
    assert responses.get_response(conn, rid).text == "call [removed] anytime"
    kept = responses.add_response(conn, ident, 1, "the clinic's line 519-555-0123", allow_personal=True)
    assert responses.get_response(conn, kept).text == "the clinic's line 519-555-0123"


def test_pasted_lines_are_one_response_each():
    assert responses.lines_of("- Jobs\r\n\n  Family close by  \n") == ["- Jobs", "Family close by"]


def test_a_guide_used_by_a_consultation_keeps_its_questions_after_an_edit(conn):
    guide = guides.add_guide(conn, "Short", ["One?", ("Two?", "Deux?")])
    ident = records.add_consultation(conn, "Focus", "2025-03-01", "Essex", kind="focus-group", guide_id=guide)
    newer = guides.edit_guide(conn, guide, "Short", ["One?", "Two?", "Three?"])
    assert guides.get_guide(conn, guide).in_use and len(guides.get_guide(conn, guide).questions) == 2
    assert guides.get_guide(conn, newer).version == 2
    assert [g.id for g in guides.list_guides(conn)] == [newer]
    assert len(report.consultation_report(conn, ident)["questions"]) == 2
    assert report.consultation_report(conn, ident, "fr")["questions"][1]["text"] == "Deux?"


def test_the_editor_warns_about_a_repeated_question_and_the_template_is_bilingual(conn):
    assert guides.repeated_questions(["Gaps?", "Barriers?", " gaps ?"]) == [(3, 1)]
    template = guides.get_guide(conn, guides.add_template_guide(conn))
    assert len(template.questions) == 5 and all(q.text_fr for q in template.questions)
    assert guides.repeated_questions([q.text_en for q in template.questions]) == []


def test_invitation_counts_follow_each_organisations_latest_status(conn):
    ident, _ = consultation_with_responses(conn)
    orgs = {name: add_organisation(conn, name, sector)[0] for name, sector in
            (("CMHA", "Health"), ("Police", "Police"), ("YMCA", "Settlement"), ("School board", "Education"))}
    invitations.set_invitation(conn, ident, orgs["CMHA"], "invited", "2019-11-01")
    invitations.set_invitation(conn, ident, orgs["CMHA"], "attended", "2019-12-03")
    invitations.set_invitation(conn, ident, orgs["Police"], "confirmed")
    invitations.set_invitation(conn, ident, orgs["YMCA"], "declined")
    invitations.set_invitation(conn, ident, "School board", "no-answer")
    data = report.consultation_report(conn, ident)
    assert data["invitations"] == {"invited": 4, "confirmed": 2, "declined": 1, "attended": 1, "no_answer": 1}
    assert data["sectors"]["Health"] == {"invited": 1, "confirmed": 1, "declined": 0, "attended": 1, "no_answer": 0}
    assert [i.organisation for i in invitations.not_answered(conn, ident)] == ["School board"]
    assert "Health" not in invitations.sectors_not_heard(conn, ident)
    assert "Police" in invitations.sectors_not_heard(conn, ident)
    history = [i for i in invitations.list_invitations(conn, ident) if i.organisation == "CMHA"][0].history
    assert history == (("2019-11-01", "invited"), ("2019-12-03", "attended"))
    with pytest.raises(InvalidInput):
        invitations.set_invitation(conn, ident, orgs["CMHA"], "maybe")


def test_a_cancelled_consultation_counts_nowhere(conn):
    from outreach_app.core.consultations.heard import consultations_summary

    ident, _ = consultation_with_responses(conn)
    assert consultations_summary(conn, "2019-01-01", "2019-12-31")["responses"] == 7
    records.set_cancelled(conn, ident)
    assert consultations_summary(conn, "2019-01-01", "2019-12-31")["consultations"] == 0


def test_bad_consultation_fields_are_refused_before_anything_is_written(conn):
    with pytest.raises(InvalidInput):
        records.add_consultation(conn, "Focus", "2025-02-30", "Brand new town")
    with pytest.raises(InvalidInput):
        records.add_consultation(conn, "Focus", "2025-02-03", "Essex", kind="party")
    with pytest.raises(InvalidInput):
        records.add_consultation(conn, "Focus", "2025-02-03", "Essex", attendees="-3")
    assert conn.execute("SELECT count(*) FROM consultations").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM municipalities WHERE name = 'Brand new town'").fetchone()[0] == 0


def test_a_database_of_the_previous_version_upgrades(db_path):
    conn = open_database(db_path)
    conn.close()
    raw = sqlite3.connect(db_path)  # as the version with organisations only left it
    raw.execute("DELETE FROM _sqlite_migrations WHERE name = '0002_consultations'")
    for table in ("guides", "guide_questions", "consultations", "invitations", "responses", "response_edits",
                  "themes", "theme_merges", "theme_tags", "quote_stars"):
        raw.execute(f"DROP TABLE {table}")
    raw.execute("DROP TRIGGER voids_mark_consultation_records")
    raw.execute(f"PRAGMA user_version = {migrations.schema_version() - 1}")
    raw.commit()
    raw.close()
    conn = open_database(db_path)
    ident, ids = consultation_with_responses(conn)
    assert tally.void(conn, ids[0])
    assert report.consultation_report(conn, ident)["questions"][0]["responses"] == 4
