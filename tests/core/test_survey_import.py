"""Importing exports made the way Google Forms, Microsoft Forms and SurveyMonkey write them: presets,
encodings, delimiters, Excel serials, re-imports, refusals with nothing written, and privacy."""

import pytest

from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.surveys.importing import import_export
from outreach_app.core.surveys.plan import saved_mapping

from .survey_helpers import database_dump, new_survey, stored, stored_for, write_csv

GOOGLE_HEADER = ["Timestamp", "Where did you find this survey?", "Your neighbourhood", "Anything else?"]


def google_rows(count: int) -> list[list]:
    return [GOOGLE_HEADER] + [[f"2025/10/{1 + i % 28:02d} {1 + i % 11}:0{i % 10}:00 PM GMT-4",
                               ["library", "arena", ""][i % 3], ["North", "South"][i % 2], f"comment {i}"]
                              for i in range(count)]


def test_google_forms_ids_are_derived_and_stable_across_a_grown_export(conn, tmp_path):
    survey = new_survey(conn)
    mapping = {"source": "Where did you find this survey?"}
    first = import_export(conn, survey, write_csv(tmp_path / "g1.csv", google_rows(30)), mapping=mapping,
                          preset="google-forms")
    assert (first.new, first.known, first.derived_ids, first.without_source) == (30, 0, True, 10)
    assert "derived" in "\n".join(first.lines())
    grown = import_export(conn, survey, write_csv(tmp_path / "g2.csv", google_rows(45)), mapping=mapping,
                          preset="google-forms")
    assert (grown.new, grown.known, grown.rows) == (15, 30, 45)
    assert len(stored(conn, survey)) == 45
    assert stored_for(conn, survey, "\x1f".join(google_rows(1)[1])) == ("2025-10-01T13:00:00", 1, "library")


def test_a_question_added_to_the_form_later_keeps_older_responses_known(conn, tmp_path):
    survey = new_survey(conn)
    import_export(conn, survey, write_csv(tmp_path / "g1.csv", google_rows(5)))
    widened = [row + ([""] if i else ["A new question"]) for i, row in enumerate(google_rows(5))]
    again = import_export(conn, survey, write_csv(tmp_path / "g2.csv", widened))
    assert (again.new, again.known) == (0, 5)


def test_microsoft_forms_export_keeps_no_email_or_name(conn, db_path, tmp_path):
    survey = new_survey(conn)
    rows = [["ID", "Start time", "Completion time", "Email", "Name", "src", "What would make you feel safer?"],
            ["1", "10/7/2025 9:01:02", "10/7/2025 9:03:04", "anonymous", "", "library",
             "Better lighting on Ouellette Avenue near my house"],
            ["2", "10/15/2025 14:00:00", "10/15/2025 14:05:00", "jane.roe@example.com", "Jane Roe", "ARENA ",
             "Call me at 519-555-0199 about this"]]
    summary = import_export(conn, survey, write_csv(tmp_path / "ms.csv", rows))
    assert (summary.preset, summary.new, summary.date_order) == ("microsoft-forms", 2, "mdy")
    assert stored_for(conn, survey, "2") == ("2025-10-15T14:05:00", 1, "ARENA")
    data = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    for planted in (b"Better lighting on Ouellette", b"jane.roe@example.com", b"Jane Roe", b"519-555-0199"):
        assert planted not in data


def test_free_text_and_emails_are_never_in_the_database_file(conn, db_path, tmp_path):
    survey = new_survey(conn)
    sentence = "I walk my dog past the old mill every night at nine"
    rows = [["Respondent ID", "End Date", "Custom Data 1", "Tell us more", "Email Address", "Neighbourhood"],
            ["", "", "", "Open-Ended Response", "", "Response"],
            ["1001", "10/07/2025 03:04:05 PM", "library", sentence, "pat@example.org", "North"],
            ["1002", "10/08/2025 11:00:00 AM", "pat@example.org", "", "", "South"]]
    summary = import_export(conn, survey, write_csv(tmp_path / "sm.csv", rows), answer_columns=["Neighbourhood"])
    assert (summary.preset, summary.rows, summary.new) == ("surveymonkey", 2, 2)
    assert stored_for(conn, survey, "1002")[2] == "?"  # an email typed where the tag goes: unknown, not kept
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    assert sentence.encode() not in data and b"pat@example.org" not in data and b"1001" not in data
    assert '"North"'.encode() in data  # the chosen closed answer is kept
    from outreach_app.core.surveys.report import survey_report

    assert survey_report(conn, survey)["answers"] == {"Neighbourhood": {"North": 1, "South": 1}}


def test_a_chosen_column_holding_emails_or_free_text_refuses_the_file(conn, tmp_path):
    survey = new_survey(conn)
    rows = [["Timestamp", "Email"], ["2025-10-07 10:00:00", "pat@example.org"]]
    before = database_dump(conn)
    with pytest.raises(InvalidInput, match=r"e\.csv: row 2: column 'Email' holds free text"):
        import_export(conn, survey, write_csv(tmp_path / "e.csv", rows), answer_columns=["Email"])
    assert database_dump(conn) == before


