"""Safety plans written in Outreach: sections and steps, the contacts directory on the shared
organisations, versions that freeze a plan, the catalogue of published plans, hand-outs by version."""

import json
import sqlite3

import pytest

from outreach_app.core.consultations import organisations as orgs
from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.plans import contacts, drafts, versions, views
from outreach_app.core.plans.report import handed_out_report
from outreach_app.core.records import catalogue, events, tally

from .safety_plan_helpers import small_plan


def titles(conn, plan_id):
    return [s.title for s in drafts.get_safety_plan(conn, plan_id).sections]


def test_a_new_plan_starts_with_the_starter_sections_in_its_language(conn):
    english = drafts.add_safety_plan(conn, "Leamington North", "Leamington", postal_areas=["n8h"])
    french = drafts.add_safety_plan(conn, "Essex Centre Nord", "Essex", language="fr")
    plan = drafts.get_safety_plan(conn, english)
    assert plan.postal_areas == ("N8H",) and plan.municipality == "Leamington"
    assert titles(conn, english)[:3] == ["Someone may be overdosing", "A mental-health crisis", "Someone in distress"]
    assert len(plan.sections) == 7 and all(len(s.steps) >= 3 for s in plan.sections)
    assert plan.sections[0].steps[0].text.startswith("Call 911")
    assert titles(conn, french)[0] == "Une personne fait peut-être une surdose"


@pytest.mark.parametrize("call, words", [
    (lambda c, ids: drafts.add_step(c, ids["section"], "   "), "step text must not be empty"),
    (lambda c, ids: drafts.add_section(c, ids["plan"], ""), "section title must not be empty"),
    (lambda c, ids: drafts.add_step(c, ids["section"], "Call", ["0c2b6f1e-0000-4000-8000-000000000000"]), "no contact"),
    (lambda c, ids: drafts.add_safety_plan(c, "X", "Essex", postal_areas=["N8"]), "postal area 'N8'"),
    (lambda c, ids: drafts.move_step(c, ids["steps"][0], 3), "position 3 is not between 1 and 2, the number of steps"),
    (lambda c, ids: contacts.add_contact(c, "Clinic", phone="call us"), "phone 'call us' is not a phone number"),
    (lambda c, ids: drafts.add_safety_plan(c, "Leamington North", "Essex"), "already exists"),
])
def test_bad_input_is_refused_in_one_line_and_nothing_changes(conn, call, words):
    ids = small_plan(conn)
    before = views.show(conn, ids["plan"])
    with pytest.raises((InvalidInput, NotFound)) as refused:
        call(conn, ids)
    assert words in str(refused.value) and "\n" not in str(refused.value)
    assert views.show(conn, ids["plan"]) == before


def test_sections_and_steps_are_reordered_edited_and_removed(conn):
    ids = small_plan(conn)
    other = drafts.add_section(conn, ids["plan"], "Noise at night")
    drafts.add_step(conn, other, "Call the by-law line.")
    drafts.move_section(conn, other, 1)
    assert titles(conn, ids["plan"]) == ["Noise at night", "Public urination"]
    drafts.move_step(conn, ids["steps"][1], 1)
    drafts.edit_step(conn, ids["steps"][0], text="Stay calm; do not confront the person.")
    steps = drafts.get_safety_plan(conn, ids["plan"]).sections[1].steps
    assert [s.text for s in steps] == ["Report it to the by-law line.", "Stay calm; do not confront the person."]
    assert [s.position for s in steps] == [1, 2]
    drafts.remove_step(conn, ids["steps"][1])
    drafts.edit_section(conn, other, title="Noise late at night")
    drafts.remove_section(conn, ids["section"])
    plan = drafts.get_safety_plan(conn, ids["plan"])
    assert [s.title for s in plan.sections] == ["Noise late at night"]
    with pytest.raises(NotFound):
        drafts.add_step(conn, ids["section"], "A step in a removed section")


