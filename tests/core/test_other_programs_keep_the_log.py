"""A command run while the window is open must not delete the write-ahead log the window writes to.

The window opens a second connection for each background task (reports, export). Reading the database
file's header with Python's open() and closing it dropped every SQLite lock of the window's process
(POSIX locks go with any closed handle), so the next command to close its connection believed it was
the last user, checkpointed and deleted the -wal and -shm files: the window's later entries went into
a deleted log and were lost at its next start."""

import subprocess
import sys
import textwrap

from outreach_app.core.store.database import open_database
from outreach_app.core.records import setup


def other_program_opens_and_closes(db):
    code = textwrap.dedent(f"""
        from outreach_app.core.store.database import open_database
        conn = open_database({str(db)!r})
        conn.execute("SELECT count(*) FROM settings").fetchone()
        conn.close()
    """)
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_a_command_closing_while_the_window_runs_a_task_leaves_the_log_and_the_entries(tmp_path):
    db = tmp_path / "outreach.db"
    window = open_database(db)
    setup.complete_setup(window, "Windsor laptop 2", "Windsor")
    task = open_database(db)  # a background task's own connection, opened and closed
    task.execute("SELECT count(*) FROM events").fetchone()
    task.close()

    other_program_opens_and_closes(db)

    assert (tmp_path / "outreach.db-wal").exists() and (tmp_path / "outreach.db-shm").exists()
    setup.complete_setup(window, "Renamed after the command", "Windsor")
    window.close()
    again = open_database(db)
    names = [row[0] for row in again.execute("SELECT name FROM devices")]
    assert "Renamed after the command" in names


def test_a_file_that_is_not_sqlite_is_still_refused_and_an_empty_one_is_a_new_database(tmp_path):
    import pytest

    from outreach_app.core.errors import DatabaseDamaged
    from outreach_app.core.store.backups import describe_damage

    text = tmp_path / "notes.db"
    text.write_text("shopping list, not a database at all")
    with pytest.raises(DatabaseDamaged, match="not an Outreach database"):
        open_database(text)
    assert "header is not SQLite's" in str(describe_damage(text))
    empty = tmp_path / "empty.db"
    empty.touch()
    open_database(empty).close()
    assert describe_damage(empty) is None
