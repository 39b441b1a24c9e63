"""Live event totals: aliased plans (same name made on two laptops) and orphans count as before the
speed-up that groups entries in the index before naming plans."""

import random
import uuid

from outreach_app.core.records import events, tally
from outreach_app.core.clock import new_id
from outreach_app.core.store.connection import device_id

# the original, slower query: canonical plan id computed for every entry
_REFERENCE = (
    "SELECT t.kind, (SELECT min(p2.id) FROM plans p2 WHERE p2.name_key = p.name_key), t.answer, sum(t.quantity)"
    " FROM tally_entries t LEFT JOIN plans p ON p.id = t.plan_id"
    " WHERE t.event_id = ? AND t.voided = 0 GROUP BY 1, 2, 3"
)


def test_totals_merge_aliases_and_keep_orphans_like_the_reference_query(conn):
    event = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    canonical = conn.execute("SELECT id, name_key FROM plans WHERE name = 'Glengarry'").fetchone()
    alias = "ffffffff-0000-4000-8000-000000000000"  # sorts after the seeded id: an alias of it
    conn.execute("INSERT INTO plans (id, name, name_key, hlc, updated_at, device_id, rev)"
                 " VALUES (?, 'glengarry', ?, 1, '', 'other', 0)", (alias, canonical[1]))
    orphan = str(uuid.uuid4())  # an entry whose plan has not arrived yet
    rng = random.Random(7)
    for _ in range(300):
        kind = rng.choice(["attendee", "plan", "confidence"])
        plan = rng.choice([canonical[0], alias, orphan]) if kind == "plan" else None
        answer = rng.choice(tally.ANSWERS) if kind == "confidence" else None
        conn.execute("INSERT INTO tally_entries (id, event_id, kind, plan_id, answer, quantity, source, created_at,"
                     " device_id, hlc) VALUES (?, ?, ?, ?, ?, ?, 'tap', '', ?, 1)",
                     (new_id(), event, kind, plan, answer, rng.randint(0, 3), device_id(conn)))
    last = conn.execute("SELECT id FROM tally_entries ORDER BY rowid DESC LIMIT 1").fetchone()[0]
    assert tally.void(conn, last)  # a voided entry counts nowhere
    totals = tally.event_totals(conn, event)
    expected = {}
    for kind, plan, answer, total in conn.execute(_REFERENCE, (event,)):
        key = plan if kind == "plan" else (answer or kind)
        expected[(kind, key)] = expected.get((kind, key), 0) + total
    assert totals.plans_by_plan == {k[1]: v for k, v in expected.items() if k[0] == "plan"}
    assert set(totals.plans_by_plan) == {canonical[0], None}
    assert totals.attendees == expected.get(("attendee", "attendee"), 0)
    assert (totals.yes, totals.no, totals.unsure) == tuple(expected.get(("confidence", a), 0) for a in tally.ANSWERS)
