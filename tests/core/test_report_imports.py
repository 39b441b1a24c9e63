"""A JSON report stays as quick to start as the command line itself: it loads no Qt, no Babel, no
reportlab, and no other command's module. Runs in a fresh process."""

import json
import os
import subprocess
import sys

from tests.conftest import REPO, run_cli

_AFTER_REPORT = """
import contextlib, io, json, sys
from outreach_app.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = main(["--db", sys.argv[1], "report", "--from", "2000-01-01", "--to", "2100-01-01", "--format", "json"])
json.loads(out.getvalue())
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def test_json_report_imports_neither_babel_nor_reportlab_nor_other_commands(tmp_path):
    db = tmp_path / "r.db"
    run_cli("init", "--device-name", "lap", db=db, check=True)
    run_cli("demo", "--events", "3", "--entries", "60", db=db, check=True)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", _AFTER_REPORT, str(db)], capture_output=True, text=True, env=env,
                            stdin=subprocess.DEVNULL, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0
    heavy = [m for m in seen["modules"] if m.split(".")[0] in ("babel", "reportlab", "PySide6", "shiboken6", "qrcode",
                                                                 "pyrage", "cryptography", "sqlite_utils")]
    assert heavy == [], f"a JSON report imported {heavy}"
    other_commands = [m for m in seen["modules"] if m.startswith("outreach_app.cli.")
                      and m not in ("outreach_app.cli.reporting", "outreach_app.cli.output")]
    assert other_commands == [], f"a JSON report built other commands' parsers: {other_commands}"
    # dataclasses drags in inspect (~10 ms): the figures' path is kept free of it
    slow = [m for m in seen["modules"] if m in ("dataclasses", "inspect", "decimal", "outreach_app.core.flyers.drops",
                                                 "outreach_app.core.files", "tempfile")]  # tempfile: ~4 ms
    assert slow == [], f"a JSON report imported {slow}"
    # every module is compiled from source on each run: code a summary does not need stays out
    unneeded = [m for m in seen["modules"] if m in (
        "outreach_app.core.store.schema", "outreach_app.core.flyers.schema", "outreach_app.core.sync.schema",
        "outreach_app.core.store.upkeep", "outreach_app.core.store.sqlite_errors",
        "outreach_app.core.reports.tables", "outreach_app.core.records.catalogue", "unicodedata")]
    assert unneeded == [], f"a JSON report imported {unneeded}"


def test_every_command_is_still_reachable_and_listed(cli):
    listed = cli("--help")
    assert listed.returncode == 0
    for command in ("report", "export", "import", "flyer", "backups", "demo", "event", "plan"):
        assert command in listed.stdout
    unknown = cli("no-such-command")
    assert unknown.returncode == 2 and "invalid choice" in unknown.stderr and "report" in unknown.stderr
    assert cli("--version").stdout.startswith("outreach-app ")


def test_command_table_names_the_module_that_registers_each_command():
    """cli.COMMAND_TABLE routes a command to one module: a wrong entry would make the command
    'invalid', a missing one would silently build every module's parser (slow start)."""
    import argparse
    import importlib

    from outreach_app import cli

    registered = {}
    for module in cli.COMMAND_MODULES:
        parser = cli.CommandParser(prog="outreach-app")
        commands = parser.add_subparsers(dest="command")
        importlib.import_module(f"outreach_app.cli.{module}").register(commands)
        action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        registered.update({name: module for name in action.choices})
    assert cli.COMMAND_TABLE == registered
