"""Property: honest bundles mixed with hostile ones (re-signed with a laptop's real key, each breaking
one bound) in any order give exactly the figures and rows of the honest bundles alone."""

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outreach_app.core.sync.importer import import_files

from .sync_helpers import (altered_copy, day_of_work, export, fingerprints, import_ok, laptop, office_db, others_rows, report,
                           set_column)


def _hostile_changes():
    far = (1 << 62) - 5
    return {
        "clock": dict(tables={"events": lambda c, r: set_column(c, r, "hlc", far)}),
        "manifest clock": dict(manifest=lambda m: m.update(created_hlc=int(time.time() * 1000) + 9 * 86_400_000)),
        "quantity": dict(tables={"tally_entries": lambda c, r: set_column(c, r, "quantity", 10 ** 15)}),
        "text quantity": dict(tables={"tally_entries": lambda c, r: set_column(c, r, "quantity", "5")}),
        "control name": dict(tables={"events": lambda c, r: set_column(c, r, "name", "BBQ\x1b[2J")}),
        "jump": dict(manifest=lambda m: m.update(sequence=10 ** 9)),
        "stamp": dict(tables={"tally_entries": lambda c, r: set_column(c, r, "created_at", "soon")}),
    }


@pytest.fixture(scope="module")
def pool(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile-property")
    usb, lap1, lap2 = folder / "usb", laptop(folder, "lap1"), laptop(folder, "lap2")
    honest = []
    for day, (conn, name) in enumerate([(lap1, "BBQ"), (lap2, "Fair"), (lap1, "Market"), (lap2, "Walk")], 10):
        day_of_work(conn, name, f"2025-06-{day}", attendees=day)
        honest.append(export(conn, usb))
    hostile = []
    for number, (label, change) in enumerate(_hostile_changes().items()):
        source = honest[number % len(honest)]
        signer = lap1 if "lap1" in source.name else lap2
        change = {**change}
        manifest = change.pop("manifest", None)

        def new_id(m, manifest=manifest):  # a bundle of its own (not a second version of an honest one)
            import uuid

            m["bundle_id"] = str(uuid.uuid4())
            if manifest:
                manifest(m)

        hostile.append(altered_copy(signer, source, folder / f"hostile-{number}.zip", manifest=new_id, **change))
    office = office_db(folder, "office-honest")
    import_ok(office, *honest)
    return {"folder": folder, "honest": honest, "hostile": hostile, "report": report(office),
            "rows": others_rows(office)}


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_hostile_bundles_never_change_the_honest_figures(pool, data):
    chosen = data.draw(st.lists(st.sampled_from(pool["hostile"]), min_size=1, max_size=len(pool["hostile"])))
    files = data.draw(st.permutations(pool["honest"] + chosen))
    office = office_db(pool["folder"] / f"office-{time.monotonic_ns()}", "office-honest")
    results = import_files(office, files, accept_keys=sorted(set(fingerprints(*pool["honest"]))))
    refused = {r.path for r in results if r.refused}
    assert refused == set(chosen)
    assert report(office) == pool["report"]
    assert others_rows(office) == pool["rows"]
