"""Property: any order and any repetition of a set of bundles yields the same report and the same rows."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outreach_app.core.records import events, catalogue as records, tally
from outreach_app.core.clock import new_id, next_rev
from outreach_app.core.store.connection import device_id
from outreach_app.core.store.database import open_database
from outreach_app.core.sync.bundle import read_bundle
from outreach_app.core.sync.trust import make_office

from .sync_helpers import day_of_work, export, import_ok, laptop, office_db, others_rows, report


@pytest.fixture(scope="module")
def bundles(tmp_path_factory):
    """Bundles from three laptops that edit, void and name things concurrently, through their office; lap-b
    also tries to correct lap-a's records (an edit and a void), which only the office may do."""
    folder = tmp_path_factory.mktemp("property")
    usb = folder / "usb"
    a, b, c = laptop(folder, "lap-a"), laptop(folder, "lap-b"), laptop(folder, "lap-c")
    office = office_db(folder)
    made = []
    shared = day_of_work(a, "Glengarry BBQ", "2025-06-19", attendees=3)
    made.append(export(a, usb))                                   # a1: the event and its taps
    import_ok(office, made[0])
    import_ok(b, export(office, usb))
    first_tap = tally.event_entries(a, shared)[-1].id
    tally.void(a, first_tap)
    events.update_event(a, shared, notes="from a")
    records.add_plan(a, "Riverside")
    made.append(export(a, usb))                                   # a2: a void, an edit, a new plan
    b.execute("UPDATE events SET notes = 'from b', hlc = hlc + 1000, device_id = ?, rev = ? WHERE id = ?",
              (device_id(b), next_rev(b), shared))               # not b's event: the office ignores this
    records.add_plan(b, "riverside ")                             # same name key, another id
    tally.record_plan_handed_out(b, shared, records.find_plan(b, "Riverside"))
    b.execute("INSERT INTO voids (id, target_id, reason, created_at, device_id, hlc) VALUES (?, ?, 'b', ?, ?, 1)",
              (new_id(), first_tap, "2025-06-19T10:00:00+00:00", device_id(b)))  # not b's entry: no effect
    b.commit()
    made.append(export(b, usb))                                   # b1
    day_of_work(c, "Kingsville walk", "2025-07-02", municipality="Kingsville", plan="Riverside")
    from outreach_app.core.records.tally import add_baseline
    add_baseline(c, "2025-05-01", 40, "Kingsville")
    made.append(export(c, usb))                                   # c1
    import_ok(office, made[1], made[2], made[3])
    import_ok(a, export(office, usb))
    events.set_event_cancelled(a, shared, False)                  # an edit after seeing b's
    events.update_event(a, shared, name="Glengarry BBQ and games")
    made.append(export(a, usb))                                   # a3
    for conn in (a, b, c, office):
        conn.close()
    return [read_bundle(path).path for path in made]


def _merge(paths) -> tuple[dict, dict]:
    office = open_database(":memory:")
    records.set_device_name(office, "office")
    make_office(office)
    import_ok(office, *paths)
    found = (report(office), others_rows(office))
    office.close()
    return found


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_order_and_repetition_gives_the_same_database(bundles, data):
    expected = _merge(bundles)
    order = data.draw(st.permutations(range(len(bundles))))
    repeats = data.draw(st.lists(st.sampled_from(range(len(bundles))), max_size=4))
    positions = [data.draw(st.integers(0, len(order) + i)) for i in range(len(repeats))]
    sequence = list(order)
    for index, at in zip(repeats, positions):
        sequence.insert(at, index)
    assert _merge([bundles[i] for i in sequence]) == expected


def test_the_merged_picture_is_what_the_laptops_did(bundles):
    summary, table_rows = _merge(bundles)
    assert summary["events"] == 2
    assert summary["attendees"] == 3 - 1 + 3            # a's first tap voided (twice), c's three
    riverside = {k: v for k, v in summary["plans_by_name"].items() if k.casefold() == "riverside"}
    assert list(riverside.values()) == [2]             # one plan in the report, from two ids
    notes = {row[0]: row for row in table_rows["events"]}
    assert any(row[1] == "Glengarry BBQ and games" for row in notes.values())
    assert [row[9] for row in notes.values() if row[1] == "Glengarry BBQ and games"] == ["from a"]
