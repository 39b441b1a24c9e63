"""The update's content: numbers from the report layer, sections only when there is data."""

import json
import re

import pytest

from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.reports.summary import summary
from outreach_app.core.reports.text import format_number, update_sentence
from outreach_app.core.update import sections as update_sections
from outreach_app.core.update.content import build_update, update_json
from outreach_app.core.update.outline import outline, page_text
from outreach_app.core.update.render import render
from outreach_app.core.update.sections import Chart, Section
from tests.conftest import run_cli

from .update_helpers import STEP_DONE, STEP_LATER, STEP_NEXT, build

RANGE = ("2025-06-01", "2025-07-31")
ZERO = re.compile(r"(?<![\d,.])0 (community )?(events?|plans?|safety plans?|survey flyers?|flyers?|place visits?)\b")


def _all_text(update) -> str:
    return "\n".join(text for page in outline(update) for text in page_text(page))


def test_update_json_carries_the_report_json_summary_with_the_same_values(db_path, conn):
    build(conn)
    conn.close()
    for where in ([], ["--municipality", "Windsor"]):
        report = run_cli("report", "--from", RANGE[0], "--to", RANGE[1], *where, "--format", "json", db=db_path,
                         check=True).stdout
        run_cli("update", "--from", RANGE[0], "--to", RANGE[1], *where, "--format", "json", "--out",
                db_path.parent / "u.json", db=db_path, check=True)
        update_text = (db_path.parent / "u.json").read_text(encoding="utf-8")
        figures, update = json.loads(report), json.loads(update_text)
        assert {key: update[key] for key in figures} == figures
        assert figures["events"] == (3 if not where else 2) and figures["flyers"]["left"] == (80 if not where else 50)
        run_cli("update", "--from", RANGE[0], "--to", RANGE[1], *where, "--format", "json", "--out",
                db_path.parent / "again.json", db=db_path, check=True)
        assert (db_path.parent / "again.json").read_text(encoding="utf-8") == update_text  # byte-stable


def test_every_number_shown_is_the_report_figure(conn):
    build(conn)
    figures = summary(conn, *RANGE)
    update = build_update(conn, *RANGE)
    text = _all_text(update)
    assert update_sentence(figures, "en") in text  # the Reports screen's own sentence, word for word
    assert f"{format_number(figures['plans_total'])} safety plans handed out to date" in text
    assert f"including the {format_number(figures['plans_before'])} handed out before June 1, 2025" in text
    assert "80 survey flyers left in 2 place visits." in text
    assert (figures["events"], figures["plans_total"]) == (3, 144)


def test_steps_are_split_by_the_ranges_end(conn):
    build(conn)
    update = build_update(conn, *RANGE)
    assert update.steps_done == [STEP_DONE]
    assert update.next_steps == [STEP_LATER, STEP_NEXT]  # done in September: still to come at the end of July
    assert build_update(conn, "2025-06-01", "2025-09-30").steps_done == [STEP_DONE, STEP_LATER]


def test_a_range_with_nothing_has_no_accomplishment_sections_and_never_says_zero(conn):
    build(conn)
    update = build_update(conn, "2024-01-01", "2024-03-31")
    assert update.sections == []
    keys = [page.key for page in outline(update)]
    assert keys == ["title", "purpose", "steps", "action_items", "thanks"]
    for language in ("en", "fr"):
        text = _all_text(build_update(conn, "2024-01-01", "2024-03-31", language=language))
        assert not ZERO.search(text) and not re.search(r"(?<![\d,.])0 (activités?|plans?|dépliants?)", text)


def test_no_flyer_section_without_drops_and_no_events_section_without_events(conn):
    build(conn)
    # August 2025: no events, no drops, but the plans handed out before still count
    update = build_update(conn, "2025-08-01", "2025-08-31")
    assert [s.key for s in update.sections] == ["plans"]
    assert not ZERO.search(_all_text(update))


