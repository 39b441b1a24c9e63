"""Trainings travel: attendance and ratings converge across two laptops and the office in any order,
the same organisation typed on two laptops is one, and a laptop cannot change another's training."""

import itertools

import pytest

from outreach_app.core.consultations.organisations import add_organisation
from outreach_app.core.errors import InvalidInput
from outreach_app.core.records.tally import void
from outreach_app.core.trainings import attendance, ratings, sessions
from outreach_app.core.trainings.figures import trainings_summary

from .sync_helpers import enrol, export, fingerprints, import_ok, laptop, office_db, others_rows


def _figures(conn):
    found = trainings_summary(conn, "2026-01-01", "2026-12-31")
    return {k: found[k] for k in ("sessions", "people_trained", "organisations_reached", "sectors_reached",
                                  "sectors_not_reached", "percent_improved", "statements")}


def _work(tmp_path):
    a, b, office = laptop(tmp_path, "lap-a"), laptop(tmp_path, "lap-b"), office_db(tmp_path)
    enrol(office, a, b)
    first = sessions.add_training(a, "Naloxone and overdose response", "2026-03-10", "Leamington")
    second = sessions.add_training(b, "Mental-health first aid", "2026-04-02", "Essex")
    police_a, _ = add_organisation(a, "Leamington OPP", "Police")
    police_b, _ = add_organisation(b, "leamington opp", "Police")  # the same organisation, typed on b
    school, _ = add_organisation(b, "Essex District High", "Education")
    attendance.record_attendance(a, first, police_a, 10, 9)
    wrong = attendance.record_attendance(a, first, police_a, 10, 8)
    void(a, wrong)
    attendance.record_attendance(b, second, police_b, 5, 4)
    attendance.record_attendance(b, second, school, 6, 0)
    ratings.record_form(a, first, [(1, 2, 4), (2, 3, 3)])
    ratings.record_form(b, second, [(1, 3, 3)])
    ratings.record_form(b, second, [(4, None, 5)])
    return a, b, office


def test_attendance_and_ratings_converge_in_any_order(tmp_path):
    a, b, office = _work(tmp_path)
    usb = tmp_path / "usb"
    bundles = [export(a, usb), export(b, usb)]
    expected = None
    for order in itertools.permutations(bundles):
        fresh = office_db(tmp_path / f"o{len(list(tmp_path.iterdir()))}")
        enrol(fresh, a, b)
        for bundle in order + order[:1]:  # and once more: nothing changes
            import_ok(fresh, bundle)
        if expected is None:
            expected = _figures(fresh)
        assert _figures(fresh) == expected
    assert expected["sessions"] == 2 and expected["people_trained"] == 13
    assert expected["organisations_reached"] == 1 and expected["sectors_not_reached"] == ["Education"]
    assert expected["percent_improved"] == 50.0
    for bundle in bundles:
        import_ok(office, bundle)
    relay = export(office, usb)
    for lap in (a, b):
        import_ok(lap, relay, accept_keys=fingerprints(relay))
    assert _figures(a) == _figures(b) == _figures(office) == expected
    assert others_rows(a)["training_attendance"] == others_rows(office)["training_attendance"]


def test_a_laptop_cannot_record_on_another_laptops_training_and_a_forged_row_does_not_count(tmp_path):
    a, b, office = _work(tmp_path)
    usb = tmp_path / "usb"
    import_ok(office, export(a, usb))
    relay = export(office, usb)
    import_ok(b, relay, accept_keys=fingerprints(relay))
    first = a.execute("SELECT id FROM trainings").fetchone()[0]
    police = a.execute("SELECT id FROM organisations").fetchone()[0]
    with pytest.raises(InvalidInput, match="made on another device"):
        attendance.record_attendance(b, first, police, 50, 50)
    # a row written straight into b's database (as a stolen laptop might) counts nowhere
    from outreach_app.core.store.facts import insert_fact

    with b:
        insert_fact(b, "training_attendance", {"training_id": first, "organisation_id": police, "registered": 99,
                                               "attended": 99})
    assert trainings_summary(b, "2026-03-10", "2026-03-10")["people_trained"] == 9
