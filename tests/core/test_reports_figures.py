"""Report figures against a hand-made database (tests/core/report_fixture.py), worked out by hand."""

import pytest

from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.reports.tables import BASELINE_ROW, full_report, plans_table
from outreach_app.core.reports.tables import events_table
from outreach_app.core.reports.summary import percent
from outreach_app.core.reports.summary import summary

from .report_fixture import build


@pytest.fixture
def ids(conn):
    return build(conn)


def test_season_figures_exclude_void_and_cancelled_and_merge_aliases(conn, ids):
    s = summary(conn, "2025-06-01", "2025-09-30")
    assert (s["events"], s["first_event"], s["last_event"]) == (3, "2025-06-19", "2025-07-20")
    assert s["attendees"] == 30 + 10 + 4  # the cancelled event's 100 count nowhere
    # 12 + 3 (alias of Glengarry) + 2 + baseline 20 within; the voided West End 5 is gone
    assert s["plans_distributed"] == 37
    assert s["plans_before"] == 7 + 100  # event in May + May baseline; the voided 999 baseline is gone
    assert s["plans_total"] == 144
    assert s["plans_by_name"] == {"Glengarry": 15, "West End": 2}
    assert s["confidence"] == {"yes": 10, "no": 1, "unsure": 1, "answered": 12, "percent_yes": 83.3}
    assert s["by_municipality"] == {
        "Essex": {"events": 1, "attendees": 4, "plans_distributed": 2},
        "Windsor": {"events": 2, "attendees": 40, "plans_distributed": 12 + 3 + 20},
    }


def test_municipality_filter_takes_aliases_and_baselines(conn, ids):
    s = summary(conn, "2025-06-01", "2025-09-30", "WINDSOR")
    assert (s["events"], s["attendees"], s["plans_distributed"], s["plans_before"]) == (2, 40, 35, 100)
    essex = summary(conn, "2025-06-01", "2025-09-30", "Essex")
    assert (essex["events"], essex["plans_distributed"], essex["plans_before"]) == (1, 2, 7)
    assert essex["confidence"]["percent_yes"] is None


def test_range_boundaries_are_inclusive_and_move_figures_before(conn, ids):
    june = summary(conn, "2025-06-19", "2025-06-19")
    assert (june["events"], june["plans_distributed"], june["plans_before"]) == (1, 12, 107)
    july = summary(conn, "2025-07-01", "2025-07-31")
    assert (july["events"], july["plans_distributed"], july["plans_before"]) == (2, 5, 107 + 12 + 20)


def test_percent_rounds_half_up_and_is_null_without_answers():
    assert percent(1, 16) == 6.3  # 6.25: banker's rounding would say 6.2
    assert percent(1, 8) == 12.5
    assert percent(2, 3) == 66.7
    assert percent(96, 100) == 96.0
    assert percent(0, 0) is None


def test_events_table_rows(conn, ids):
    rows = events_table(conn, "2025-06-01", "2025-09-30")
    assert [(r["date"], r["name"], r["municipality"], r["attendees"], r["plans"], r["yes"], r["no"], r["unsure"])
            for r in rows] == [
        ("2025-06-19", "Glengarry BBQ", "Windsor", 30, 12, 9, 1, 0),
        ("2025-07-02", "Bridgeview fun day", "Windsor", 10, 3, 1, 0, 1),
        ("2025-07-20", "Essex info table", "Essex", 4, 2, 0, 0, 0),
    ]
    assert [r["percent_yes"] for r in rows] == [90.0, 50.0, None]
    assert rows[0]["site"] == "Glengarry Court"


def test_plans_table_merges_aliases_and_shows_baselines(conn, ids):
    rows = plans_table(conn, "2025-06-01", "2025-09-30")
    assert [(r["plan"], r["events"], r["plans_distributed"], r["percent_of_plans"]) for r in rows] == [
        ("Glengarry", 2, 15, 40.5), ("West End", 1, 2, 5.4), (BASELINE_ROW, 0, 20, 54.1)]
    assert sum(r["plans_distributed"] for r in rows) == summary(conn, "2025-06-01", "2025-09-30")["plans_distributed"]


def test_full_report_agrees_with_summary_and_charts_each_event(conn, ids):
    report = full_report(conn, "2025-06-01", "2025-09-30", with_devices=True)
    assert report["summary"] == summary(conn, "2025-06-01", "2025-09-30")
    assert report["series"]["bucket"] == "event"
    assert [(p["start"], p["plans"]) for p in report["series"]["points"]] == [
        ("2025-06-19", 12), ("2025-07-02", 3), ("2025-07-20", 2)]
    assert [r["municipality"] for r in report["municipalities"]] == ["Essex", "Windsor"]
    assert [d["entries"] for d in report["devices"]] == [5 + 4 + 2]  # voided entries are still the device's


def test_many_events_are_charted_by_week_or_month(conn):
    from outreach_app.core.records.events import add_event

    for day in range(1, 29):
        for k in range(2):
            add_event(conn, f"Event {day}-{k}", f"2025-07-{day:02d}", "Windsor")
    weekly = full_report(conn, "2025-07-01", "2025-07-31")["series"]
    assert weekly["bucket"] == "week" and weekly["points"][0]["start"] == "2025-06-30"  # the Monday
    assert sum(p["events"] for p in weekly["points"]) == 56
    monthly = full_report(conn, "2025-01-01", "2025-12-31")["series"]
    assert [(p["start"], p["events"]) for p in monthly["points"]] == [("2025-07-01", 56)]


def test_bad_range_and_unknown_municipality_are_refused(conn, ids):
    with pytest.raises(InvalidInput, match="after"):
        summary(conn, "2025-09-30", "2025-06-01")
    with pytest.raises(NotFound, match="Atlantis"):
        full_report(conn, "2025-06-01", "2025-09-30", "Atlantis")


def test_quick_picks():
    import datetime as dt

    from outreach_app.core.reports.ranges import quick_range

    today = dt.date(2025, 8, 14)
    assert quick_range("this_month", today) == ("2025-08-01", "2025-08-31")
    assert quick_range("last_quarter", today) == ("2025-04-01", "2025-06-30")
    assert quick_range("last_quarter", dt.date(2025, 2, 1)) == ("2024-10-01", "2024-12-31")
    # season_to_date comes from the events recorded: tests/core/test_report_default_range.py
