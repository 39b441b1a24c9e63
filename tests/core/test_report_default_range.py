"""The range the Reports screen opens on holds today and the latest events (issue 15: on December 1 a
fixed June 1 – September 30 showed a past season, or nothing), and an empty range says why."""

import datetime as dt

import pytest

from outreach_app.core.records import events
from outreach_app.core.reports.ranges import empty_range_reason, quick_range, season_to_date
from outreach_app.core.reports.summary import summary

TODAY = dt.date(2026, 12, 2)


def _events(conn, *dates, municipality="Windsor"):
    return [events.add_event(conn, f"Event {d}", d, municipality) for d in dates]


def test_after_a_summer_season_the_range_opens_on_it_and_today(conn):
    _events(conn, "2025-07-10", "2026-06-19", "2026-07-30", "2026-09-22")
    assert season_to_date(conn, TODAY) == ("2026-06-19", "2026-12-02")
    assert summary(conn, *season_to_date(conn, TODAY))["events"] == 3  # not last year's, not zero


def test_a_season_that_began_recently_opens_on_its_first_event(conn):
    _events(conn, "2026-05-01", "2026-11-10", "2026-11-25", "2026-12-02")
    assert season_to_date(conn, TODAY) == ("2026-11-10", "2026-12-02")


def test_cancelled_and_future_events_do_not_set_the_range(conn):
    cancelled, _ = _events(conn, "2026-03-01", "2026-10-01")
    events.set_event_cancelled(conn, cancelled)
    _events(conn, "2027-02-01")
    assert season_to_date(conn, TODAY) == ("2026-10-01", "2026-12-02")


def test_year_round_work_goes_back_at_most_a_year(conn):
    _events(conn, *[(dt.date(2024, 1, 1) + dt.timedelta(days=60 * n)).isoformat() for n in range(18)])
    start, end = season_to_date(conn, TODAY)
    assert end == "2026-12-02"
    assert dt.date.fromisoformat(start) >= TODAY - dt.timedelta(days=365)


def test_a_single_old_event_is_still_in_the_range(conn):
    _events(conn, "2024-08-15")
    assert season_to_date(conn, TODAY) == ("2024-08-15", "2026-12-02")


def test_without_events_the_last_90_days(conn):
    assert season_to_date(conn, TODAY) == ("2026-09-04", "2026-12-02")
    assert quick_range("season_to_date", TODAY, conn) == season_to_date(conn, TODAY)
    with pytest.raises(ValueError):
        quick_range("season_to_date", TODAY)


def test_an_empty_range_says_why(conn):
    assert str(empty_range_reason(conn, "2026-09-04", "2026-12-02")) == "No events recorded yet."
    _events(conn, "2026-06-19", "2026-07-30")
    assert empty_range_reason(conn, "2026-06-01", "2026-12-02") is None
    assert str(empty_range_reason(conn, "2026-09-04", "2026-12-02")) == (
        "No events between 2026-09-04 and 2026-12-02; the latest event is 2026-07-30.")
    assert str(empty_range_reason(conn, "2026-06-01", "2026-12-02", "Essex")) == "No events recorded in Essex yet."
    _events(conn, "2026-05-05", municipality="Essex")
    assert str(empty_range_reason(conn, "2026-06-01", "2026-12-02", "essex")) == (
        "No events in essex between 2026-06-01 and 2026-12-02; the latest there is 2026-05-05.")
