"""The kept per-event totals always equal a recount, whatever order entries, voids and refreshes come in."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outreach_app.core.store.database import open_database
from outreach_app.core.store.upkeep import check_integrity
from outreach_app.core.store.kept_totals import refresh_tally_totals, totals_mismatch

ENTRY_IDS = [f"00000000-0000-4000-8000-{i:012d}" for i in range(8)]
step = st.one_of(
    st.tuples(st.just("entry"), st.integers(0, 7), st.integers(0, 2), st.integers(0, 9)),
    st.tuples(st.just("void"), st.integers(0, 7), st.integers(0, 3)),   # several voids of one entry may exist
    st.tuples(st.just("refresh")),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(step, max_size=40))
def test_kept_totals_equal_recount(tmp_path_factory, steps):
    conn = open_database(tmp_path_factory.mktemp("totals") / "t.db")
    for s in steps:
        if s[0] == "entry":
            _, i, event, quantity = s
            conn.execute("INSERT OR IGNORE INTO tally_entries (id, event_id, kind, quantity, created_at, device_id, hlc)"
                         " VALUES (?, ?, 'attendee', ?, '', 'd', 1)", (ENTRY_IDS[i], f"event-{event}", quantity))
        elif s[0] == "void":
            _, i, copy = s
            conn.execute("INSERT OR IGNORE INTO voids (id, target_id, created_at, device_id, hlc) VALUES (?, ?, '', 'd', 1)",
                         (f"void-{i}-{copy}", ENTRY_IDS[i]))
        else:
            refresh_tally_totals(conn)
    assert totals_mismatch(conn) == 0
    assert check_integrity(conn) == []
    conn.close()


def test_report_recounts_when_another_program_holds_the_write_lock(tmp_path):
    """Another program's entries left the kept totals behind and it now holds the lock: the report
    must still come back, quickly and right, from a recount (not fail with 'locked')."""
    import sqlite3
    import time

    from outreach_app.core.records import events, tally
    from outreach_app.core.reports.summary import summary
    from outreach_app.core.store.kept_totals import is_stale

    path = tmp_path / "busy.db"
    conn = open_database(path)
    event = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    tally.record_paper_counts(conn, event, attendees=5)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("INSERT INTO tally_entries (id, event_id, kind, quantity, created_at, device_id, hlc)"
                  " VALUES (?, ?, 'attendee', 2, '', 'other', 1)", (ENTRY_IDS[0], event))
    assert is_stale(conn)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.perf_counter()
        figures = summary(conn, "2025-06-01", "2025-06-30")
        waited = time.perf_counter() - started
    finally:
        other.execute("ROLLBACK")
    assert figures["attendees"] == 7
    assert waited < 1.5
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 250  # the usual patience is restored


# the write paths the app uses, interleaved with another program's raw writes and report refreshes
app_step = st.one_of(
    st.tuples(st.just("tap"), st.integers(0, 1), st.sampled_from(["attendee", "plan", "yes", "no", "unsure"])),
    st.tuples(st.just("paper"), st.integers(0, 1), st.integers(0, 4), st.integers(0, 3)),
    st.tuples(st.just("void"), st.integers(0, 30)),
    st.tuples(st.just("other program"), st.integers(0, 1), st.integers(0, 3)),
    st.tuples(st.just("refresh")),
)


def _recount(conn, event):
    """(attendees, plans, yes, no, unsure) counted from the entries themselves."""
    rows = dict(((kind, answer or ""), total) for kind, answer, total in conn.execute(
        "SELECT kind, answer, sum(quantity) FROM tally_entries WHERE event_id = ? AND voided = 0 GROUP BY 1, 2",
        (event,)))
    return (rows.get(("attendee", ""), 0), rows.get(("plan", ""), 0), rows.get(("confidence", "yes"), 0),
            rows.get(("confidence", "no"), 0), rows.get(("confidence", "unsure"), 0))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(app_step, max_size=30))
def test_counters_after_taps_paper_counts_and_voids_equal_a_recount(tmp_path_factory, steps):
    """What the event screen shows after each tap, paper count or undo is the recount of the entries,
    whether the kept totals answered (taps keep them fresh) or another program's writes put them behind."""
    from outreach_app.core.records import events, tally
    from outreach_app.core.clock import new_id
    from outreach_app.core.store.connection import device_id
    from outreach_app.core.store.kept_totals import is_stale

    conn = open_database(tmp_path_factory.mktemp("counters") / "c.db")
    event_ids = [events.add_event(conn, f"BBQ {n}", "2025-06-19", "Windsor") for n in range(2)]
    plan = conn.execute("SELECT min(id) FROM plans").fetchone()[0]
    for s in steps:
        wrote = s[0] in ("tap", "paper")
        if s[0] == "tap":
            _, e, what = s
            if what in tally.ANSWERS:
                result = tally.record_tap(conn, event_ids[e], "confidence", answer=what)
            else:
                result = tally.record_tap(conn, event_ids[e], what, plan_id=plan if what == "plan" else None)
            shown = result.totals
            assert (shown.attendees, shown.plans, shown.yes, shown.no, shown.unsure) == _recount(conn, event_ids[e])
        elif s[0] == "paper":
            _, e, attendees, yes = s
            tally.record_paper_counts(conn, event_ids[e], attendees=attendees, plans=[(plan, attendees)], yes=yes)
        elif s[0] == "void":
            entries = [r[0] for r in conn.execute("SELECT id FROM tally_entries ORDER BY rowid")]
            if entries:
                wrote = tally.void(conn, entries[s[1] % len(entries)])  # False: already voided, nothing written
        elif s[0] == "other program":
            _, e, quantity = s
            conn.execute("INSERT INTO tally_entries (id, event_id, kind, quantity, created_at, device_id, hlc)"
                         " VALUES (?, ?, 'attendee', ?, '', ?, 1)", (new_id(), event_ids[e], quantity, device_id(conn)))
        else:
            refresh_tally_totals(conn)
        if wrote:
            assert not is_stale(conn)  # the write folded itself (and anything behind) into the kept totals
        for event in event_ids:
            t = tally.event_totals(conn, event)
            assert (t.attendees, t.plans, t.yes, t.no, t.unsure) == _recount(conn, event)
            assert sum(t.plans_by_plan.values()) == t.plans
    assert totals_mismatch(conn) == 0
    conn.close()
