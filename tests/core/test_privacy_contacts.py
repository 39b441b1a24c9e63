"""Contact details travel encrypted only once an office recipient is known, and never reach reports."""

import pytest

from outreach_app.core.errors import InvalidInput
from outreach_app.core.privacy import free_text
from outreach_app.core.privacy.contacts import reportable_columns
from outreach_app.core.records import events
from outreach_app.core.sync.export import export_bundle, set_default_recipients
from outreach_app.core.sync.keys import make_identity_file
from tests.core.sync_helpers import laptop


@pytest.fixture
def partners_as_contacts(monkeypatch):
    """Stand-in for a feature's contact columns (organisations' land with consultations): events.partners."""
    monkeypatch.setattr(free_text, "CONTACT_DETAILS", free_text.CONTACT_DETAILS | {("events", "partners")})


def test_a_plain_bundle_with_contacts_is_refused_once_an_office_recipient_is_known(tmp_path, partners_as_contacts):
    lap = laptop(tmp_path, "lap")
    events.add_event(lap, "Talk", "2025-06-19", "Windsor", partners="Housing office")
    export_bundle(lap, tmp_path / "alone", encrypt=False)  # working alone: nothing to encrypt to yet
    recipient = make_identity_file(tmp_path / "office.txt")
    set_default_recipients(lap, [recipient])
    events.add_event(lap, "Talk 2", "2025-06-20", "Windsor", partners="Housing office")
    with pytest.raises(InvalidInput, match="encrypted only"):
        export_bundle(lap, tmp_path / "usb", encrypt=False)
    assert not list((tmp_path / "usb").glob("*outreach*"))  # nothing left behind
    assert export_bundle(lap, tmp_path / "usb").encrypted


def test_a_plain_bundle_without_contacts_still_goes(tmp_path, partners_as_contacts):
    lap = laptop(tmp_path, "lap")
    set_default_recipients(lap, [make_identity_file(tmp_path / "office.txt")])
    events.add_event(lap, "Talk", "2025-06-19", "Windsor")
    assert not export_bundle(lap, tmp_path / "usb", encrypt=False).encrypted


def test_organisations_contact_columns_are_contact_details_and_never_reportable():
    columns = ["id", "name", "sector", "contact_role", "contact_name", "contact_email", "contact_phone"]
    assert reportable_columns("organisations", columns) == ["id", "name", "sector"]
    assert reportable_columns("events", ["name", "notes"]) == ["name", "notes"]