def test_a_contact_belongs_to_an_organisation_of_the_shared_list(conn):
    orgs.add_organisation(conn, "CMHA Windsor-Essex", "Health")
    ident = contacts.add_contact(conn, "cmha windsor-essex", service="Crisis line", phone="1-866-299-8480")
    new = contacts.add_contact(conn, "Leamington Food Bank", phone="519-555-0101", areas=["Leamington", "N8H"])
    listed = {o.name: o for o in orgs.list_organisations(conn)}
    assert set(listed) == {"CMHA Windsor-Essex", "Leamington Food Bank"}
    assert listed["Leamington Food Bank"].sector == contacts.DEFAULT_SECTOR
    assert contacts.get_contact(conn, ident).organisation_id == listed["CMHA Windsor-Essex"].id
    assert contacts.get_contact(conn, new).areas == ("Leamington", "N8H")
    orgs.edit_organisation(conn, "CMHA Windsor-Essex", name="CMHA")
    assert contacts.get_contact(conn, ident).label == "CMHA — Crisis line"


def test_publishing_freezes_a_version_and_refuses_an_empty_section(conn):
    ids = small_plan(conn)
    empty = drafts.add_section(conn, ids["plan"], "Vandalism")
    with pytest.raises(InvalidInput, match="section 'Vandalism' of 'Leamington North' has no step"):
        versions.publish(conn, ids["plan"])
    assert versions.list_versions(conn, ids["plan"]) == []
    drafts.remove_section(conn, empty)
    assert versions.publish(conn, ids["plan"]) == 1
    drafts.edit_step(conn, ids["steps"][0], text="Walk away.")
    assert versions.publish(conn, ids["plan"]) == 2
    first = views.show(conn, ids["plan"], version=1)
    assert first["sections"][0]["steps"][0]["text"] == "Do not confront the person."
    assert views.show(conn, ids["plan"], version=2)["sections"][0]["steps"][0]["text"] == "Walk away."
    listed = versions.list_versions(conn, ids["plan"])
    assert [(v.version, v.current) for v in listed] == [(1, False), (2, True)]
    assert listed[0].published_by  # who published it (this device's name)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE plan_versions SET content = '{}'")


def test_a_changed_contact_is_listed_before_saving_and_shows_in_the_next_version_only(conn):
    ids = small_plan(conn)
    contacts.edit_contact(conn, ids["crisis"], phone="519-555-0000")  # a draft only: no question
    versions.publish(conn, ids["plan"])
    with pytest.raises(contacts.PlansAffected) as asked:
        contacts.edit_contact(conn, ids["crisis"], phone="519-555-1111")
    assert asked.value.affected == ["Leamington North"]
    assert contacts.get_contact(conn, ids["crisis"]).phone == "519-555-0000"
    contacts.edit_contact(conn, ids["crisis"], phone="519-555-1111", confirmed=True)
    assert versions.version_content(conn, ids["plan"])[1]["contacts"][ids["crisis"]]["phone"] == "519-555-0000"
    versions.publish(conn, ids["plan"])
    assert versions.version_content(conn, ids["plan"])[1]["contacts"][ids["crisis"]]["phone"] == "519-555-1111"


def test_the_area_services_are_the_contacts_serving_its_area_municipality_or_postal_areas(conn):
    ids = small_plan(conn)
    far = contacts.add_contact(conn, "Windsor Shelter", phone="519-555-0199", areas=["Windsor"])
    postal = contacts.add_contact(conn, "N8H Clinic", phone="519-555-0188", areas=["n8h"])
    content = versions.contents(conn, drafts.get_safety_plan(conn, ids["plan"]))
    assert set(content["area_services"]) == {ids["crisis"], postal} and far not in content["contacts"]
    assert [p.name for p in versions.plans_using_contact(conn, postal)] == ["Leamington North"]


def test_the_catalogue_holds_published_plans_once_and_plan_commands_keep_working(conn):
    ids = small_plan(conn)
    names = lambda: [p.name for p in catalogue.list_plans(conn)]  # noqa: E731
    assert "Leamington North" not in names()  # a draft is not offered at events
    versions.publish(conn, ids["plan"])
    versions.publish(conn, ids["plan"])
    assert names().count("Leamington North") == 1
    assert catalogue.find_plan(conn, "Leamington North") == ids["plan"]
    catalogue.rename_plan(conn, ids["plan"], "Leamington N.")
    assert drafts.get_safety_plan(conn, ids["plan"]).name == "Leamington N."
    catalogue.set_plan_active(conn, ids["plan"], False)
    assert "Leamington N." not in names() and versions.list_versions(conn, ids["plan"])  # history stays


