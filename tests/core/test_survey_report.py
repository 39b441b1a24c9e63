"""The survey report from a hand-made fixture: responses per source and per 100 flyers, silent places,
no-source and unknown-source counts, posts as sources, weeks; text, CSV and PDF say the same."""

import json

import pytest

from outreach_app.cli import main
from outreach_app.core.flyers.drops import record_drop
from outreach_app.core.records.tally import void
from outreach_app.core.surveys.importing import import_export
from outreach_app.core.surveys.records import add_post, list_posts
from outreach_app.core.surveys.report import survey_report
from outreach_app.core.surveys.report_files import render

from .survey_helpers import new_survey, write_csv


@pytest.fixture
def fixture(conn, tmp_path):
    """library: 50 flyers (Oct 1) + 30 (Oct 3); arena: 40 (Sep 20, silent); pool: 20 (Oct 20, too recent
    to be silent); cafe: 10 (Sep 1) and 10 (Oct 15): not silent (its last drop is recent); a post."""
    survey = new_survey(conn)
    record_drop(conn, "library", "Main library", 50, "2025-10-01", "Windsor")
    record_drop(conn, "Library", "Main library", 30, "2025-10-03", "Windsor")
    record_drop(conn, "arena", "Arena", 40, "2025-09-20", "Tecumseh")
    record_drop(conn, "pool", "Pool", 20, "2025-10-20")
    record_drop(conn, "cafe", "Café", 10, "2025-09-01")
    record_drop(conn, "cafe", "Café", 10, "2025-10-15")
    voided = record_drop(conn, "gym", "Gym", 99, "2025-09-01")
    void(conn, voided)
    add_post(conn, "fb-2025-10-07", "facebook", "2025-10-07", survey)
    rows = [["_uuid", "_submission_time", "src"]]
    tags = ["library"] * 10 + [" LIBRARY "] * 2 + ["fb-2025-10-07"] * 3 + [""] * 4 + ["libary", "ig-2025-10-08"]
    for i, tag in enumerate(tags):
        rows.append([f"r{i}", f"2025-10-{2 + i:02d}T12:00:00", tag])
    import_export(conn, survey, write_csv(tmp_path / "kobo.csv", rows))
    return survey


def test_per_source_counts_and_per_100_flyers(conn, fixture):
    report = survey_report(conn, fixture)
    assert (report["responses"], report["complete"], report["no_source"], report["unknown_source"]) == (21, 21, 4, 2)
    library = report["by_source"]["library"]
    assert (library["responses"], library["flyers"], library["per_100_flyers"]) == (12, 80, 15.0)
    assert (library["first"], library["last"], library["days_to_first"]) == ("2025-10-02", "2025-10-13", 1)
    assert report["by_source"]["arena"]["per_100_flyers"] == 0.0
    post = report["by_source"]["fb-2025-10-07"]
    assert (post["responses"], post["flyers"], post["per_100_flyers"], post["kind"]) == (3, 0, None, "post")
    assert "gym" not in report["by_source"]  # a voided drop names no source
    assert sorted(report["by_source"]) == ["arena", "cafe", "fb-2025-10-07", "library", "pool"]
    assert report["by_municipality"]["Windsor"] == {"places": 1, "flyers": 80, "responses": 12, "per_100_flyers": 15.0}


def test_silent_places_need_every_drop_two_weeks_before_the_latest_response(conn, fixture):
    # latest response 2025-10-22: arena (Sep 20) is silent; cafe's last drop Oct 15 and pool Oct 20 are not
    assert survey_report(conn, fixture)["silent_places"] == ["arena"]


def test_json_writes_one_decimal_and_null(conn, fixture):
    text = render(conn, fixture, "json")
    assert '"per_100_flyers": 15.0' in text and '"per_100_flyers": null' in text and '"per_100_flyers": 0.0' in text
    assert render(conn, fixture, "json") == text  # same data, same bytes


def test_text_and_csv_show_the_same_figures(conn, fixture):
    text = render(conn, fixture, "text")
    assert "Restock or move" in text and "arena" in text.split("Restock or move")[1]
    assert "15.0" in text
    csv_text = render(conn, fixture, "csv")
    assert "library,place,Main library,Windsor,12,12,80,15.0,2025-10-02,2025-10-13,1," in csv_text
    assert "arena,place,Arena,Tecumseh,0,0,40,0.0,,,,yes" in csv_text
    assert "15,0" in render(conn, fixture, "text", language="fr")


