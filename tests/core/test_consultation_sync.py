"""A consultation travels through two laptops and the office; the same theme made on both is one theme;
merges, voids and stars travel; what other features read (heard_in_municipality, consultations_summary)."""

from outreach_app.core.consultations import guides, records, report, responses, themes
from outreach_app.core.consultations.heard import consultations_summary, heard_in_municipality
from outreach_app.core.records import tally

from .consultation_helpers import consultation_with_responses
from .sync_helpers import export, import_ok, laptop, office_db, rows


def test_a_consultation_round_trip_through_two_laptops_and_the_office(tmp_path):
    a, b, office = laptop(tmp_path, "lap-a"), laptop(tmp_path, "lap-b"), office_db(tmp_path)
    usb = tmp_path / "usb"
    ident, ids = consultation_with_responses(a)
    import_ok(office, export(a, usb))
    import_ok(b, export(office, usb))
    # laptop b types up the second table's notes and themes them with a name a also made
    more = responses.add_responses(b, ident, 1, ["Streetlights on my road", "Neighbourhood watch"], "Table 4")
    themes.tag_response(b, more[0], ["lighting"])
    themes.tag_response(b, more[1], ["Watching out", "Transit"])
    # meanwhile laptop a merges, stars and voids
    themes.merge_themes(a, ident, "Lighting", "Safety at night")
    themes.tag_response(a, ids[5], ["Transit"])  # the same new theme made on both laptops
    responses.star_response(a, ids[2])
    tally.void(a, ids[4])
    import_ok(office, export(a, usb), export(b, usb))
    back = export(office, usb)
    import_ok(a, back)
    import_ok(b, back)
    same = [{t: r for t, r in rows(conn).items() if t != "devices"} for conn in (a, b, office)]
    assert same[0] == same[1] == same[2]
    reports = [report.consultation_report(conn, ident) for conn in (a, b, office)]
    assert reports[0] == reports[1] == reports[2]
    assert reports[0]["questions"][0]["responses"] == 6  # 5 + 2 - 1 voided
    assert [(t["name"], t["count"]) for t in reports[0]["themes"]] == [
        ("Safety at night", 3), ("Belonging", 2), ("Transit", 2), ("Watching out", 1)]
    assert reports[0]["questions"][0]["quotes"] == ["Police who speak my language"]


def test_heard_in_municipality_and_the_summary(conn):
    ident, ids = consultation_with_responses(conn, "Leamington")
    responses.star_response(conn, ids[0])
    other = records.add_consultation(conn, "Other town", "2019-12-04", "Essex", kind="focus-group", attendees=8)
    responses.add_response(conn, other, 1, "Busy roads")
    later = records.add_consultation(conn, "Second round", "2020-02-01", "leamington")  # same town, other spelling
    themes.tag_response(conn, responses.add_response(conn, later, 1, "Lit parks"), ["lighting"])
    themes.tag_response(conn, responses.add_response(conn, later, 1, "Lit lanes"), ["Lighting"])
    cancelled = records.add_consultation(conn, "Called off", "2019-12-05", "Leamington")
    themes.tag_response(conn, responses.add_response(conn, cancelled, 1, "x"), ["Zebra"])
    records.set_cancelled(conn, cancelled)
    municipality = records.get_consultation(conn, ident).municipality_id
    heard = heard_in_municipality(conn, municipality)
    assert [(h.name, h.responses) for h in heard] == [("Lighting", 3), ("Belonging", 2), ("Safety at night", 2)]
    assert heard[2].quotes == ["Feeling safe walking at night"] and heard[0].quotes == []
    first_lighting = [t.id for t in themes.list_themes(conn, ident) if t.name == "Lighting"][0]
    later_lighting = [t.id for t in themes.list_themes(conn, later) if t.name.lower() == "lighting"][0]
    assert heard[0].theme_id == min(first_lighting, later_lighting)
    summary = consultations_summary(conn, "2019-12-01", "2019-12-31")
    assert (summary["consultations"], summary["responses"], summary["themes"], summary["attendees"]) == (2, 8, 3, 54)
    assert summary["by_kind"]["focus-group"] == {"consultations": 1, "responses": 1, "themes": 0, "attendees": 8}
    assert consultations_summary(conn, "2019-12-01", "2019-12-31", [municipality])["consultations"] == 1
    assert consultations_summary(conn, "2021-01-01", "2021-12-31")["consultations"] == 0


def test_a_guide_travels_with_its_questions(tmp_path):
    a, office = laptop(tmp_path, "lap-a"), office_db(tmp_path)
    guide = guides.add_template_guide(a)
    import_ok(office, export(a, tmp_path / "usb"))
    assert guides.get_guide(office, guide).questions == guides.get_guide(a, guide).questions


def test_contacts_travel_only_in_encrypted_bundles(tmp_path):
    from outreach_app.core.consultations.organisations import add_organisation, get_organisation
    from outreach_app.core.sync.keys import load_identities, make_identity_file

    a, office = laptop(tmp_path, "lap-a"), office_db(tmp_path)
    ident, _ = add_organisation(a, "CMHA", "Health", contact_name="Intake desk", contact_email="intake@cmha.example.org")
    import_ok(office, export(a, tmp_path / "plain", encrypt=False))
    assert get_organisation(office, ident).contact_email is None and get_organisation(office, ident).sector == "Health"
    office2 = office_db(tmp_path, "office2")
    recipient = make_identity_file(tmp_path / "office-identity.txt")
    import_ok(office2, export(a, tmp_path / "sealed", full=True, recipients=[recipient]),
              identities=load_identities(tmp_path / "office-identity.txt"))
    assert get_organisation(office2, ident).contact_email == "intake@cmha.example.org"
