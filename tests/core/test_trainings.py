"""Trainings: sessions, attendance by organisation, before/after ratings and their figures (no Qt)."""

import pytest

from outreach_app.core.consultations.organisations import add_organisation
from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.records.tally import void
from outreach_app.core.trainings import attendance, ratings, sessions
from outreach_app.core.trainings.figures import mean, trainings_summary
from outreach_app.core.trainings.words import trainings_sentence


def _training(conn, date="2026-03-10", **options):
    return sessions.add_training(conn, "Naloxone and overdose response", date, "Leamington", **options)


def _orgs(conn):
    police, _ = add_organisation(conn, "Leamington OPP", "Police")
    ems, _ = add_organisation(conn, "Essex-Windsor EMS", "Paramedic services")
    school, _ = add_organisation(conn, "Leamington District Secondary", "Education")
    return police, ems, school


def test_people_organisations_and_sectors_reached_and_sectors_registered_but_not_reached(conn):
    police, ems, school = _orgs(conn)
    first, second = _training(conn), _training(conn, "2026-04-02")
    attendance.record_attendance(conn, first, police, 12, 10)
    attendance.record_attendance(conn, first, school, 5, 0)  # registered, nobody came
    attendance.record_attendance(conn, second, ems, 8, 8)
    attendance.record_attendance(conn, second, "leamington opp", 4, 3)  # by name, any case
    figures = trainings_summary(conn, "2026-01-01", "2026-12-31")
    assert (figures["sessions"], figures["people_trained"], figures["organisations_reached"]) == (2, 21, 2)
    assert figures["sectors_reached"] == 2
    assert figures["sectors_reached_names"] == ["Paramedic services", "Police"]
    assert figures["sectors_not_reached"] == ["Education"]
    assert figures["by_sector"]["Police"] == {"organisations": 1, "registered": 16, "attended": 13}


def test_a_later_row_for_the_same_organisation_replaces_the_earlier_and_a_void_brings_it_back(conn):
    police, _, _ = _orgs(conn)
    training = _training(conn)
    attendance.record_attendance(conn, training, police, 10, 9)
    correction = attendance.record_attendance(conn, training, police, 10, 7)
    assert [a.attended for a in attendance.list_attendance(conn, training)] == [7]
    assert trainings_summary(conn, None, None)["people_trained"] == 7
    void(conn, correction)
    assert trainings_summary(conn, None, None)["people_trained"] == 9


def test_cancelled_trainings_count_nowhere(conn):
    police, _, _ = _orgs(conn)
    training = _training(conn)
    attendance.record_attendance(conn, training, police, 10, 9)
    ratings.record_form(conn, training, [(1, 2, 4)])
    sessions.set_training_cancelled(conn, training)
    figures = trainings_summary(conn, "2026-01-01", "2026-12-31")
    assert (figures["sessions"], figures["people_trained"], figures["percent_improved"]) == (0, 0, None)
    assert trainings_sentence(figures) is None
    sessions.set_training_cancelled(conn, training, False)
    assert trainings_summary(conn, "2026-01-01", "2026-12-31")["sessions"] == 1


def test_attended_above_registered_is_refused_unless_confirmed_and_nothing_is_written(conn):
    police, _, _ = _orgs(conn)
    training = _training(conn)
    with pytest.raises(InvalidInput, match="12 attended is more than the 10 registered"):
        attendance.record_attendance(conn, training, police, 10, 12)
    assert attendance.list_attendance(conn, training) == []
    attendance.record_attendance(conn, training, police, 10, 12, confirmed=True)
    assert attendance.list_attendance(conn, training)[0].attended == 12


@pytest.mark.parametrize("organisation,registered,attended,error,words", [
    ("Nobody Inc", 3, 3, NotFound, "no organisation named 'Nobody Inc'"),
    ("Leamington OPP", -1, 0, InvalidInput, "registered '-1' must be at least 0"),
    ("Leamington OPP", 3, "two", InvalidInput, "attended 'two' is not a whole number"),
])
def test_bad_attendance_is_refused_naming_the_value(conn, organisation, registered, attended, error, words):
    _orgs(conn)
    training = _training(conn)
    with pytest.raises(error, match=words):
        attendance.record_attendance(conn, training, organisation, registered, attended)
    assert conn.execute("SELECT count(*) FROM training_attendance").fetchone()[0] == 0


