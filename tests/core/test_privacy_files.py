"""Files that hold records or keys are this user's alone (0600, folders 0700) on Linux and macOS."""

import os
import shutil
import stat

import pytest

from outreach_app.core.records import events
from outreach_app.core.store.database import open_database
from outreach_app.core.sync.export import export_bundle
from outreach_app.core.sync.keys import make_identity_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes (Windows: docs/privacy.md)")


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def usual_umask():
    old = os.umask(0o022)  # what a desktop session usually has: new files 0644 unless we say otherwise
    yield
    os.umask(old)


def test_a_database_copied_in_readable_by_others_is_made_private_on_open(tmp_path):
    conn = open_database(tmp_path / "first.db")
    events.add_event(conn, "Talk", "2025-06-19", "Windsor")
    conn.close()
    copied = tmp_path / "copied.db"
    shutil.copy(tmp_path / "first.db", copied)
    os.chmod(copied, 0o644)
    conn = open_database(copied)
    events.add_event(conn, "Talk 2", "2025-06-20", "Windsor")
    assert _mode(copied) == 0o600
    assert _mode(f"{copied}-wal") == 0o600 and _mode(f"{copied}-shm") == 0o600


def test_new_key_and_bundle_folders_are_private(tmp_path):
    make_identity_file(tmp_path / "keys" / "office.txt")
    assert _mode(tmp_path / "keys") == 0o700 and _mode(tmp_path / "keys" / "office.txt") == 0o600
    conn = open_database(tmp_path / "db" / "outreach.db")
    made = export_bundle(conn, tmp_path / "usb", encrypt=False)
    assert _mode(tmp_path / "usb") == 0o700 and _mode(made.path) == 0o600
