"""The safety-plan and contact commands as the contract writes them, with JSON and one-line refusals."""

import json

from tests.conftest import run_cli


def last_line(result) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_write_publish_show_and_print_a_plan_from_the_command_line(tmp_path):
    db = tmp_path / "p.db"
    contact = last_line(run_cli("contact", "add", "--name", "CMHA", "--phone", "519-555-0123", "--hours", "24/7",
                                "--area", "Leamington", db=db))
    plan = last_line(run_cli("safety-plan", "add", "--area", "Leamington North", "--municipality", "Leamington",
                             "--postal", "N8H", "--url", "https://example.org/p", db=db))
    section = last_line(run_cli("safety-plan", "section", "add", plan, "--title", "Public urination", db=db))
    refused = run_cli("safety-plan", "publish", plan, db=db)
    assert refused.returncode != 0 and refused.stderr.count("\n") == 1 and "'Public urination'" in refused.stderr
    empty = run_cli("safety-plan", "step", "add", section, "--text", " ", db=db)
    assert empty.returncode != 0 and "step text must not be empty" in empty.stderr
    last_line(run_cli("safety-plan", "step", "add", section, "--text", "Call the by-law line.", "--contact", contact,
                      db=db))
    assert last_line(run_cli("safety-plan", "publish", plan, db=db)) == "1"
    listed = json.loads(run_cli("plan", "list", "--format", "json", db=db).stdout)
    assert [p["name"] for p in listed].count("Leamington North") == 1
    assert next(p for p in listed if p["name"] == "Leamington North")["version"] == 1
    shown = json.loads(run_cli("safety-plan", "show", plan, "--format", "json", db=db).stdout)
    assert shown["versions"][0]["version"] == 1 and shown["versions"][0]["handed_out"] == 0
    assert shown["sections"][-1]["steps"][0]["contacts"] == [contact]
    asked = run_cli("contact", "edit", contact, "--phone", "519-555-0000", db=db)
    assert asked.returncode != 0 and "Leamington North" in asked.stderr and "--yes" in asked.stderr
    last_line(run_cli("contact", "edit", contact, "--phone", "519-555-0000", "--yes", db=db))
    bad_phone = run_cli("contact", "add", "--name", "X", "--phone", "12", db=db)
    assert bad_phone.returncode != 0 and "phone '12' is not a phone number" in bad_phone.stderr
    out = tmp_path / "plan.pdf"
    printed = run_cli("safety-plan", "pdf", plan, "--layout", "handout", "--paper", "a4", "--source", "library",
                      "--out", str(out), db=db)
    assert printed.returncode == 0, printed.stderr
    assert out.read_bytes().startswith(b"%PDF")
    french = last_line(run_cli("safety-plan", "translate", plan, "--language", "fr", db=db))
    plans = json.loads(run_cli("safety-plan", "list", "--format", "json", db=db).stdout)
    assert [(p["id"], p["current_version"]) for p in plans] == [(plan, 1), (french, None)]
    contacts = json.loads(run_cli("contact", "list", "--format", "json", db=db).stdout)
    assert contacts[0]["phone"] == "519-555-0000" and contacts[0]["organisation"] == "CMHA"
