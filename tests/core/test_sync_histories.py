"""Property: generated multi-laptop histories (taps, paper counts, voids, edits, cancels, plans added
and renamed on several laptops, exports at random moments) merge at the office into the same
database whatever the order and repetition of their bundles."""

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outreach_app.core.records import catalogue, events, tally

from .sync_helpers import export, fingerprints, import_ok, laptop, office_db, others_rows, report

LAPTOPS = 2
PLAN_NAMES = ["Glengarry", "glengarry ", "Riverside", "West End"]  # the first two share a name key
step = st.one_of(
    st.tuples(st.just("event"), st.integers(0, LAPTOPS - 1), st.sampled_from(["2025-06-19", "2025-07-02"])),
    st.tuples(st.just("tap"), st.integers(0, LAPTOPS - 1), st.integers(0, 9), st.sampled_from(["attendee", "yes", "no"])),
    st.tuples(st.just("paper"), st.integers(0, LAPTOPS - 1), st.integers(0, 9), st.integers(1, 40)),
    st.tuples(st.just("void"), st.integers(0, LAPTOPS - 1), st.integers(0, 30)),
    st.tuples(st.just("edit"), st.integers(0, LAPTOPS - 1), st.integers(0, 9), st.text("abc ", min_size=1, max_size=6)),
    st.tuples(st.just("cancel"), st.integers(0, LAPTOPS - 1), st.integers(0, 9), st.booleans()),
    st.tuples(st.just("plan"), st.integers(0, LAPTOPS - 1), st.sampled_from(PLAN_NAMES)),
    st.tuples(st.just("rename"), st.integers(0, LAPTOPS - 1), st.integers(0, 9), st.sampled_from(["North", "South"])),
    st.tuples(st.just("hand"), st.integers(0, LAPTOPS - 1), st.integers(0, 9), st.integers(0, 9)),
    st.tuples(st.just("export"), st.integers(0, LAPTOPS - 1)),
)
# exports and edits often, so that most histories edit a record that an earlier bundle already carried
step = st.one_of(step, st.tuples(st.just("export"), st.integers(0, LAPTOPS - 1)),
                 st.tuples(st.just("event"), st.integers(0, LAPTOPS - 1), st.just("2025-06-19")))


def _pick(items, index):
    return items[index % len(items)] if items else None


def _live(folder, steps):
    """Play the steps on fresh laptops; each laptop only touches what it made. Returns every bundle."""
    laptops = [laptop(folder, f"lap-{n}") for n in range(LAPTOPS)]
    made = {n: {"events": [], "entries": [], "plans": []} for n in range(LAPTOPS)}
    bundles = []
    for s in steps:
        conn, mine = laptops[s[1]], made[s[1]]
        kind = s[0]
        if kind == "event":
            mine["events"].append(events.add_event(conn, f"Event {len(mine['events'])}", s[2], "Windsor"))
        elif kind in ("tap", "paper", "hand") and mine["events"]:
            event = _pick(mine["events"], s[2])
            if events.get_event(conn, event).cancelled:
                continue
            if kind == "tap":
                entry = tally.record_tap(conn, event, "attendee") if s[3] == "attendee" else \
                    tally.record_tap(conn, event, "confidence", answer=s[3])
                mine["entries"].append(entry.entry.id)
            elif kind == "paper":
                mine["entries"].extend(tally.record_paper_counts(conn, event, attendees=s[3]))
            elif mine["plans"]:
                mine["entries"].append(tally.record_plan_handed_out(conn, event, _pick(mine["plans"], s[3])).entry.id)
        elif kind == "void" and mine["entries"]:
            tally.void(conn, _pick(mine["entries"], s[2]))
        elif kind == "edit" and mine["events"]:
            events.update_event(conn, _pick(mine["events"], s[2]), notes=s[3].strip() or "x")
        elif kind == "cancel" and mine["events"]:
            events.set_event_cancelled(conn, _pick(mine["events"], s[2]), s[3])
        elif kind == "plan":
            plan, created = catalogue.add_plan(conn, s[2])
            if created:
                mine["plans"].append(plan)
        elif kind == "rename" and mine["plans"]:
            plan = _pick(mine["plans"], s[2])
            taken = catalogue.find_plan(conn, s[3])
            if taken is None or taken == plan:
                catalogue.rename_plan(conn, plan, s[3])
        elif kind == "export":
            bundles.append(export(conn, folder / "usb"))
    for conn in laptops:  # the end of the day: whatever is left goes out too
        bundles.append(export(conn, folder / "usb"))
        conn.close()
    return bundles


def _office(folder, name, paths):
    office = office_db(folder, name)
    import_ok(office, *paths, accept_keys=sorted(set(fingerprints(*paths))))
    found = report(office), others_rows(office)
    office.close()
    return found


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(steps=st.lists(step, min_size=8, max_size=30), data=st.data())
def test_generated_histories_converge_in_any_order(tmp_path_factory, steps, data):
    folder = tmp_path_factory.mktemp("history")
    bundles = _live(folder, steps)
    expected = _office(folder, "in-order", bundles)
    order = data.draw(st.permutations(bundles))
    again = data.draw(st.lists(st.sampled_from(bundles), max_size=3))
    shuffled = list(itertools.chain(order, again))
    assert _office(folder, "shuffled", shuffled) == expected
    assert _office(folder, "reversed", list(reversed(shuffled))) == expected
