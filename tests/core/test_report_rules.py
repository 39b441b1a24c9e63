"""Every report rule (README's "Report rules", docs/reports.md), on small hand-computed fixtures."""

import pytest

from outreach_app.core.records import events, catalogue as records, tally
from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.reports.summary import percent
from outreach_app.core.reports.summary import summary


@pytest.fixture
def season(conn):
    plan, _ = records.add_plan(conn, "Glengarry")
    june = events.add_event(conn, "June BBQ", "2025-06-19", "Windsor")
    july = events.add_event(conn, "July fun day", "2025-07-10", "Leamington")
    may = events.add_event(conn, "May table", "2025-05-02", "Windsor")
    return conn, plan, june, july, may


def test_void_excluded_from_totals(season):
    conn, plan, june, *_ = season
    tally.record_paper_counts(conn, june, attendees=30, plans=[(plan, 12)])
    wrong = tally.record_plan_handed_out(conn, june, plan).entry.id
    assert summary(conn, "2025-06-01", "2025-06-30")["plans_distributed"] == 13
    tally.void(conn, wrong)
    figures = summary(conn, "2025-06-01", "2025-06-30")
    assert figures["plans_distributed"] == 12
    assert figures["attendees"] == 30


def test_baselines_before_and_within_range(season):
    conn, plan, june, *_ = season
    tally.add_baseline(conn, "2025-05-01", 1420, "Windsor")
    tally.add_baseline(conn, "2025-06-20", 8, "Windsor")
    tally.add_baseline(conn, "2025-07-01", 1000, "Windsor")  # after the range: counts nowhere
    tally.record_paper_counts(conn, june, plans=[(plan, 5)])
    figures = summary(conn, "2025-06-01", "2025-06-30")
    assert (figures["plans_distributed"], figures["plans_before"], figures["plans_total"]) == (13, 1420, 1433)


def test_entries_at_earlier_events_count_as_before(season):
    conn, plan, june, july, may = season
    tally.record_paper_counts(conn, may, plans=[(plan, 7)])
    tally.record_paper_counts(conn, july, plans=[(plan, 3)])
    figures = summary(conn, "2025-06-01", "2025-06-30")
    assert figures["plans_before"] == 7
    assert figures["plans_distributed"] == 0
    assert figures["events"] == 1


def test_municipality_filter(season):
    conn, plan, june, july, may = season
    tally.record_paper_counts(conn, june, attendees=10, plans=[(plan, 4)])
    tally.record_paper_counts(conn, july, attendees=20, plans=[(plan, 6)])
    tally.add_baseline(conn, "2025-06-01", 100, "Leamington")
    figures = summary(conn, "2025-06-01", "2025-07-31", "  leamington ")
    assert (figures["events"], figures["attendees"], figures["plans_distributed"]) == (1, 20, 106)
    assert list(figures["by_municipality"]) == ["Leamington"]
    with pytest.raises(NotFound, match="Windsr"):
        summary(conn, "2025-06-01", "2025-07-31", "Windsr")


def test_cancelled_events_count_nowhere(season):
    conn, plan, june, *_ = season
    tally.record_paper_counts(conn, june, attendees=10)
    events.set_event_cancelled(conn, june)
    figures = summary(conn, "2025-06-01", "2025-06-30")
    assert (figures["events"], figures["attendees"]) == (0, 0)
    with pytest.raises(InvalidInput, match="cancelled"):
        tally.record_attendee(conn, june)


def test_percent_rounding_and_null(season):
    conn, plan, june, *_ = season
    assert summary(conn, "2025-06-01", "2025-06-30")["confidence"]["percent_yes"] is None
    tally.record_paper_counts(conn, june, yes=2, no=1)
    assert summary(conn, "2025-06-01", "2025-06-30")["confidence"] == {
        "yes": 2, "no": 1, "unsure": 0, "answered": 3, "percent_yes": 66.7}
    assert percent(1, 8) == 12.5
    assert percent(1, 800) == 0.1  # 0.125 rounds half-up
    assert percent(96, 100) == 96.0


def test_same_name_plans_and_towns_count_as_one(conn):
    """Two laptops that each created 'Glengarry' and 'Windsor' end with one of each in reports; the
    seeded spelling stays, even against another device's row with a smaller id."""
    first, _ = records.add_plan(conn, "Glengarry")
    twin = "00000000-0000-4000-8000-000000000001"  # smaller id, but another device's: an alias
    conn.execute("INSERT INTO plans (id, name, name_key, active, hlc, updated_at, device_id) "
                 "VALUES (?, 'GLENGARRY ', 'glengarry', 1, 1, '', 'other')", (twin,))
    event = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    tally.record_paper_counts(conn, event, plans=[(first, 2), (twin, 3)])
    assert summary(conn, "2025-06-01", "2025-06-30")["plans_by_name"] == {"Glengarry": 5}


def test_range_must_be_ordered(conn):
    with pytest.raises(InvalidInput, match="after"):
        summary(conn, "2025-07-01", "2025-06-01")
