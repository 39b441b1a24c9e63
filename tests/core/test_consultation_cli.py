"""The consultation commands exactly as the contract writes them, with its JSON keys and counting rules."""

import json

from tests.conftest import run_cli


def _last(result) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_the_contract_commands(tmp_path):
    db = tmp_path / "c.db"
    guide = _last(run_cli("guide", "add", "--name", "Safety", "--question", "What is safety?", "--question",
                          "What works?", db=db))
    ident = _last(run_cli("consultation", "add", "--title", "Council", "--date", "2019-12-03", "--municipality",
                          "Windsor", "--kind", "conversation", "--attendees", "46", "--guide", guide, db=db))
    notes = tmp_path / "notes.txt"
    notes.write_text("Lit streets\n\nKnowing neighbours\nPolice who listen\n", encoding="utf-8")
    pasted = run_cli("response", "add", "--consultation", ident, "--question", "1", "--from-file", str(notes), db=db)
    ids = pasted.stdout.split()
    assert len(ids) == 3
    one = _last(run_cli("response", "add", "--consultation", ident, "--question", "2", "--text", "Settlement help",
                        "--table", "T2", db=db))
    run_cli("response", "star", ids[2], db=db, check=True)
    run_cli("theme", "tag", ids[0], "--theme", "Lighting", "--theme", "Safety", db=db, check=True)
    run_cli("theme", "tag", ids[1], "--theme", "Belonging", db=db, check=True)
    run_cli("theme", "tag", ids[2], "--theme", "safety", db=db, check=True)
    run_cli("theme", "tag", one, "--theme", "Services", db=db, check=True)
    run_cli("theme", "merge", "--consultation", ident, "--from", "Lighting", "--into", "Safety", db=db, check=True)
    health = _last(run_cli("stakeholder", "add", "--name", "CMHA", "--sector", "Health", db=db))
    police = _last(run_cli("stakeholder", "add", "--name", "Police", "--sector", "Police", "--municipality", "Windsor",
                           db=db))
    run_cli("invite", "--consultation", ident, "--stakeholder", health, "--status", "invited", db=db, check=True)
    run_cli("invite", "--consultation", ident, "--stakeholder", health, "--status", "attended", db=db, check=True)
    run_cli("invite", "--consultation", ident, "--stakeholder", police, "--status", "no-answer", db=db, check=True)
    run_cli("void", ids[1], db=db, check=True)
    data = json.loads(run_cli("consultation", "report", ident, "--format", "json", db=db, check=True).stdout)
    assert (data["id"], data["title"], data["date"], data["kind"], data["attendees"]) == (
        ident, "Council", "2019-12-03", "conversation", 46)
    assert data["questions"][0] == {"number": 1, "text": "What is safety?", "responses": 2, "themed": 2,
                                    "themes": [{"name": "Safety", "count": 2}], "quotes": ["Police who listen"]}
    assert [(t["name"], t["count"]) for t in data["themes"]] == [("Safety", 2), ("Services", 1)]
    assert data["invitations"] == {"invited": 2, "confirmed": 1, "declined": 0, "attended": 1, "no_answer": 1}
    assert data["sectors"]["Health"]["attended"] == 1 and data["sectors"]["Police"]["no_answer"] == 1
    listed = json.loads(run_cli("consultation", "list", "--format", "json", db=db, check=True).stdout)
    assert [c["id"] for c in listed] == [ident]
    for fmt in ("pdf", "docx", "qdc", "csv", "text"):
        out = tmp_path / f"r.{fmt}"
        run_cli("consultation", "report", ident, "--format", fmt, "--out", str(out), db=db, check=True)
        assert out.stat().st_size > 0


def test_bad_input_is_one_line_and_writes_nothing(tmp_path):
    db = tmp_path / "c.db"
    ident = _last(run_cli("consultation", "add", "--title", "Focus", "--date", "2025-03-01", "--municipality", "Essex",
                          db=db))
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\x00\x10JFIF")
    for args in (("response", "add", "--consultation", "nope", "--question", "1", "--text", "x"),
                 ("response", "add", "--consultation", ident, "--question", "0", "--text", "x"),
                 ("response", "add", "--consultation", ident, "--question", "1", "--text", " "),
                 ("response", "add", "--consultation", ident, "--question", "1", "--from-file", str(binary)),
                 ("theme", "merge", "--consultation", ident, "--from", "A", "--into", "A"),
                 # a repeated question in a refused edit: the refusal alone, no "repeats" note before it
                 ("guide", "edit", "", "--question", "Why?", "--question", "Why?")):
        result = run_cli(*args, db=db)
        assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1, (args, result.stderr)
        assert "Traceback" not in result.stderr
    listed = json.loads(run_cli("response", "list", "--consultation", ident, "--format", "json", db=db).stdout)
    assert listed == []


def test_plan_add_with_a_refused_short_name_adds_no_plan(tmp_path):
    """Found by the CLI fuzz test once the consultation commands changed its draws."""
    db = tmp_path / "c.db"
    result = run_cli("plan", "add", "--name", "Zed", "--short-name", "x" * 40, db=db)
    assert result.returncode != 0
    listed = json.loads(run_cli("plan", "list", "--format", "json", db=db, check=True).stdout)
    assert "Zed" not in [p["name"] for p in listed]
