"""Records, taps, undo and validation rules of the core."""

import pytest

from outreach_app.core.records import events, catalogue as records, tally
from outreach_app.core.errors import InvalidInput, NotFound


def test_event_fields_round_trip(conn):
    ident = events.add_event(conn, "Glengarry BBQ", "2025-06-19", "Windsor", "Glengarry Court",
                             start_time="10:00", end_time="13:30", partners="CMHA", staff_initials="JB")
    event = events.get_event(conn, ident)
    assert (event.name, event.date, event.municipality, event.site, event.start_time) == (
        "Glengarry BBQ", "2025-06-19", "Windsor", "Glengarry Court", "10:00")
    events.update_event(conn, ident, name="Glengarry summer BBQ", end_time="14:00")
    assert events.get_event(conn, ident).name == "Glengarry summer BBQ"


@pytest.mark.parametrize("date", ["2025-13-45", "20250619", "2025-6-1", "", "tomorrow"])
def test_bad_dates_refused_and_nothing_written(conn, date):
    before = conn.execute("SELECT count(*) FROM municipalities").fetchone()[0]
    with pytest.raises(InvalidInput, match="date"):
        events.add_event(conn, "X", date, "Brand New Town")
    assert conn.execute("SELECT count(*) FROM municipalities").fetchone()[0] == before
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0


def test_end_before_start_refused(conn):
    with pytest.raises(InvalidInput, match="before start"):
        events.add_event(conn, "X", "2025-06-19", "Windsor", start_time="14:00", end_time="10:00")


def test_tap_returns_entry_and_new_totals(conn):
    plan, _ = records.add_plan(conn, "West End")
    ident = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    tally.record_attendee(conn, ident)
    result = tally.record_plan_handed_out(conn, ident, plan)
    assert result.entry.kind == "plan" and result.entry.plan_name == "West End"
    assert result.totals.attendees == 1 and result.totals.plans_by_plan == {plan: 1}
    result = tally.record_confidence_answer(conn, ident, "yes")
    assert (result.totals.yes, result.totals.percent_yes) == (1, 100.0)


def test_undo_last_voids_the_latest_entry_of_this_laptop(conn):
    plan, _ = records.add_plan(conn, "Glengarry")
    ident = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    tally.record_attendee(conn, ident)
    tally.record_plan_handed_out(conn, ident, plan)
    undone = tally.undo_last(conn, ident)
    assert (undone.kind, undone.plan_name, undone.voided) == ("plan", "Glengarry", True)
    assert tally.event_totals(conn, ident).plans == 0
    assert tally.undo_last(conn, ident).kind == "attendee"
    assert tally.undo_last(conn, ident) is None
    # the entries are still there, voided: append-only
    assert conn.execute("SELECT count(*), sum(voided) FROM tally_entries").fetchone() == (2, 2)


def test_entries_are_append_only(conn):
    ident = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    entry = tally.record_attendee(conn, ident).entry
    with pytest.raises(Exception, match="append-only"):
        conn.execute("UPDATE tally_entries SET quantity = 5 WHERE id = ?", (entry.id,))
    with pytest.raises(Exception, match="append-only"):
        conn.execute("DELETE FROM tally_entries WHERE id = ?", (entry.id,))


def test_void_arriving_before_its_entry_still_wins(conn):
    ident = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    entry_id = "11111111-1111-4111-8111-111111111111"
    conn.execute("INSERT INTO voids (id, target_id, created_at, device_id, hlc) VALUES (?, ?, '', 'other', 1)",
                 ("22222222-2222-4222-8222-222222222222", entry_id))
    conn.execute("INSERT INTO tally_entries (id, event_id, kind, quantity, created_at, device_id, hlc)"
                 " VALUES (?, ?, 'attendee', 4, '', 'other', 1)", (entry_id, ident))
    assert tally.event_totals(conn, ident).attendees == 0


def test_void_twice_is_harmless_and_unknown_is_refused(conn):
    ident = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    entry = tally.record_attendee(conn, ident).entry
    assert tally.void(conn, entry.id) is True
    assert tally.void(conn, entry.id) is False
    with pytest.raises(NotFound):
        tally.void(conn, "00000000-0000-0000-0000-000000000000")
    with pytest.raises(InvalidInput, match="not a valid id"):
        tally.void(conn, "nonsense")


@pytest.mark.parametrize("count", ["-4", "2.5", "ten", "", "99999999999"])
def test_bad_counts_refused(conn, count):
    ident = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    with pytest.raises(InvalidInput):
        tally.record_paper_counts(conn, ident, attendees=count)
    assert conn.execute("SELECT count(*) FROM tally_entries").fetchone()[0] == 0


def test_paper_counts_all_or_nothing(conn):
    ident = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    with pytest.raises(InvalidInput):
        tally.record_paper_counts(conn, ident, attendees=5, yes="-1")
    assert conn.execute("SELECT count(*) FROM tally_entries").fetchone()[0] == 0


def test_plan_catalogue(conn):
    seeded = {p.name for p in records.list_plans(conn)}
    assert "Glengarry" in seeded  # default catalogue from resources/
    ident, created = records.add_plan(conn, "Riverside")
    assert created and records.add_plan(conn, " riverside ") == (ident, False)
    records.rename_plan(conn, ident, "Riverside East")
    records.set_plan_active(conn, ident, False)
    assert "Riverside East" not in {p.name for p in records.list_plans(conn)}
    assert "Riverside East" in {p.name for p in records.list_plans(conn, include_retired=True)}
    with pytest.raises(InvalidInput, match="already exists"):
        records.rename_plan(conn, ident, "glengarry")


def test_device_is_named_once_and_kept(conn):
    ident = records.set_device_name(conn, "bar-laptop")
    assert records.set_device_name(conn, "bar-laptop") == ident
    assert records.device_name(conn) == "bar-laptop"


def test_live_percentage_rounds_like_the_report(conn):
    """49 yes of 400 answers is 12.25%: half-up gives 12.3 (Python's round() would give 12.2)."""
    ident = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    tally.record_paper_counts(conn, ident, yes=49, no=351)
    assert tally.event_totals(conn, ident).percent_yes == 12.3
