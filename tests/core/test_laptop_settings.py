"""This laptop's settings: saved all together, refused all together, read back as saved."""

from __future__ import annotations

import dataclasses

import pytest

from outreach_app.core.store.backups import backup_folder, backups_kept
from outreach_app.core.errors import InvalidInput
from outreach_app.core.records.laptop_settings import (
    check_office_recipient, read_laptop_settings, save_laptop_settings
)
from outreach_app.core.records.setup import needs_device_name
from outreach_app.core.sync.export import default_recipients

KEY = "age1u47w0frjrtvxacpaflyjhf7almzwh8ak9f4l50tgd4qsgkpagvrsmlzlvu"


def test_saved_settings_read_back(conn, tmp_path):
    start = read_laptop_settings(conn)
    assert start.office_recipient == "" and start.backups_kept == 10 and start.backup_folder == ""
    wanted = dataclasses.replace(start, device_name="Windsor laptop 2", home_municipality="Windsor",
                                 office_recipient=f"  {KEY} ", export_folder=str(tmp_path / "usb"),
                                 backup_folder="safe", backups_kept=3)
    save_laptop_settings(conn, wanted)
    found = read_laptop_settings(conn)
    assert found == dataclasses.replace(wanted, office_recipient=KEY)
    assert default_recipients(conn) == [KEY]  # End of day encrypts for it
    assert backup_folder(conn) == tmp_path / "safe" and backups_kept(conn) == 3
    assert not needs_device_name(conn)

    cleared = dataclasses.replace(found, office_recipient="", export_folder="", backup_folder="", home_municipality="")
    save_laptop_settings(conn, cleared)
    assert read_laptop_settings(conn) == cleared
    assert default_recipients(conn) == [] and backup_folder(conn) == tmp_path / "backups"


@pytest.mark.parametrize("change, message", [
    ({"device_name": "  "}, "laptop name"),
    ({"office_recipient": "ssh-ed25519 AAAA"}, "age1"),
    ({"office_recipient": "age1qqqqnotvalid"}, "not a valid age public key"),
    ({"backups_kept": 0}, "backups kept"),
])
def test_one_wrong_value_saves_nothing(conn, change, message):
    before = read_laptop_settings(conn)
    wanted = dataclasses.replace(before, device_name="New name", home_municipality="Essex", backups_kept=5)
    with pytest.raises(InvalidInput, match=message):
        save_laptop_settings(conn, dataclasses.replace(wanted, **change))
    assert read_laptop_settings(conn) == before


def test_office_recipient_check():
    assert check_office_recipient("") == ""
    assert check_office_recipient(KEY) == KEY
