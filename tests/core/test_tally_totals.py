"""The kept per-event totals always equal a recount, whatever order entries, voids and refreshes come in."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outreach_app.core.db import check_integrity, open_database
from outreach_app.core.tally_totals import refresh_tally_totals, totals_mismatch

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
