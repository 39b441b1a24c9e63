"""Real exports of survey platforms import with their presets: the right responses, ids and dates,
or a clear refusal when the file lacks a column the import needs."""

import pytest

from outreach_app.core.errors import InvalidInput
from outreach_app.core.surveys.importing import import_export
from outreach_app.core.surveys.reading import detect_encoding

from .survey_helpers import DATA, SHARED, database_dump, new_survey, stored, stored_for


def test_qualtrics_current_export_with_three_header_rows(conn):
    survey = new_survey(conn)
    summary = import_export(conn, survey, DATA / "qualtrics-qualtrics-r-sample.csv")
    assert (summary.preset, summary.recognised, summary.rows, summary.new) == ("qualtrics", True, 1, 1)
    assert stored_for(conn, survey, "R_2YPOQ602ER1jkf1") == ("2017-07-18T08:28:48", 1, None)


def test_qualtrics_legacy_export_finds_its_header_on_the_second_row(conn):
    survey = new_survey(conn)
    summary = import_export(conn, survey, DATA / "qualtrics-legacy-v1v10.csv")
    assert (summary.preset, summary.rows) == ("qualtrics", 1)
    assert stored_for(conn, survey, "R_2YPOQ602ER1jkf1") == ("2017-07-18T08:28:48", 1, None)


def test_the_same_response_in_the_legacy_and_current_formats_counts_once(conn):
    survey = new_survey(conn)
    import_export(conn, survey, DATA / "qualtrics-legacy-v1v10.csv")
    again = import_export(conn, survey, DATA / "qualtrics-qualtrics-r-sample.csv")
    assert (again.new, again.known) == (0, 1)


def test_qualtrics_2016_export_with_python_dict_import_ids(conn):
    survey = new_survey(conn)
    summary = import_export(conn, survey, DATA / "qualtrics-insights2016-single-mc.csv")
    assert (summary.preset, summary.rows, summary.new) == ("qualtrics", 5, 5)
    for raw in ("R_862TbryT6hpIAfP", "R_5juoQy4AOxpQtb7", "R_8tXIB6RuuzgLxKB", "R_3R9QbYSBDuBxhe5", "R_eWmiNLb28AJYLyd"):
        assert stored_for(conn, survey, raw) == ("2016-05-27T11:44:08", 1, None)


def test_surveymonkey_export_without_dates_is_refused_naming_the_column(conn):
    survey = new_survey(conn)
    before = database_dump(conn)
    with pytest.raises(InvalidInput) as refused:
        import_export(conn, survey, DATA / "surveymonkey-steak-risk.csv")
    assert "surveymonkey-steak-risk.csv" in str(refused.value) and "'End Date'" in str(refused.value)
    assert database_dump(conn) == before


def test_surveymonkey_export_without_ids_is_refused_naming_the_column(conn):
    survey = new_survey(conn)
    assert detect_encoding(DATA / "surveymonkey-sleeping-alone.csv") == "cp1252"  # one stray non-UTF-8 byte
    with pytest.raises(InvalidInput, match="no survey platform's columns were recognised"):
        import_export(conn, survey, DATA / "surveymonkey-sleeping-alone.csv")
    with pytest.raises(InvalidInput, match="missing column 'Respondent ID'"):
        import_export(conn, survey, DATA / "surveymonkey-sleeping-alone.csv", preset="surveymonkey")
    assert stored(conn, survey) == {}


needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="GPL/AGPL survey exports are not in this checkout")


@needs_shared
def test_limesurvey_export_with_bom_and_quoted_fields(conn):
    survey = new_survey(conn)
    summary = import_export(conn, survey, SHARED / "limesurvey-limonaid-ls5-rdata.csv")
    assert (summary.preset, summary.rows, summary.new, summary.incomplete) == ("limesurvey", 7, 7, 5)
    assert stored_for(conn, survey, "1") == ("2021-09-24T11:39:34", 1, None)
    assert stored_for(conn, survey, "9") == ("2022-03-15T09:56:23", 1, None)
    # an unfinished response has no submission date: its last action's time stands in
    assert stored_for(conn, survey, "4") == ("2021-09-24T11:53:05", 0, None)


@needs_shared
def test_kobotoolbox_xlsx_with_excel_dates_and_a_repeat_group_sheet(conn):
    survey = new_survey(conn)
    summary = import_export(conn, survey, SHARED / "kobo-kobocruncher-sample.xlsx")
    assert (summary.preset, summary.rows, summary.new) == ("kobotoolbox", 5, 5)
    assert stored_for(conn, survey, "48cc75b7-3d86-4c3e-a99b-24b4032b7b9c") == ("2022-05-04T21:28:46", 1, None)


@needs_shared
def test_kobotoolbox_legacy_exports(conn):
    survey = new_survey(conn)
    assert import_export(conn, survey, SHARED / "kobo-kobocat-legacy-repeats.csv").rows == 1
    assert stored_for(conn, survey, "b31c6ac2-b8ca-4180-914f-c844fa10ed3b") == ("2013-02-18T15:54:01", 1, None)
    summary = import_export(conn, survey, SHARED / "kobo-kobocat-legacy-transportation.xlsx")
    assert (summary.rows, summary.new) == (4, 4)
    assert stored_for(conn, survey, "5b2cc313-fc09-437e-8149-fcd32f695d41") == ("2013-02-14T15:37:21", 1, None)