def test_a_date_typed_wrong_writes_nothing(conn):
    with pytest.raises(InvalidInput, match="training date '2026-02-30'"):
        _training(conn, "2026-02-30")
    with pytest.raises(InvalidInput, match="capacity '0'"):
        _training(conn, capacity=0)
    assert sessions.list_trainings(conn) == []


def test_means_per_statement_count_unpaired_forms_in_their_own_column_only(conn):
    training = _training(conn)
    ratings.record_form(conn, training, [(1, 2, 4), (2, 3, 3)])  # improved on statement 1
    ratings.record_form(conn, training, [(1, 3, 3), (2, 4, 3)])  # not improved
    ratings.record_form(conn, training, [(1, 1, None)])  # before only: unpaired
    ratings.record_form(conn, training, [(1, None, 5)])  # after only: unpaired
    figures = trainings_summary(conn, None, None)
    first = figures["statements"][0]
    assert (first["before_count"], first["before_mean"]) == (3, 2.0)  # (2 + 3 + 1) / 3
    assert (first["after_count"], first["after_mean"]) == (3, 4.0)  # (4 + 3 + 5) / 3
    assert (first["pairs"], first["improved"]) == (2, 1)
    assert figures["statements"][1]["before_mean"] == 3.5
    assert (figures["participants"], figures["participants_paired"], figures["participants_improved"]) == (4, 2, 1)
    assert figures["percent_improved"] == 50.0


def test_a_participant_who_improved_on_several_statements_counts_once(conn):
    training = _training(conn)
    ratings.record_form(conn, training, [(1, 1, 5), (2, 1, 5), (3, 1, 5)])
    ratings.record_form(conn, training, [(1, 5, 5)])
    ratings.record_form(conn, training, [(4, 4, 2)])
    assert trainings_summary(conn, None, None)["percent_improved"] == 33.3


@pytest.mark.parametrize("form,words", [
    ([(1, 0, 3)], "before rating '0' is not a rating from 1 to 5"),
    ([(1, 3, 6)], "after rating '6' is not a rating from 1 to 5"),
    ([(9, 3, 4)], "statement '9' is not on the evaluation form"),
    ([(1, None, None)], "statement 1 has neither a before nor an after rating"),
    ([(1, 2, 3), (1, 3, 4)], "statement 1 is rated twice"),
])
def test_bad_ratings_are_refused_and_nothing_is_written(conn, form, words):
    training = _training(conn)
    with pytest.raises(InvalidInput, match=words):
        ratings.record_form(conn, training, form)
    assert conn.execute("SELECT count(*) FROM training_ratings").fetchone()[0] == 0


