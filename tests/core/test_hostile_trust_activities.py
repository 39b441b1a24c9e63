"""Hostile bundles against the newer records: a laptop's real key (stolen or buggy) signing changes to
what another laptop made — a consultation, its responses and themes, a training and its attendance, a
safety plan. The office ignores them and every honest figure stays as it was."""

from outreach_app.core.clock import new_id
from outreach_app.core.consultations.organisations import add_organisation
from outreach_app.core.consultations.records import add_consultation
from outreach_app.core.consultations.responses import add_responses
from outreach_app.core.consultations.themes import tag_response
from outreach_app.core.store.connection import device_id
from outreach_app.core.trainings.attendance import record_attendance
from outreach_app.core.trainings.sessions import add_training

from .hostile_bundles import craft, imported, row_of, world
from .test_hostile_trust import BIG_HLC, next_seq


def test_a_laptop_cannot_change_or_void_another_laptops_consultations_and_trainings(tmp_path):
    w = world(tmp_path)
    talk = add_consultation(w.lap2, "Newcomer council", "2025-06-21", "Leamington", attendees=46)
    responses = add_responses(w.lap2, talk, 1, ["More lights", "Buses after nine"])
    tag_response(w.lap2, responses[0], ["Feeling safe at night"])
    police, _ = add_organisation(w.lap2, "Leamington Police", "Police")
    training = add_training(w.lap2, "Naloxone", "2025-06-22", "Leamington")
    attendance = record_attendance(w.lap2, training, police, 10, 9)
    w.sync_round()
    before = w.figures()
    assert before["office"]["consultations"]["responses"] == 2 and before["office"]["trainings"]["people_trained"] == 9

    lap1 = device_id(w.lap1)
    cancel_talk = {**row_of(w.office, "consultations", talk), "cancelled": 1, "hlc": BIG_HLC, "device_id": lap1}
    cancel_training = {**row_of(w.office, "trainings", training), "cancelled": 1, "hlc": BIG_HLC, "device_id": lap1}
    voids = [{"id": new_id(), "target_id": target, "reason": "x", "created_at": "2025-06-23T10:00:00+00:00",
              "device_id": lap1, "hlc": BIG_HLC} for target in (*responses, attendance)]
    inflated = {**row_of(w.office, "training_attendance", attendance), "id": new_id(), "attended": 500,
                "registered": 500, "device_id": lap1, "hlc": BIG_HLC}
    hostile = craft(w.lap1, tmp_path / "activities.zip", sequence=next_seq(w.lap1),
                    rows={"consultations": [cancel_talk], "trainings": [cancel_training], "voids": voids,
                          "training_attendance": [inflated]})
    (result,) = imported(w.office, hostile)
    assert not result.refused, result.refused  # taken in, and what breaks the trust rules ignored
    assert any("ignored" in str(warning) for warning in result.warnings)
    w.assert_still_syncs(before)
