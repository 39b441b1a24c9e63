"""The demo database has something on every page: consultations, trainings, a survey with its sources,
a project page and a safety-plan draft, besides the events."""

import time

from outreach_app.core.activities import activities
from outreach_app.core.consultations.summary import consultations_summary
from outreach_app.core.plans.drafts import list_safety_plans
from outreach_app.core.records import setup
from outreach_app.core.records.demo import season_bounds
from outreach_app.core.surveys.records import list_surveys
from outreach_app.core.surveys.report import survey_report
from outreach_app.core.update.content import build_update
from outreach_app.core.update.project import list_steps


def test_the_demo_database_fills_every_page_quickly(conn):
    started = time.perf_counter()
    assert setup.prepare_demo_database(conn)
    assert time.perf_counter() - started < 5
    start, end = (d.isoformat() for d in season_bounds())
    kinds = {a.kind for a in activities(conn, date_from=start, date_to=end)}
    assert kinds == {"event", "training", "consultation"}
    assert consultations_summary(conn, start, end)["responses"] == 10
    [survey] = list_surveys(conn)
    report = survey_report(conn, survey.id)
    assert report["responses"] == 27 and report["no_source"] == 4 and report["silent_places"] == ["arena"]
    assert len(list_steps(conn)) == 3 and [p.area for p in list_safety_plans(conn)] == ["Leamington North"]
    sections = {s.key for s in build_update(conn, start, end).sections}
    assert {"events", "consultations", "trainings", "survey"} <= sections
    assert not setup.prepare_demo_database(conn)  # made once: reused as it is
