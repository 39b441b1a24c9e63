"""The training commands as the contract writes them, and the database upgrade that adds trainings."""

import json
import sqlite3

from outreach_app.core.store import migrations
from outreach_app.core.store.database import open_database
from tests.conftest import run_cli


def _last(result):
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_training_commands_as_the_contract_writes_them(tmp_path):
    db = tmp_path / "o.db"
    training = _last(run_cli("training", "add", "--topic", "Naloxone and overdose response", "--date", "2026-03-10",
                             "--municipality", "Leamington", "--partner", "CMHA", "--capacity", "30", db=db))
    police = _last(run_cli("stakeholder", "add", "--name", "Leamington OPP", "--sector", "Police", db=db))
    school = _last(run_cli("stakeholder", "add", "--name", "LDSS", "--sector", "Education", db=db))
    over = run_cli("training", "attend", "--training", training, "--organisation", police, "--registered", "10",
                   "--attended", "12", db=db)
    assert over.returncode != 0 and over.stderr.count("\n") == 1 and "12 attended is more than the 10" in over.stderr
    _last(run_cli("training", "attend", "--training", training, "--organisation", police, "--registered", "10",
                  "--attended", "12", "--yes", db=db))
    _last(run_cli("training", "attend", "--training", training, "--organisation", school, "--registered", "3",
                  "--attended", "0", db=db))
    _last(run_cli("training", "rating", "--training", training, "--statement", "1", "--before", "2", "--after", "4",
                  db=db))
    _last(run_cli("training", "rating", "--training", training, "--statement", "1", "--before", "3", "--after", "3",
                  db=db))
    bad = run_cli("training", "rating", "--training", training, "--statement", "1", "--before", "0", "--after", "3",
                  db=db)
    assert bad.returncode != 0 and "before rating '0' is not a rating from 1 to 5" in bad.stderr
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("statement,before,after\n2,1,5\n", encoding="utf-8")
    _last(run_cli("training", "rating", "--training", training, "--from-file", pairs, db=db))
    report = json.loads(run_cli("training", "report", "--from", "2026-01-01", "--to", "2026-12-31", "--format",
                                "json", db=db).stdout)
    assert (report["sessions"], report["people_trained"], report["organisations_reached"]) == (1, 12, 1)
    assert (report["sectors_reached"], report["sectors_not_reached"], report["percent_improved"]) == (1, ["Education"], 66.7)
    whole = json.loads(run_cli("report", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "json", db=db).stdout)
    assert whole["trainings"]["percent_improved"] == 66.7
    text = run_cli("report", "--from", "2026-01-01", "--to", "2026-12-31", db=db).stdout
    assert "Delivered 1 training to 12 first responders and service providers from 1 organisation in 1 sector" in text
    _last(run_cli("training", "edit", training, "--place", "Library", db=db))
    listed = json.loads(run_cli("training", "list", "--format", "json", db=db).stdout)
    assert listed[0]["place"] == "Library" and listed[0]["capacity"] == 30
    _last(run_cli("training", "cancel", training, db=db))
    gone = json.loads(run_cli("report", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "json", db=db).stdout)
    assert gone["trainings"]["sessions"] == 0 and gone["trainings"]["percent_improved"] is None
    assert "training" not in run_cli("report", "--from", "2026-01-01", "--to", "2026-12-31", db=db).stdout.lower()
    _last(run_cli("training", "cancel", training, "--undo", db=db))
    unknown = run_cli("training", "attend", "--training", training, "--organisation", "Nobody", "--registered", "1",
                      "--attended", "1", db=db)
    assert unknown.returncode != 0 and "no organisation named 'Nobody'" in unknown.stderr
    wrong_date = run_cli("training", "add", "--topic", "X", "--date", "2026-13-01", "--municipality", "Essex", db=db)
    assert wrong_date.returncode != 0 and "training date '2026-13-01'" in wrong_date.stderr


def test_a_database_without_trainings_upgrades_and_keeps_its_organisations(db_path):
    from outreach_app.core.consultations.organisations import add_organisation, list_organisations
    from outreach_app.core.trainings.sessions import add_training, list_trainings

    conn = open_database(db_path)
    add_organisation(conn, "CMHA", "Health")
    conn.close()
    raw = sqlite3.connect(db_path)  # as the previous version left it
    raw.execute("DELETE FROM _sqlite_migrations WHERE migration_set = 'outreach-trainings'")
    for table in ("training_ratings", "training_attendance", "trainings"):
        raw.execute(f"DROP TABLE {table}")
        raw.execute(f"DROP TRIGGER IF EXISTS voids_mark_{table}")  # a trigger on voids outlives its table
    raw.execute(f"PRAGMA user_version = {migrations.schema_version() - 1}")
    raw.commit()
    raw.close()
    conn = open_database(db_path)
    assert [o.name for o in list_organisations(conn)] == ["CMHA"]
    add_training(conn, "Mental-health first aid", "2026-05-01", "Essex")
    assert [t.topic for t in list_trainings(conn)] == ["Mental-health first aid"]