def test_pdf_text_holds_the_figures(conn, fixture):
    import pypdfium2

    pdf = render(conn, fixture, "pdf")
    document = pypdfium2.PdfDocument(pdf)
    try:
        text = " ".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()
    text = " ".join(text.split())
    assert "Survey report: Neighbourhood survey" in text
    assert "Main library" in text and "15.0" in text and "arena" in text
    assert "Restock or move" in text


def test_weeks_mark_drops_and_posts(conn, fixture):
    weeks = {w["week"]: w for w in survey_report(conn, fixture)["weeks"]}
    assert weeks["2025-09-29"]["drops"] == ["library"]
    assert weeks["2025-10-06"]["posts"] == ["fb-2025-10-07"]
    assert sum(w["responses"] for w in weeks.values()) == 21


def test_a_survey_without_responses_has_no_silent_places(conn):
    survey = new_survey(conn)
    record_drop(conn, "arena", "Arena", 40, "2025-01-20")
    report = survey_report(conn, survey)
    assert (report["responses"], report["silent_places"], report["by_source"]["arena"]["first"]) == (0, [], None)


def test_cli_survey_commands_as_the_contract_writes_them(tmp_path, capsys):
    db = str(tmp_path / "cli.db")
    assert main(["--db", db, "survey", "add", "--name", "Safety survey", "--url", "https://example.org/s",
                 "--closes", "2024-01-31"]) == 0
    survey = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["--db", db, "flyer-drop", "--source", "library", "--place", "Library", "--count", "50",
                 "--date", "2023-12-01"]) == 0
    assert main(["--db", db, "survey", "post", "add", "--tag", "fb-2023-12-05", "--channel", "facebook",
                 "--date", "2023-12-05", "--survey", survey]) == 0
    capsys.readouterr()
    export = write_csv(tmp_path / "export.csv", [["Response ID", "Submitted", "Done", "Tag"],
                                                 ["a1", "2023-12-02 10:00", "yes", "Library"],
                                                 ["a2", "2023-12-06 10:00", "no", "fb-2023-12-05"],
                                                 ["a3", "2023-12-07 10:00", "1", ""]])
    args = ["--db", db, "survey", "import", survey, str(export), "--map", "id=Response ID", "--map",
            "submitted=Submitted", "--map", "complete=Done", "--map", "source=Tag"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "new 3" in out and "known 0" in out and "incomplete 1" in out and "without-source 1" in out
    assert main(args) == 0
    assert "new 0" in capsys.readouterr().out
    assert main(["--db", db, "survey", "report", survey, "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["by_source"]["library"] == {**report["by_source"]["library"], "responses": 1, "flyers": 50,
                                              "per_100_flyers": 2.0, "first": "2023-12-02", "last": "2023-12-02"}
    assert (report["responses"], report["complete"], report["no_source"]) == (3, 2, 1)
    assert main(["--db", db, "survey", "import", survey, str(tmp_path / "none.csv")]) == 1
    assert "none.csv" in capsys.readouterr().err


def test_a_voided_post_is_no_source_any_more(conn, fixture):
    post = list_posts(conn)[0]
    assert void(conn, post.id)
    report = survey_report(conn, fixture)
    assert "fb-2025-10-07" not in report["by_source"] and report["unknown_source"] == 5


def test_report_json_has_a_survey_key_with_responses_in_the_range(conn, fixture):
    from outreach_app.core.reports.summary import summary

    figures = summary(conn, "2025-10-01", "2025-10-10")
    assert figures["survey"]["responses"] == 9  # Oct 2 … Oct 10 of the 21 daily responses
    assert figures["survey"]["surveys"][0] == {"id": fixture, "name": "Neighbourhood survey", "closes": "2025-11-30",
                                               "responses": 9, "complete": 9}
    assert summary(conn, "2025-10-01", "2025-10-10", "Windsor")["survey"]["responses"] == 0  # a survey of no town
