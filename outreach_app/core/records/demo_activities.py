"""Made-up consultations, trainings, a survey, a project page and a safety-plan draft for the demo
database, so a new staff member can practise on every page, not only events. Small and fixed (a
seed picks the words), dated within the same season as the demo events."""

from __future__ import annotations

import csv
import datetime as dt
import random
import sqlite3
import tempfile
from pathlib import Path

from outreach_app.core.changes import Change, writes

from .demo import season_bounds

ORGANISATIONS = [("Leamington Police", "Police", "Leamington"), ("Essex-Windsor EMS", "Paramedic services", "Essex"),
                 ("Erie Shores Health", "Health", "Leamington"), ("Newcomer Centre", "Settlement", "Windsor"),
                 ("Essex School Board", "Education", "Essex"), ("Community Housing", "Housing", "Windsor")]
HEARD = {  # theme -> what people wrote on sticky notes
    "Feeling safe at night": ["More lights on the walk home", "Buses stop too early to feel safe", "Dark parking lot"],
    "Language access": ["Forms only in English", "Police who speak my language", "Interpreters at the clinic"],
    "Knowing whom to call": ["Not sure when to call 911", "A list of numbers in every lobby"],
    "Needle litter": ["Needles near the playground", "Who picks up needles?"],
}
SOURCES = [("library", "Leamington library", 60, "Leamington"), ("arena", "Essex arena", 40, "Essex"),
           ("cafe", "Talbot St café", 30, "Leamington")]


@writes(Change.DATABASE)
def make_demo_activities(conn: sqlite3.Connection, seed: int = 1) -> dict:
    """Add the demo's other activities (see the module's docstring). Returns how many of each."""
    from outreach_app.core.consultations.guides import add_template_guide
    from outreach_app.core.consultations.invitations import set_invitation
    from outreach_app.core.consultations.organisations import add_organisation
    from outreach_app.core.consultations.records import add_consultation
    from outreach_app.core.consultations.responses import add_responses, star_response
    from outreach_app.core.consultations.themes import tag_response
    from outreach_app.core.flyers.drops import record_drop
    from outreach_app.core.plans.drafts import add_safety_plan
    from outreach_app.core.surveys.importing import import_export
    from outreach_app.core.surveys.records import add_post, add_survey
    from outreach_app.core.trainings.attendance import record_attendance
    from outreach_app.core.trainings.ratings import record_forms
    from outreach_app.core.trainings.sessions import add_training
    from outreach_app.core.update.project import add_step, set_project

    rng = random.Random(seed)
    start, end = season_bounds()
    day = lambda offset: (start + dt.timedelta(days=offset)).isoformat()  # noqa: E731
    organisations = [add_organisation(conn, name, sector, town)[0] for name, sector, town in ORGANISATIONS]

    guide = add_template_guide(conn)
    talk = add_consultation(conn, "Newcomer council conversation", day(20), "Leamington", guide_id=guide,
                            attendees=46, lens="newcomers", place="Leamington library")
    for number, (theme, notes) in enumerate(HEARD.items()):
        ids = add_responses(conn, talk, number % 3 + 1, notes)
        for ident in ids:
            tag_response(conn, ident, [theme])
        star_response(conn, rng.choice(ids))
    for organisation, status in zip(organisations, ["attended", "attended", "confirmed", "declined", "invited"]):
        set_invitation(conn, talk, organisation, status, day(10))
    add_consultation(conn, "Service providers focus group", day(45), "Essex", kind="focus-group", attendees=9,
                     guide_id=guide)

    trainings = []
    for offset, topic in ((30, "Naloxone and overdose response"), (75, "Mental-health first aid")):
        training = add_training(conn, topic, day(offset), "Leamington", partner="CMHA", capacity=30)
        for organisation in organisations[:4]:
            registered = rng.randint(3, 8)
            record_attendance(conn, training, organisation, registered, registered - rng.randint(0, 2))
        record_forms(conn, training, [[(1, rng.randint(1, 3), rng.randint(3, 5)), (4, rng.randint(2, 4), rng.randint(3, 5))]
                                      for _ in range(12)])
        trainings.append(training)

    survey = add_survey(conn, "Neighbourhood safety survey", "https://example.org/survey", day(120), "Leamington")
    for tag, place, count, town in SOURCES:
        record_drop(conn, tag, place, count, day(40), town)
    add_post(conn, "fb-week1", "facebook", day(47), survey)
    with tempfile.TemporaryDirectory() as folder:
        export = Path(folder) / "survey-export.csv"
        with open(export, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["_uuid", "_submission_time", "src"])
            tags = ["library"] * 14 + ["cafe"] * 3 + ["fb-week1"] * 6 + [""] * 4
            for number, tag in enumerate(tags):
                writer.writerow([f"demo-{number}", f"{day(42 + number % 30)}T12:00:00", tag])
        import_export(conn, survey, export)

    set_project(conn, name="Neighbourhood safety plans for Leamington and Essex",
                purpose="Help residents know what to do and whom to call, in their own neighbourhood.",
                activities=["Community events", "Consultations and focus groups", "Community survey", "Trainings"],
                action_items=["Share the survey with your members", "Suggest places to leave flyers"])
    add_step(conn, "Compiled a list of key stakeholders for Leamington and Essex", day(5), "consultations")
    add_step(conn, "Launched survey on social media", day(40), "survey")
    add_step(conn, "Reach out to identified stakeholders to participate in focus groups", activity="consultations")
    add_safety_plan(conn, "Leamington North", "Leamington", postal_areas=["N8H"], url="https://example.org/plans/n8h")
    return {"organisations": len(organisations), "consultations": 2, "trainings": len(trainings), "surveys": 1}
