"""A small safety plan for tests: an area, one section of its own with contacts, published or not."""

from __future__ import annotations

from outreach_app.core.plans import contacts, drafts

URL = "https://example.org/plans/leamington-north"


def small_plan(conn, *, starter: bool = False, area: str = "Leamington North", language: str = "en") -> dict:
    """A plan with one section ("Public urination", two steps, the crisis line on the second) and a
    crisis line serving Leamington; returns the ids."""
    crisis = contacts.add_contact(conn, "Hôtel-Dieu Grace", service="Crisis line", phone="519-973-4435",
                                  hours="24/7", areas=["Leamington"])
    police = contacts.add_contact(conn, "Police", phone="911", emergency=True)
    plan = drafts.add_safety_plan(conn, area, "Leamington", postal_areas=["N8H"], language=language, url=URL,
                                  partners="Town of Leamington", starter=starter)
    section = drafts.add_section(conn, plan, "Public urination")
    first = drafts.add_step(conn, section, "Do not confront the person.", [police])
    second = drafts.add_step(conn, section, "Report it to the by-law line.", [crisis])
    return {"plan": plan, "section": section, "steps": [first, second], "crisis": crisis, "police": police}