def test_several_municipalities_count_together_and_each_once(conn):
    build(conn)
    windsor, essex = (summary(conn, *RANGE, name) for name in ("Windsor", "Essex"))
    both = build_update(conn, *RANGE, ["Windsor", "essex", "WINDSOR"]).scope
    assert both.municipalities == ("Windsor", "essex")
    assert both.figures["events"] == windsor["events"] + essex["events"]
    assert both.figures["plans_distributed"] == windsor["plans_distributed"] + essex["plans_distributed"]
    assert both.figures["flyers"]["left"] == windsor["flyers"]["left"] + essex["flyers"]["left"] == 80
    with pytest.raises(NotFound, match="Nowhere"):
        build_update(conn, *RANGE, ["Windsor", "Nowhere"])


def test_bad_options_are_refused_naming_them(conn):
    with pytest.raises(InvalidInput, match="meeting date"):
        build_update(conn, *RANGE, meeting_date="2025-13-01")
    with pytest.raises(InvalidInput, match="after to date"):
        build_update(conn, "2025-07-01", "2025-06-01")
    with pytest.raises(InvalidInput, match="language 'de'"):
        build_update(conn, *RANGE, language="de")


def test_a_new_provider_is_one_line_and_renders_everywhere(conn, monkeypatch):
    """How a feature adds its section: a provider appended to sections.PROVIDERS."""
    build(conn)

    def trainings(conn, scope, language):
        return Section("trainings", "Trainings", ["Held 2 trainings for 31 people."], ["Health: 12 people"],
                       Chart("People trained per session", ["Jun 3", "Jul 8"], [12, 19], "People",
                             ["Jul 8: flyers left at the library"]))

    monkeypatch.setattr(update_sections, "PROVIDERS", [*update_sections.PROVIDERS, trainings, lambda *_: None])
    update = build_update(conn, *RANGE)
    assert [s.key for s in update.sections][-1] == "trainings"
    keys = [page.key for page in outline(update)]
    assert "trainings" in keys and "chart:trainings" in keys
    assert update_json(update)["sections"][-1]["chart"]["values"] == [12, 19]
    from .update_helpers import docx_text, pdf_text, pptx_slides, squash

    assert "People trained per session" in [title for title, _ in pptx_slides(render(update, "pptx"))]
    assert "Held 2 trainings for 31 people." in docx_text(render(update, "docx"))
    assert "Health: 12 people" in squash(pdf_text(render(update, "pdf")))
    for form, read in (("pptx", lambda c: "\n".join(body for _, body in pptx_slides(c))), ("docx", docx_text),
                       ("pdf", pdf_text)):
        assert "Jul 8: flyers left at the library" in read(render(update, form)), form  # a chart's notes


def test_events_without_plans_never_say_zero_plans(conn):
    from outreach_app.core.records.events import add_event
    from outreach_app.core.records.tally import record_paper_counts

    record_paper_counts(conn, add_event(conn, "Rainy table", "2024-05-02", "Windsor"), attendees=4)
    for language in ("en", "fr"):
        update = build_update(conn, "2024-05-01", "2024-05-31", language=language)
        assert [s.key for s in update.sections] == ["events"]
        text = _all_text(update)
        assert ("Attended 1 community event on May 2" if language == "en" else "Participation à 1 activité") in text
        assert not ZERO.search(text) and " 0 " not in text


def test_long_detail_lists_keep_the_largest_and_count_the_rest(conn):
    from outreach_app.core.flyers.drops import record_drop

    for number in range(14):
        record_drop(conn, f"tag{number:02d}", "Library", 10 + number, "2024-05-03")
    (section,) = build_update(conn, "2024-05-01", "2024-05-31").sections
    assert section.key == "flyers" and len(section.bullets) == 11
    assert section.bullets[0].startswith("tag04: 14 flyers") and section.bullets[-1] == "… and 4 more source tags"
    assert section.sentences == ["231 survey flyers left in 14 place visits."]  # the total counts every tag