def test_missing_column_is_refused_with_the_database_unchanged(conn, tmp_path):
    survey = new_survey(conn)
    import_export(conn, survey, write_csv(tmp_path / "ok.csv", google_rows(3)))
    before = database_dump(conn)
    rows = [["Response ID", "Started"], ["1", "2025-10-07 10:00:00"]]
    with pytest.raises(InvalidInput) as refused:
        import_export(conn, survey, write_csv(tmp_path / "bad.csv", rows),
                      mapping={"id": "Response ID", "submitted": "Submitted"})
    assert "bad.csv" in str(refused.value) and "'Submitted'" in str(refused.value)
    with pytest.raises(InvalidInput, match="missing column 'End Date'"):
        import_export(conn, survey, write_csv(tmp_path / "sm.csv", [["Respondent ID", "Q1"], ["5", "x"]]))
    assert database_dump(conn) == before


def test_a_malformed_row_refuses_the_whole_file_naming_the_row(conn, tmp_path):
    survey = new_survey(conn)
    rows = [["_uuid", "_submission_time"]] + [[f"u{i}", f"2025-10-0{1 + i % 9}T10:00:00"] for i in range(6)]
    rows[5][1] = "next Tuesday"
    before = database_dump(conn)
    with pytest.raises(InvalidInput, match=r"kobo\.csv: row 6: 'next Tuesday' in column '_submission_time'"):
        import_export(conn, survey, write_csv(tmp_path / "kobo.csv", rows))
    rows[5][1] = "2025-10-05T10:00:00"
    rows[3] = ["u2"]
    with pytest.raises(InvalidInput, match=r"row 4 has 1 columns"):
        import_export(conn, survey, write_csv(tmp_path / "kobo.csv", rows))
    assert database_dump(conn) == before


def test_encodings_and_delimiters_are_detected(conn, tmp_path):
    survey = new_survey(conn)
    rows = [["Respondent ID", "End Date", "src", "Quartier"], ["1", "2025-10-07 10:00:00", "bibliothèque", "Centre"],
            ["2", "2025-10-08 10:00:00", "café", "Est"]]
    for number, (encoding, delimiter) in enumerate((("utf-16", "\t"), ("cp1252", ";"), ("utf-8-sig", ","))):
        rows[1][0], rows[2][0] = f"{number}a", f"{number}b"
        summary = import_export(conn, survey, write_csv(tmp_path / f"e{number}.csv", rows, encoding, delimiter))
        assert summary.new == 2
        assert stored_for(conn, survey, f"{number}a")[2] == "bibliothèque"


def test_excel_serial_dates_in_a_workbook_and_day_first_slashed_dates(conn, tmp_path):
    import openpyxl

    survey = new_survey(conn)
    book = openpyxl.Workbook()
    book.active.append(["ID", "Completion time", "source"])
    book.active.append(["7", 45937.5, "library"])  # a General-format serial: 2025-10-07 12:00
    book.save(tmp_path / "forms.xlsx")
    assert import_export(conn, survey, tmp_path / "forms.xlsx").new == 1
    assert stored_for(conn, survey, "7") == ("2025-10-07T12:00:00", 1, "library")
    rows = [["ID", "Completion time"], ["8", "07/10/2025 09:00"], ["9", "25/10/2025 09:00"]]
    summary = import_export(conn, survey, write_csv(tmp_path / "dmy.csv", rows))
    assert summary.date_order == "dmy"
    assert stored_for(conn, survey, "8")[0] == "2025-10-07T09:00:00"


def test_a_complete_column_reads_yes_true_1_and_complete_as_complete(conn, tmp_path):
    survey = new_survey(conn)
    rows = [["rid", "when", "done"]] + [[str(i), "2025-10-07 10:00:00", word]
                                        for i, word in enumerate(["1", "TRUE", "yes", "Complete", "0", "no", ""])]
    summary = import_export(conn, survey, write_csv(tmp_path / "m.csv", rows),
                            mapping={"id": "rid", "submitted": "when", "complete": "done"})
    assert (summary.rows, summary.incomplete) == (7, 3)
    assert sorted(v[1] for v in stored(conn, survey).values()) == [0, 0, 0, 1, 1, 1, 1]


def test_the_mapping_is_remembered_for_the_next_import_of_the_survey(conn, tmp_path):
    survey = new_survey(conn)
    rows = [["rid", "when", "tag"], ["1", "2025-10-07 10:00:00", "library"]]
    import_export(conn, survey, write_csv(tmp_path / "a.csv", rows),
                  mapping={"id": "rid", "submitted": "when", "source": "tag"})
    assert saved_mapping(conn, survey)["mapping"] == {"id": "rid", "submitted": "when", "source": "tag"}
    rows.append(["2", "2025-10-08 10:00:00", "arena"])
    again = import_export(conn, survey, write_csv(tmp_path / "b.csv", rows))
    assert (again.new, again.known) == (1, 1)
    with pytest.raises(InvalidInput, match="no survey platform's columns"):
        import_export(conn, new_survey(conn, name="Other"), write_csv(tmp_path / "b.csv", rows))