def test_a_plan_already_in_the_catalogue_is_given_sections_later(conn):
    glengarry = catalogue.find_plan(conn, "Glengarry")
    event = events.add_event(conn, "BBQ", "2026-06-19", "Windsor")
    tally.record_plan_handed_out(conn, event, glengarry)
    ident = drafts.add_safety_plan(conn, "Glengarry", "Windsor", starter=True)
    assert ident == glengarry
    assert versions.publish(conn, ident) == 1
    tally.record_plan_handed_out(conn, event, glengarry)
    assert versions.handed_out_by_version(conn, ident) == {None: 1, 1: 1}


def test_hand_outs_count_by_the_version_current_when_tapped_and_old_versions_stay_in_reports(conn):
    ids = small_plan(conn)
    versions.publish(conn, ids["plan"])
    event = events.add_event(conn, "BBQ", "2026-06-19", "Leamington")
    tally.record_plan_handed_out(conn, event, ids["plan"])
    tally.record_paper_counts(conn, event, plans=[(ids["plan"], 4)], yes=3, no=1)
    versions.publish(conn, ids["plan"])
    tapped = tally.record_plan_handed_out(conn, event, ids["plan"])
    tally.record_plan_handed_out(conn, event, ids["plan"])
    tally.void(conn, tapped.entry.id)
    assert [(v.version, v.handed_out) for v in versions.list_versions(conn, ids["plan"])] == [(1, 5), (2, 1)]
    assert views.show(conn, ids["plan"])["versions"][0]["handed_out"] == 5
    report = handed_out_report(conn, "2026-01-01", "2026-12-31")
    assert report["by_area"] == {"Leamington North": {"Leamington North": {"1": 5, "2": 1}}}
    assert report["plans"][0]["confidence"] == {"yes": 3, "no": 1, "unsure": 0, "answered": 4, "percent_yes": 75.0}
    assert handed_out_report(conn, "2027-01-01", "2027-12-31")["plans"] == []
    from outreach_app.core.reports.summary import summary

    assert summary(conn, "2026-01-01", "2026-12-31", "Leamington")["safety_plans"]["by_area"] == report["by_area"]
    assert summary(conn, "2026-01-01", "2026-12-31", "Windsor")["safety_plans"]["plans"] == []


def test_a_translation_is_linked_and_uses_the_starter_set_s_own_french(conn):
    english = drafts.add_safety_plan(conn, "Leamington North", "Leamington")
    first = drafts.get_safety_plan(conn, english).sections[0]
    drafts.edit_step(conn, first.steps[1].id, text="Give naloxone if you carry it.")
    french = views.translate(conn, english, "fr")
    plan = drafts.get_safety_plan(conn, french)
    assert plan.original_id == english and plan.language == "fr" and plan.name == "Leamington North (français)"
    assert plan.sections[0].title == "Une personne fait peut-être une surdose"
    assert plan.sections[0].steps[0].text.startswith("Composez le 911")
    assert plan.sections[0].steps[1].text == "Give naloxone if you carry it."  # edited: left to translate
    assert views.show(conn, english)["translations"] == [french]
    with pytest.raises(InvalidInput, match="already has a translation"):
        views.translate(conn, english, "fr")


def test_show_json_lists_versions_with_their_hand_outs(conn):
    ids = small_plan(conn)
    versions.publish(conn, ids["plan"])
    data = json.loads(json.dumps(views.show(conn, ids["plan"])))
    assert data["versions"] == [{"version": 1, "published": data["versions"][0]["published"],
                                 "published_by": data["versions"][0]["published_by"], "handed_out": 0, "current": True}]
    assert [s["title"] for s in data["sections"]] == ["Public urination"]
    assert data["contacts"][ids["police"]]["phone"] == "911"
