"""The command line needs no Qt: an office server with only the base install (no PySide6) sets up,
records, reports, exports and imports. Each command runs in a process where PySide6 cannot import."""

import json

from tests.conftest import run_cli
from tests.tools.without_qt import environment_without_qt


def test_every_office_command_runs_where_pyside6_is_not_installed(tmp_path):
    env = environment_without_qt(tmp_path / "site")

    def run(*args, db):
        result = run_cli(*args, db=db, env=env)
        assert result.returncode == 0, f"{args}: {result.stderr}"
        assert "PySide6" not in result.stderr
        return result.stdout

    laptop, office = tmp_path / "laptop.db", tmp_path / "office.db"
    run("init", "--device-name", "Laptop 1", "--home-municipality", "Windsor", db=laptop)
    event = run("event", "add", "--name", "Glengarry BBQ", "--date", "2026-06-20", "--municipality", "Windsor",
                db=laptop).strip()
    run("tally", "--event", event, "--attendees", "14", "--plan", "Glengarry=5", db=laptop)
    figures = json.loads(run("report", "--from", "2026-06-01", "--to", "2026-06-30", "--format", "json", db=laptop))
    assert figures["events"] == 1 and figures["plans_distributed"] == 5

    bundle = run("export", "--out", tmp_path / "bundles", db=laptop).strip().splitlines()[-1]
    run("init", "--device-name", "Office", "--office", db=office)
    key = run("signing-key", db=laptop).splitlines()[0].removeprefix("fingerprint ")
    run("import", bundle, "--accept-key", key, db=office)
    merged = json.loads(run("report", "--from", "2026-06-01", "--to", "2026-06-30", "--format", "json", db=office))
    assert merged["events"] == 1 and merged["plans_distributed"] == 5
