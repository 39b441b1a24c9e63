"""The newer features' free text goes through the one privacy check (core/privacy/free_text.py): every write
refuses text that looks personal unless allow_personal, the command line says so in one line, and every
text column of their tables is classified (resident text, catalogue, contact details or published service)."""

import pytest

from outreach_app.core.consultations import records, responses, themes
from outreach_app.core.errors import PersonalDataFound
from outreach_app.core.privacy import free_text
from outreach_app.core.surveys.records import add_post
from outreach_app.core.trainings import sessions
from tests.core.consultation_helpers import consultation_with_responses
from tests.core.survey_helpers import new_survey

PERSONAL = "Mrs Zqxtremblay"


def _writes(conn):
    """(what the message names, a write of PERSONAL through that field, its table) for every new free-text field."""
    consultation, ids = consultation_with_responses(conn)
    training = sessions.add_training(conn, "Naloxone", "2025-06-20", "Windsor")
    survey = new_survey(conn)
    return [
        ("consultation title", lambda **a: records.add_consultation(conn, PERSONAL, "2025-06-19", "Windsor", **a)),
        ("place", lambda **a: records.add_consultation(conn, "Talk", "2025-06-19", "Windsor", place=PERSONAL, **a)),
        ("notes", lambda **a: records.edit_consultation(conn, consultation, notes=PERSONAL, **a)),
        ("response", lambda **a: responses.add_responses(conn, consultation, 1, ["fine", PERSONAL], **a)),
        ("response", lambda **a: responses.edit_response(conn, ids[0], PERSONAL, **a)),
        ("theme name", lambda **a: themes.tag_response(conn, ids[0], ["Lighting", PERSONAL], **a)),
        ("theme name", lambda **a: themes.add_theme(conn, consultation, PERSONAL, **a)),
        ("theme name", lambda **a: themes.rename_theme(conn, consultation, "Belonging", PERSONAL, **a)),
        ("training topic", lambda **a: sessions.add_training(conn, PERSONAL, "2025-06-20", "Windsor", **a)),
        ("place", lambda **a: sessions.edit_training(conn, training, place=PERSONAL, **a)),
        ("partner", lambda **a: sessions.edit_training(conn, training, partner=PERSONAL, **a)),
        ("notes", lambda **a: sessions.add_training(conn, "CPR", "2025-06-20", "Windsor", notes=PERSONAL, **a)),
        ("note", lambda **a: add_post(conn, "fb-1", "facebook", "2025-06-20", survey, PERSONAL, **a)),
    ]


def _database_text(conn) -> str:
    return "\n".join(line for line in conn.iterdump())


@pytest.mark.parametrize("index", range(13))
def test_each_new_free_text_field_refuses_personal_text_unless_allowed(conn, index):
    what, write = _writes(conn)[index]
    with pytest.raises(PersonalDataFound) as refused:
        write()
    assert refused.value.values["what"] == what and "Zqxtremblay" not in _database_text(conn)
    write(allow_personal=True)
    assert "Zqxtremblay" in _database_text(conn)


def test_an_edit_does_not_question_text_saved_before(conn):
    consultation = records.add_consultation(conn, "Talk", "2025-06-19", "Windsor", notes=PERSONAL, allow_personal=True)
    assert records.edit_consultation(conn, consultation, attendees=12, notes=PERSONAL).attendees == 12
    training = sessions.add_training(conn, "CPR", "2025-06-20", "Windsor", partner=PERSONAL, allow_personal=True)
    assert sessions.edit_training(conn, training, partner=PERSONAL, capacity=20).capacity == 20


def test_every_new_resident_field_is_listed_and_every_text_column_is_classified(conn):
    for pair in (("responses", "text"), ("response_edits", "text"), ("consultations", "notes"),
                 ("trainings", "notes"), ("survey_posts", "note"), ("themes", "name")):
        assert pair in free_text.RESIDENT_TEXT
    known = (set(free_text.RESIDENT_TEXT) | free_text.PLACE_AND_CATALOGUE_TEXT | free_text.CONTACT_DETAILS
             | free_text.PUBLISHED_SERVICE_TEXT)
    tables = ("consultations", "responses", "response_edits", "themes", "guides", "guide_questions", "trainings",
              "survey_posts", "organisations", "safety_plans", "plan_sections", "plan_steps", "directory_contacts",
              "project", "project_steps")
    not_words = {"id", "name_key", "date", "kind", "status", "updated_at", "created_at", "device_id",
                 "start_time", "done_on", "published", "published_by", "starter_key", "theme_ids", "contact_ids",
                 "language", "activity", "source_tag"}
    unclassified = [(table, column) for table in tables
                    for _, column, kind, *_ in conn.execute(f"PRAGMA table_info({table})")
                    if kind == "TEXT" and not column.endswith("_id") and column not in not_words
                    and (table, column) not in known]
    assert unclassified == []


def test_the_new_commands_offer_allow_personal_and_refuse_in_one_line(db_path, capsys):
    from outreach_app.cli import build_parser, main
    from outreach_app.core.store.database import open_database

    parser = build_parser()
    for argv in (["consultation", "add", "--title", "t", "--date", "d", "--municipality", "m"],
                 ["consultation", "edit", "x"], ["response", "add", "--consultation", "c", "--question", "1",
                                                 "--text", "t"], ["response", "edit", "x", "--text", "t"],
                 ["theme", "tag", "x", "--theme", "t"], ["theme", "add", "--consultation", "c", "--name", "n"],
                 ["theme", "rename", "--consultation", "c", "--from", "a", "--to", "b"],
                 ["training", "add", "--topic", "t", "--date", "d", "--municipality", "m"], ["training", "edit", "x"],
                 ["survey", "post", "add", "--tag", "t", "--channel", "c", "--date", "d"]):
        assert parser.parse_args(argv + ["--allow-personal"]).allow_personal is True, argv
    conn = open_database(db_path)
    consultation, _ = consultation_with_responses(conn)
    conn.close()
    base = ["--db", str(db_path), "response", "add", "--consultation", consultation, "--question", "1", "--text"]
    assert main(base + ["call 519-555-0123"]) != 0
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "response holds what looks like a phone number" in error
    assert "--allow-personal" in error
    assert main(base + ["call 519-555-0123", "--mask"]) == 0
    assert main(base + ["the clinic: 519-555-0123", "--allow-personal"]) == 0
    conn = open_database(db_path)
    texts = [r.text for r in responses.list_responses(conn, consultation)]
    assert texts[-2:] == ["call [removed]", "the clinic: 519-555-0123"]