def test_a_response_finished_after_the_last_import_becomes_complete_once(conn, tmp_path):
    survey = new_survey(conn)
    rows = [["id", "submitdate", "datestamp"], ["1", "", "2025-10-07 10:00:00"]]
    first = import_export(conn, survey, write_csv(tmp_path / "l1.csv", rows))
    assert (first.preset, first.incomplete) == ("limesurvey", 1)
    rows[1][1] = "2025-10-09 08:00:00"
    again = import_export(conn, survey, write_csv(tmp_path / "l2.csv", rows))
    assert (again.new, again.known, again.became_complete) == (0, 1, 1)
    from outreach_app.core.surveys.report import survey_report

    report = survey_report(conn, survey)
    assert (report["responses"], report["complete"], report["first"]) == (1, 1, "2025-10-09")


def test_unknown_survey_and_unknown_preset_are_refused(conn, tmp_path):
    path = write_csv(tmp_path / "g.csv", google_rows(1))
    with pytest.raises(NotFound):
        import_export(conn, "not-an-id", path)
    with pytest.raises(InvalidInput, match="unknown preset 'typeform'"):
        import_export(conn, new_survey(conn), path, preset="typeform")
    with pytest.raises(InvalidInput, match="no such file"):
        import_export(conn, new_survey(conn), tmp_path / "missing.csv")


@pytest.mark.parametrize("content", [b"\x00\x01\x02binary", b"PK\x03\x04garbage", b"\xff\xfe\x00"])
def test_a_damaged_or_binary_file_is_refused_in_one_line_naming_it(conn, tmp_path, content):
    survey = new_survey(conn)
    path = tmp_path / "damaged.csv"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match="^damaged.csv: "):
        import_export(conn, survey, path)
    assert conn.execute("SELECT count(*) FROM survey_responses").fetchone() == (0,)


def test_a_day_first_file_stays_day_first_when_its_new_rows_are_ambiguous(conn, tmp_path):
    survey = new_survey(conn)
    rows = [["ID", "Completion time"], ["1", "25/10/2025 09:00"]]
    assert import_export(conn, survey, write_csv(tmp_path / "a.csv", rows)).date_order == "dmy"
    rows.append(["2", "07/11/2025 09:00"])
    again = import_export(conn, survey, write_csv(tmp_path / "b.csv", rows))
    assert (again.new, again.known, again.date_order) == (1, 1, "dmy")
    assert stored_for(conn, survey, "2")[0] == "2025-11-07T09:00:00"


def test_a_malformed_first_response_is_refused_not_taken_for_a_label_row(conn, tmp_path):
    survey = new_survey(conn)
    with pytest.raises(InvalidInput, match=r"sm\.csv: row 2: 'someday'"):
        import_export(conn, survey, write_csv(tmp_path / "sm.csv", [["Respondent ID", "End Date"], ["1", "someday"]]))
    rows = [["ResponseId", "RecordedDate"], ["Response ID", "Recorded Date"], ["R_1", "soon"]]
    with pytest.raises(InvalidInput, match=r"q\.csv: row 3: 'soon'"):
        import_export(conn, survey, write_csv(tmp_path / "q.csv", rows))


def test_a_persons_mapping_without_a_time_column_says_so(conn, tmp_path):
    survey = new_survey(conn)
    path = write_csv(tmp_path / "other.csv", [["Ref", "Sent at"], ["a", "2025-10-07 10:00:00"]])
    with pytest.raises(InvalidInput, match="other.csv: no column was chosen for the submission time"):
        import_export(conn, survey, path, mapping={})
    summary = import_export(conn, survey, path, mapping={"submitted": "Sent at"})
    assert (summary.new, summary.derived_ids) == (1, True)


def test_dotted_dates_are_day_first_and_a_long_free_text_cell_is_read_not_kept(conn, db_path, tmp_path):
    survey = new_survey(conn)
    essay = "word " * 60_000  # 300 KB in one cell: more than csv's default field limit
    rows = [["ID", "Completion time", "Story"], ["1", "07.10.2025 09:00", essay]]
    summary = import_export(conn, survey, write_csv(tmp_path / "dots.csv", rows))
    assert (summary.new, summary.date_order) == (1, "dmy")
    assert stored_for(conn, survey, "1")[0] == "2025-10-07T09:00:00"


@pytest.mark.parametrize("cell, tag", [
    (" Library ", "Library"), ("", None), ("   ", None), ("fb-2025-10-07", "fb-2025-10-07"),
    ("https://example.org/s?lang=en&src=arena&x=1", "arena"), ("src=pool", "pool"),
    ("https://example.org/s?lang=en", "?"), ("pat@example.org", "?"), ("519-555-0199", "?"),
    ("the library on main", "?"), ("bibliothe\u0300que", "bibliothèque"),
])
def test_source_cells_are_read_as_tags_or_counted_unknown_never_kept_as_typed(cell, tag):
    from outreach_app.core.surveys.sources import clean_source

    assert clean_source(cell) == tag
