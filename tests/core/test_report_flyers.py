"""Flyer drops travel in bundles and show in the office's report (issue 6: 'shows in reports')."""

import json
import re

from outreach_app.core.records import tally
from outreach_app.core.flyers.drops import record_drop
from outreach_app.core.reports.summary import summary

from .sync_helpers import export, import_ok, laptop, office_db
from tests.conftest import run_cli


def test_drops_from_a_laptop_reach_the_office_report(tmp_path):
    lap, office = laptop(tmp_path, "lap-a"), office_db(tmp_path)
    record_drop(lap, "library", "Leamington public library", 50, "2025-10-02", "Leamington")
    record_drop(lap, "arena", "Essex arena", 30, "2025-10-03", "Essex")
    wrong = record_drop(lap, "arena", "Essex arena", 300, "2025-10-03", "Essex")
    tally.void(lap, wrong)  # a typo, undone: counts nowhere, on any machine
    record_drop(lap, "pharmacy", "Main St pharmacy", 20, "2025-12-01", "Essex")  # after the range
    import_ok(office, export(lap, tmp_path / "usb"))

    flyers = summary(office, "2025-10-01", "2025-10-31")["flyers"]
    assert (flyers["left"], flyers["drops"]) == (80, 2)
    assert flyers["by_tag"]["library"]["flyers"] == 50 and "pharmacy" not in flyers["by_tag"]
    essex = summary(office, "2025-10-01", "2025-10-31", "Essex")["flyers"]
    assert essex["left"] == 30 and list(essex["by_tag"]) == ["arena"]


def test_drops_in_the_text_and_json_reports(tmp_path):
    db = tmp_path / "a.db"
    run_cli("flyer-drop", "--source", "library", "--place", "Library", "--count", "1420", "--date", "2025-10-02",
            db=db, check=True)
    args = ("report", "--from", "2025-10-01", "--to", "2025-10-31")
    assert json.loads(run_cli(*args, "--format", "json", db=db, check=True).stdout)["flyers"]["left"] == 1420
    assert re.search(r"^Survey flyers left: +1,420 in 1 place visit$", run_cli(*args, db=db, check=True).stdout, re.M)