def test_a_csv_of_pairs_groups_rows_by_participant_and_refuses_a_bad_line_whole(conn, tmp_path):
    training = _training(conn)
    good = tmp_path / "forms.csv"
    good.write_text("participant,statement,before,after\nA,1,2,4\nA,2,3,3\nB,1,3,\n,1,1,2\n", encoding="utf-8")
    forms = ratings.read_forms_csv(good)
    assert [len(f) for f in forms] == [2, 1, 1]
    ratings.record_forms(conn, training, forms)
    assert trainings_summary(conn, None, None)["participants"] == 3
    bad = tmp_path / "bad.csv"
    bad.write_text("statement,before,after\n1,2,4\n2,7,3\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"bad.csv: line 3: after rating|bad.csv: line 3: before rating '7'"):
        ratings.read_forms_csv(bad)


def test_the_sentence_in_english_and_french():
    figures = {"sessions": 4, "people_trained": 63, "organisations_reached": 17, "sectors_reached": 6,
               "percent_improved": 88.0}
    assert trainings_sentence(figures) == (
        "Delivered 4 trainings to 63 first responders and service providers from 17 organisations in 6 sectors; "
        "88% reported greater confidence after the training.")
    french = trainings_sentence(figures, "fr")
    assert french.startswith("Nous avons offert 4 formations à 63 premiers intervenants")
    assert "17 organismes" in french and "6 secteurs" in french and "88\u00a0%" in french
    one = dict(figures, sessions=1, people_trained=1, organisations_reached=1, sectors_reached=1,
               percent_improved=None)
    assert trainings_sentence(one) == ("Delivered 1 training to 1 first responder or service provider "
                                       "from 1 organisation in 1 sector.")
    assert trainings_sentence(dict(figures, sessions=0)) is None


def test_edit_changes_fields_and_keeps_the_others(conn):
    training = _training(conn, capacity=30, partner="CMHA")
    edited = sessions.edit_training(conn, training, place="Library", capacity=25)
    assert (edited.place, edited.capacity, edited.partner, edited.municipality) == ("Library", 25, "CMHA", "Leamington")
    with pytest.raises(InvalidInput, match="start time '25:00'"):
        sessions.edit_training(conn, training, start_time="25:00")


def test_mean_rounds_half_up():
    assert (mean(7, 2), mean(10, 3), mean(0, 0)) == (3.5, 3.3, None)
    assert mean(5, 4) == 1.3  # 1.25


def test_activities_list_events_and_trainings_together_filtered_by_kind_and_dates(conn):
    from outreach_app.core.activities import activities
    from outreach_app.core.records.events import add_event

    add_event(conn, "BBQ at Glengarry", "2026-03-12", "Windsor")
    _training(conn, "2026-03-10")
    _training(conn, "2026-05-01")
    both = activities(conn, date_from="2026-03-01", date_to="2026-03-31")
    assert [(a.kind, a.date) for a in both] == [("training", "2026-03-10"), ("event", "2026-03-12")]
    assert both[0].municipality == "Leamington"
    assert [a.kind for a in activities(conn, kinds=("training",))] == ["training", "training"]


def test_consultations_are_activities_too(conn):
    from outreach_app.core.activities import activities
    from outreach_app.core.consultations.records import add_consultation, set_cancelled

    ident = add_consultation(conn, "Newcomer council conversation", "2026-03-11", "Leamington", place="Library")
    _training(conn, "2026-03-10")
    found = activities(conn, date_from="2026-03-01", date_to="2026-03-31")
    assert [(a.kind, a.title, a.place) for a in found][1] == ("consultation", "Newcomer council conversation", "Library")
    assert [a.kind for a in activities(conn, kinds=("consultation",))] == ["consultation"]
    set_cancelled(conn, ident, True)
    assert activities(conn, kinds=("consultation",))[0].cancelled


def _a_season_of_trainings(conn):
    police, ems, school = _orgs(conn)
    training = _training(conn)
    attendance.record_attendance(conn, training, police, 12, 10)
    attendance.record_attendance(conn, training, school, 4, 0)
    ratings.record_form(conn, training, [(1, 2, 4)])


def test_the_report_csv_and_pdf_carry_the_trainings_in_english_and_french(conn):
    import io
    import re

    from pypdf import PdfReader

    from outreach_app.core.reports.pdf import report_pdf
    from outreach_app.core.reports.summary import summary
    from outreach_app.core.reports.text import render_csv, render_text

    _a_season_of_trainings(conn)
    figures = summary(conn, "2026-01-01", "2026-12-31")
    csv = render_csv(figures)
    assert "trainings,people_trained,10" in csv and "trainings,sectors_not_reached,Education" in csv
    assert "Delivered 1 training to 10 first responders" in render_text(figures)
    for language, words in (("en", "Delivered 1 training to 10 first responders"),
                            ("fr", "Nous avons offert 1 formation à 10 premiers intervenants")):
        pdf = PdfReader(io.BytesIO(report_pdf(conn, "2026-01-01", "2026-12-31", language=language)))
        text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pdf.pages).replace("\u00a0", " "))
        assert words in text
    quiet = summary(conn, "2025-01-01", "2025-12-31")
    assert "training" not in render_text(quiet).lower() and quiet["trainings"]["sessions"] == 0


def test_the_report_counts_only_the_municipality_asked_for_aliases_included(conn):
    from outreach_app.core.reports.summary import summary

    police, _, _ = _orgs(conn)
    here = _training(conn)
    elsewhere = sessions.add_training(conn, "Mental-health first aid", "2026-03-11", "Essex")
    attendance.record_attendance(conn, here, police, 5, 5)
    attendance.record_attendance(conn, elsewhere, police, 7, 7)
    assert summary(conn, "2026-01-01", "2026-12-31", "leamington")["trainings"]["people_trained"] == 5
    assert summary(conn, "2026-01-01", "2026-12-31")["trainings"]["people_trained"] == 12
    assert trainings_summary(conn, None, None, municipality_ids=[])["sessions"] == 0
