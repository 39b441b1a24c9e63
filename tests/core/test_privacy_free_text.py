"""Every existing write of free text refuses what looks like a resident's identity unless told it is not
about a resident; the command line says why in one line and takes --allow-personal (core/privacy/free_text.py)."""

import pytest

from outreach_app.cli import main
from outreach_app.core.errors import InvalidInput, PersonalDataFound
from outreach_app.core.flyers import drops
from outreach_app.core.privacy.free_text import check_free_text
from outreach_app.core.privacy.guard import MASK, mask_personal_data
from outreach_app.core.records import events, tally


def _event(conn, **values):
    return events.add_event(conn, values.pop("name", "Glengarry BBQ"), "2025-06-19", "Windsor", **values)


def test_the_check_names_the_field_and_what_it_found():
    with pytest.raises(PersonalDataFound) as refused:
        check_free_text("call 519-555-0123", "notes")
    assert isinstance(refused.value, InvalidInput)  # every face that handles bad input handles it
    assert (refused.value.field, refused.value.kind) == ("notes", "a phone number")
    assert "notes" in str(refused.value) and "519-555-0123" in str(refused.value)
    assert check_free_text("call 519-555-0123", "notes", allow_personal=True) == "call 519-555-0123"
    assert check_free_text("Building 5, 40 plans", "notes") == "Building 5, 40 plans"


@pytest.mark.parametrize("field,value", [("name", "BBQ with Mrs Tremblay"), ("notes", "jt@example.com"),
                                         ("partners", "Dr. Patel"), ("site", "Apt 4B")])
def test_an_event_refuses_personal_text_in_each_free_text_field(conn, field, value):
    values = {field: value}
    with pytest.raises(PersonalDataFound) as refused:
        _event(conn, **values)
    assert refused.value.field == {"name": "event name"}.get(field, field)
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM sites").fetchone()[0] == 0  # nothing half-written
    ident = _event(conn, **values, allow_personal=True)
    assert getattr(events.get_event(conn, ident), field) == value


def test_masked_text_is_saved_without_the_flagged_part(conn):
    ident = _event(conn, notes=mask_personal_data("Mrs Tremblay (Apt 4B) took two"))
    assert events.get_event(conn, ident).notes == f"{MASK} ({MASK}) took two"


def test_an_edit_checks_only_what_changes(conn):
    ident = _event(conn, notes="Mme Roy helped", allow_personal=True)
    events.update_event(conn, ident, name="Glengarry BBQ 2", notes="Mme Roy helped")  # the kept note stays
    with pytest.raises(PersonalDataFound):
        events.update_event(conn, ident, partners="call 519-555-0123")
    assert events.get_event(conn, ident).partners is None


def test_void_baseline_and_flyer_drop_refuse_personal_text(conn):
    event = _event(conn)
    (entry,) = tally.record_paper_counts(conn, event, attendees=3)
    with pytest.raises(PersonalDataFound):
        tally.void(conn, entry, "resident John asked to be removed")
    assert tally.void(conn, entry, "typed twice")
    with pytest.raises(PersonalDataFound):
        tally.add_baseline(conn, "2025-01-01", 5, note="from jt@example.com")
    with pytest.raises(PersonalDataFound):
        drops.record_drop(conn, "library", "unit 12", 10, "2025-06-19")
    with pytest.raises(PersonalDataFound):
        drops.record_drop(conn, "library", "Library", 10, "2025-06-19", note="Mr Smith took them")
    assert conn.execute("SELECT count(*) FROM baselines").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM flyer_drops").fetchone()[0] == 0
    drops.record_drop(conn, "library", "unit 12", 10, "2025-06-19", allow_personal=True)


def test_the_command_line_refuses_in_one_line_unless_allowed(db_path, capsys):
    common = ["--db", str(db_path), "event", "add", "--name", "Visit", "--date", "2025-06-19", "--municipality",
              "Windsor", "--notes", "Mrs Tremblay asked"]
    assert main(common) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "notes" in error and "Mrs Tremblay" in error and "--allow-personal" in error
    assert main(common + ["--allow-personal"]) == 0
    event = capsys.readouterr().out.strip()
    assert main(["--db", str(db_path), "event", "edit", event, "--partners", "Dr. Patel"]) == 1
    assert "--allow-personal" in capsys.readouterr().err
    assert main(["--db", str(db_path), "baseline", "--date", "2025-01-01", "--plans", "3", "--note", "apt 4"]) == 1
    assert main(["--db", str(db_path), "flyer-drop", "--source", "lib", "--place", "Library", "--count", "3",
                 "--date", "2025-06-19", "--note", "555-0123"]) == 1
    capsys.readouterr()
    assert main(["--db", str(db_path), "flyer-drop", "--source", "lib", "--place", "Library", "--count", "3",
                 "--date", "2025-06-19", "--note", "555-0123", "--allow-personal"]) == 0


def test_every_command_saving_free_text_offers_allow_personal():
    from outreach_app.cli import build_parser

    parser = build_parser()
    event = ["--name", "n", "--date", "d", "--municipality", "m"]
    for argv in (["event", "add", *event], ["event", "edit", "x"], ["void", "x"],
                 ["baseline", "--date", "d", "--plans", "1"], ["flyer-drop"]):
        args = parser.parse_args(argv + ["--allow-personal"])
        assert args.allow_personal is True, argv


def test_text_arriving_from_another_device_is_not_checked_again(tmp_path):
    """The person who typed it decided on that laptop (docs/privacy.md); refusing it would lose the bundle."""
    from tests.core.sync_helpers import enrol, export, import_ok, laptop, office_db

    office, lap = office_db(tmp_path), laptop(tmp_path, "lap")
    enrol(office, lap)
    event = events.add_event(lap, "Talk", "2025-06-19", "Windsor", partners="Dr. Patel", allow_personal=True)
    import_ok(office, export(lap, tmp_path / "usb"))
    assert events.get_event(office, event).partners == "Dr. Patel"
