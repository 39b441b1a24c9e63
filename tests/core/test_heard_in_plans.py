"""Consultation → plan: the themes heard in an area's consultations are at hand while writing its safety
plan, a section cites the themes it answers, the report lists those no section answers yet, and the
printed plan's back page says "You told us…" with the top themes."""

from outreach_app.core.consultations.records import add_consultation, set_cancelled
from outreach_app.core.consultations.responses import add_responses, star_response
from outreach_app.core.consultations.themes import tag_response
from outreach_app.core.plans import drafts, heard, versions
from outreach_app.core.plans.pdf import write_plan_pdf

from .flyer_helpers import page_texts


def _heard_in_leamington(conn):
    talk = add_consultation(conn, "Newcomer council", "2025-09-10", "Leamington", attendees=46)
    night, transit, needles = add_responses(conn, talk, 1, ["No lights on Erie St at night", "Buses stop at 9",
                                                          "Needles near the park"])
    tag_response(conn, night, ["Feeling safe at night"])
    tag_response(conn, transit, ["Feeling safe at night", "Transit"])
    tag_response(conn, needles, ["Needle litter"])
    star_response(conn, night)
    elsewhere = add_consultation(conn, "Windsor providers", "2025-09-12", "Windsor")
    tag_response(conn, add_responses(conn, elsewhere, 1, ["Shelter beds"])[0], ["Housing"])
    cancelled = add_consultation(conn, "Rained out", "2025-09-20", "Leamington")
    tag_response(conn, add_responses(conn, cancelled, 1, ["Never heard"])[0], ["Cancelled theme"])
    set_cancelled(conn, cancelled, True)


def test_the_areas_themes_and_quotes_are_at_hand_and_unanswered_ones_listed(conn, tmp_path):
    _heard_in_leamington(conn)
    plan = drafts.add_safety_plan(conn, "Leamington North", "Leamington", postal_areas=["N8H"], starter=False,
                                  url="https://example.org/plans/leamington")
    themes = heard.heard_themes(conn, drafts.get_safety_plan(conn, plan).municipality_id)
    assert [(t.name, t.responses) for t in themes] == [("Feeling safe at night", 2), ("Needle litter", 1),
                                                       ("Transit", 1)]
    assert themes[0].quotes == ("No lights on Erie St at night",)
    section = drafts.add_section(conn, plan, "Discarded needles")
    drafts.add_step(conn, section, "Do not pick it up: call the needle hotline.")
    drafts.edit_section(conn, section, theme_ids=[t.theme_id for t in themes if t.name == "Needle litter"])
    assert [t.name for t in heard.unanswered_themes(conn, plan)] == ["Feeling safe at night", "Transit"]

    versions.publish(conn, plan)
    write_plan_pdf(conn, plan, tmp_path / "plan.pdf", layout="handout")
    text = "\n".join(page_texts((tmp_path / "plan.pdf").read_bytes()))
    assert "You told us" in text and "Feeling safe at night" in text
    assert "Housing" not in text and "Cancelled theme" not in text
