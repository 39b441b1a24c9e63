"""Every output is written whole or not at all, by one helper."""

import pytest

from outreach_app.core.errors import InvalidInput
from outreach_app.core.files import write_atomically, write_bytes_atomically


def test_a_failed_write_leaves_the_old_file_and_no_leftovers(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old report")

    def half_then_fail(temporary):
        temporary.write_bytes(b"half a rep")
        raise RuntimeError("the renderer crashed")

    with pytest.raises(RuntimeError):
        write_atomically(target, half_then_fail)
    assert target.read_bytes() == b"old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_a_disk_error_is_one_line_naming_the_file(tmp_path):
    target = tmp_path / "report.csv"

    def disk_full(temporary):
        raise OSError(28, "No space left on device")

    with pytest.raises(InvalidInput, match=r"cannot write .*report\.csv \(No space left on device\)"):
        write_atomically(target, disk_full)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_is_refused_and_a_file_is_replaced_whole(tmp_path):
    with pytest.raises(InvalidInput, match="is a folder"):
        write_bytes_atomically(tmp_path, b"x")
    target = tmp_path / "out.json"
    write_bytes_atomically(target, b"first")
    write_bytes_atomically(target, b"second", mode=0o600)
    assert target.read_bytes() == b"second" and (target.stat().st_mode & 0o777) == 0o600
