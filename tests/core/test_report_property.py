"""Property: for any mix of entries and voids, the report equals the sum of the non-voided entries."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outreach_app.core.records import events, catalogue as records, tally
from outreach_app.core.store.database import open_database
from outreach_app.core.reports.summary import summary

entry = st.tuples(
    st.integers(0, 2),                       # which event
    st.sampled_from(["attendee", "plan", "yes", "no", "unsure"]),
    st.integers(0, 40),                      # quantity
    st.booleans(),                           # voided later?
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(entry, max_size=30))
def test_report_totals_equal_sum_of_non_voided_entries(tmp_path_factory, entries):
    conn = open_database(tmp_path_factory.mktemp("prop") / "p.db")
    plan, _ = records.add_plan(conn, "Glengarry")
    ids = [events.add_event(conn, f"E{i}", f"2025-06-{10 + i}", "Windsor") for i in range(3)]
    expected = {"attendee": 0, "plan": 0, "yes": 0, "no": 0, "unsure": 0}
    for which, kind, quantity, voided in entries:
        options = {"attendees": quantity} if kind == "attendee" else {"plans": [(plan, quantity)]} if kind == "plan" \
            else {kind: quantity}
        [entry_id] = tally.record_paper_counts(conn, ids[which], **options)
        if voided:
            tally.void(conn, entry_id)
        else:
            expected[kind] += quantity
    figures = summary(conn, "2025-06-01", "2025-06-30")
    answered = expected["yes"] + expected["no"] + expected["unsure"]
    assert figures["attendees"] == expected["attendee"]
    assert figures["plans_distributed"] == expected["plan"] == sum(figures["plans_by_name"].values())
    assert figures["confidence"]["answered"] == answered
    assert figures["confidence"]["percent_yes"] == (round(100 * expected["yes"] / answered + 1e-9, 1) if answered else None)
    assert sum(v["attendees"] for v in figures["by_municipality"].values()) == expected["attendee"]
    conn.close()
