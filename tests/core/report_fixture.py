"""A small hand-made database whose report figures are worked out by hand in the tests."""

from outreach_app.core.records.events import add_event, set_event_cancelled
from outreach_app.core.records.catalogue import add_plan, find_municipality
from outreach_app.core.records.tally import add_baseline, record_paper_counts, void

ALIAS_PLAN = "ffffffff-0000-4000-8000-000000000001"  # "GLENGARRY" made on another laptop
ALIAS_TOWN = "ffffffff-0000-4000-8000-000000000002"  # "windsor " made on another laptop


def _alias(conn, table, ident, name, key):
    conn.execute(f"INSERT INTO {table} (id, name, name_key, hlc, updated_at, device_id, rev)"
                 " VALUES (?, ?, ?, 1, '2025-01-01T00:00:00Z', 'other-laptop', 0)", (ident, name, key))


def build(conn) -> dict:
    """Events (all 2025):
    before  May 10 Essex:       plans Glengarry 7 (counts in plans_before from June 1)
    e1      June 19 Windsor:    attendees 30, Glengarry 12, West End 5 (voided), yes 9 no 1
    e2      July 2 'windsor ' (alias id): attendees 10, GLENGARRY (alias id) 3, yes 1 unsure 1
    e3      July 20 Essex:      attendees 4, West End 2 (no answers)
    gone    June 25 Windsor, cancelled: attendees 100, Glengarry 50, yes 50
    Baselines: May 1 Windsor 100 (before); June 20 Windsor 20 (within); voided Apr 1 Windsor 999.
    """
    glengarry, _ = add_plan(conn, "Glengarry")
    west_end, _ = add_plan(conn, "West End")
    _alias(conn, "plans", ALIAS_PLAN, "GLENGARRY", "glengarry")
    _alias(conn, "municipalities", ALIAS_TOWN, "windsor ", "windsor")
    before = add_event(conn, "Early table", "2025-05-10", "Essex")
    record_paper_counts(conn, before, plans=[(glengarry, 7)])
    e1 = add_event(conn, "Glengarry BBQ", "2025-06-19", "Windsor", "Glengarry Court")
    ids = record_paper_counts(conn, e1, attendees=30, plans=[(glengarry, 12), (west_end, 5)], yes=9, no=1)
    void(conn, ids[2])
    e2 = add_event(conn, "Bridgeview fun day", "2025-07-02", "Windsor")
    conn.execute("UPDATE events SET municipality_id = ? WHERE id = ?", (ALIAS_TOWN, e2))
    record_paper_counts(conn, e2, attendees=10, plans=[(ALIAS_PLAN, 3)], yes=1, unsure=1)
    e3 = add_event(conn, "Essex info table", "2025-07-20", "Essex")
    record_paper_counts(conn, e3, attendees=4, plans=[(west_end, 2)])
    gone = add_event(conn, "Rained out", "2025-06-25", "Windsor")
    record_paper_counts(conn, gone, attendees=100, plans=[(glengarry, 50)], yes=50)
    set_event_cancelled(conn, gone)
    add_baseline(conn, "2025-05-01", 100, "Windsor")
    add_baseline(conn, "2025-06-20", 20, "Windsor")
    void(conn, add_baseline(conn, "2025-04-01", 999, "Windsor"))
    assert find_municipality(conn, "Windsor") != ALIAS_TOWN
    return {"before": before, "e1": e1, "e2": e2, "e3": e3, "gone": gone}
