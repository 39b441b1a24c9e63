"""Property: honest bundles mixed with hostile ones (a stolen laptop's real key, an outsider's fresh key),
in any order, leave the office with exactly the figures of the honest bundles alone."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outreach_app.core.records import events, catalogue as records
from outreach_app.core.clock import new_id
from outreach_app.core.store.connection import device_id
from outreach_app.core.store.database import open_database
from outreach_app.core.sync.export import export_bundle
from outreach_app.core.sync.importer import import_files

from .hostile_bundles import craft, installation, key_of, row_of, world
from .sync_helpers import report

BIG_HLC = 1 << 50


@pytest.fixture(scope="module")
def bundles(tmp_path_factory):
    """(honest files, hostile files, the honest laptops' fingerprints)."""
    folder = tmp_path_factory.mktemp("hostile-property")
    w = world(folder)
    honest = [export_bundle(lap, folder / "honest", full=True, encrypt=False).path for lap in (w.lap1, w.lap2)]
    lap1, office_id, seq = device_id(w.lap1), device_id(w.office), 50
    entries = [row_of(w.office, "tally_entries", i) for (i,) in
               w.office.execute("SELECT id FROM tally_entries WHERE event_id = ?", (w.event2,))]
    hostile_rows = [
        {"voids": [{"id": new_id(), "target_id": e["id"], "reason": "x", "created_at": e["created_at"],
                    "device_id": lap1, "hlc": BIG_HLC} for e in entries]},
        {"tally_entries": [{**entries[0], "id": new_id(), "quantity": 500, "device_id": device_id(w.lap2)}]},
        {"events": [{**row_of(w.office, "events", w.event2), "cancelled": 1, "hlc": BIG_HLC, "device_id": lap1}]},
        {"devices": [{**row_of(w.office, "devices", device_id(w.lap2)), "name": "pwned", "hlc": BIG_HLC,
                      "device_id": lap1}]},
        {"plans": [{**row_of(w.office, "plans", i), "active": 0, "hlc": BIG_HLC, "device_id": lap1}
                   for (i,) in w.office.execute("SELECT id FROM plans")]},
        {"tally_entries": [{**entries[1], "quantity": 77}]},  # a conflict: refused
    ]
    hostile = [craft(w.lap1, folder / f"stolen-{n}.zip", rows=rows, sequence=seq + n)
               for n, rows in enumerate(hostile_rows)]
    outsider = installation(folder, "outsider")
    hostile.append(craft(outsider, folder / "outsider.zip", role="office", receipts={lap1: [[1, 99]]},
                         rows={"tally_entries": [{**entries[0], "id": new_id(), "quantity": 900,
                                                  "device_id": device_id(outsider)}]}))
    keys = [key_of(w.lap1), key_of(w.lap2)]
    for conn in (w.office, w.lap1, w.lap2, outsider):
        conn.close()
    return honest, hostile, keys


def _office_figures(paths, keys) -> dict:
    office = open_database(":memory:")
    records.set_device_name(office, "office")
    try:
        from outreach_app.core.sync.trust import make_office
    except ImportError:  # an app without roles (to see this test fail there)
        make_office = None
    if make_office:
        make_office(office)
    for path in paths:
        import_files(office, [path], accept_keys=keys)
    found = {"report": report(office),
             "events": sorted((e.name, e.cancelled) for e in events.list_events(office)),
             "devices": sorted(name for (name,) in office.execute("SELECT name FROM devices")),
             "plans": [(p.name, p.active) for p in records.list_plans(office, include_retired=True)]}
    office.close()
    return found


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_hostile_bundles_in_any_order_leave_the_honest_figures(bundles, data):
    honest, hostile, keys = bundles
    expected = _office_figures(honest, keys)
    chosen = data.draw(st.lists(st.sampled_from(hostile), min_size=1, max_size=len(hostile) + 2))
    order = data.draw(st.permutations(honest + chosen))
    assert _office_figures(order, keys) == expected
