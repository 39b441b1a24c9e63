"""The working-group update over a season (issue 21): 2,000 events, 1,000,000 entries, flyer drops, 5
consultations, a survey of 5,000 responses, trainings and a project page; building it and writing each
format against < 3 s.

Run: `python -m benchmarks.update [--db PATH]` from the checkout, or `python -m benchmarks --only update`.
Builds its own database once (`demo --events 2000 --entries 1000000`, about 40 s) and reuses it."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import Line  # noqa: E402

GOAL_SECONDS = 3.0
EVENTS, ENTRIES, DROPS = 2000, 1_000_000, 300
CONSULTATIONS, RESPONSES_EACH, SURVEY_RESPONSES, TRAININGS = 5, 200, 5000, 8
DEFAULT_DB = Path(tempfile.gettempdir()) / "outreach-bench-update-1m.db"


def _ensure_database(path: Path, events: int, entries: int):
    from outreach_app.core.flyers.drops import record_drop
    from outreach_app.core.records.demo import make_demo_data
    from outreach_app.core.store.database import open_database
    from outreach_app.core.update import project

    conn = open_database(path)
    if conn.execute("SELECT count(*) FROM tally_entries").fetchone()[0] < entries:
        make_demo_data(conn, events=events, entries=entries, seed=5)
    if not conn.execute("SELECT count(*) FROM flyer_drops").fetchone()[0]:
        low, high = conn.execute("SELECT min(date), max(date) FROM events").fetchone()
        dates = [d for (d,) in conn.execute("SELECT DISTINCT date FROM events ORDER BY date")]
        for number in range(DROPS):
            record_drop(conn, f"place{number % 40}", f"Place {number % 40}", 25, dates[number % len(dates)])
        project.set_project(conn, name="Neighbourhood safety plans", purpose="Help residents plan ahead.",
                            activities=["Community events", "Survey"], action_items=["Share the survey"])
        for number in range(12):
            step = project.add_step(conn, f"Step number {number} of the project plan")
            if number % 2:
                project.mark_step_done(conn, step, low)
    _other_activities(conn, path)
    return conn


def _other_activities(conn, path: Path) -> None:
    """5 consultations of 200 themed responses, a survey export of 5,000 responses over the flyer tags,
    and trainings with attendance and rating forms (once per database)."""
    if conn.execute("SELECT count(*) FROM consultations").fetchone()[0]:
        return
    import csv

    from outreach_app.core.consultations.organisations import add_organisation
    from outreach_app.core.consultations.records import add_consultation
    from outreach_app.core.consultations.responses import add_responses
    from outreach_app.core.consultations.themes import tag_response
    from outreach_app.core.surveys.importing import import_export
    from outreach_app.core.surveys.records import add_survey
    from outreach_app.core.trainings.attendance import record_attendance
    from outreach_app.core.trainings.ratings import record_forms
    from outreach_app.core.trainings.sessions import add_training

    dates = [d for (d,) in conn.execute("SELECT DISTINCT date FROM events ORDER BY date")]
    themes = ["Feeling safe at night", "Transit", "Needle litter", "Housing", "Language access", "Youth spaces"]
    for number in range(CONSULTATIONS):
        talk = add_consultation(conn, f"Consultation {number}", dates[number * 7 % len(dates)], "Windsor", attendees=30)
        ids = add_responses(conn, talk, 1, [f"Response {k} of consultation {number}" for k in range(RESPONSES_EACH)])
        for k, ident in enumerate(ids):
            tag_response(conn, ident, [themes[k % len(themes)]])
    export = path.with_suffix(".survey.csv")
    with open(export, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["_uuid", "_submission_time", "src"])
        for k in range(SURVEY_RESPONSES):
            writer.writerow([f"r{k}", f"{dates[k % len(dates)]}T12:00:00", f"place{k % 50}"])
    survey = add_survey(conn, "Neighbourhood survey", "https://example.org/survey", dates[-1])
    import_export(conn, survey, export)
    export.unlink()
    organisations = [add_organisation(conn, f"Organisation {k}", sector)[0]
                     for k, sector in enumerate(["Police", "Fire", "Health", "Education", "Settlement"])]
    for number in range(TRAININGS):
        training = add_training(conn, "Naloxone and overdose response", dates[number * 11 % len(dates)], "Windsor")
        for organisation in organisations:
            record_attendance(conn, training, organisation, 5, 4)
        record_forms(conn, training, [[(1, 2, 4), (2, 3, 4)] for _ in range(20)])


def run(db_path: str | os.PathLike | None = None, events: int = EVENTS, entries: int = ENTRIES) -> list[Line]:
    """One line per format: build the update for the whole season and write it (a cold build each time:
    the window and the command line do the same)."""
    path = Path(db_path or os.environ.get("OUTREACH_BENCH_UPDATE_DB") or DEFAULT_DB)
    conn = _ensure_database(path, events, entries)
    from outreach_app.core.update.content import build_update
    from outreach_app.core.update.render import render

    low, high = conn.execute("SELECT min(date), max(date) FROM events").fetchone()
    count = conn.execute("SELECT count(*) FROM tally_entries").fetchone()[0]
    render(build_update(conn, low, high), "json")  # warm the page cache: the office's second click
    lines = []
    for form in ("json", "pptx", "docx", "pdf"):
        start = time.perf_counter()
        content = render(build_update(conn, low, high, language="fr" if form == "docx" else "en"), form)
        seconds = time.perf_counter() - start
        lines.append(Line(f"update as {form}, {count:,} entries", f"{seconds:.2f} s", f"<= {GOAL_SECONDS} s",
                          seconds <= GOAL_SECONDS,
                          {"entries": count, "seconds": round(seconds, 3), "bytes": len(content)}))
    conn.close()
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help=f"database to build or reuse (default {DEFAULT_DB})")
    args = parser.parse_args(argv)
    lines = run(args.db)
    for line in lines:
        print(f"  {line.what:<45} {line.result:>8}   goal {line.goal}   {'ok' if line.ok else 'SLOW'}")
    return 0 if all(line.ok for line in lines) else 1


if __name__ == "__main__":
    sys.exit(main())
