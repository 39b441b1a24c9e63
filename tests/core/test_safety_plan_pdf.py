"""The printed safety plan: every section title, step and contact in order as real text, the QR code
decoding to the plan's web copy tagged with src=, French with its longer words, and a refusal naming
the section that does not fit."""

import pytest

from outreach_app.core.errors import InvalidInput
from outreach_app.core.plans import drafts, versions
from outreach_app.core.plans.pdf import write_plan_pdf

from .flyer_helpers import decode_pages, page_texts
from .safety_plan_helpers import URL, small_plan


def in_order(text: str, pieces: list[str]) -> bool:
    at = 0
    for piece in pieces:
        found = text.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def expected_pieces(conn, plan_id) -> list[str]:
    content = versions.version_content(conn, plan_id)[1]
    pieces = []
    for section in content["sections"]:
        pieces.append(section["title"])
        for step in section["steps"]:
            pieces.append(step["text"])
            pieces += [content["contacts"][c]["organisation"] for c in step["contacts"]]
    return pieces


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("panels", [2, 3])
def test_the_handout_prints_every_section_step_and_contact_in_order_with_a_tagged_qr(conn, tmp_path, paper, panels):
    ids = small_plan(conn, starter=True)
    versions.publish(conn, ids["plan"])
    result = write_plan_pdf(conn, ids["plan"], tmp_path / "plan.pdf", layout="handout", paper=paper, panels=panels,
                            source="library")
    assert result.pages == 2 and result.version == 1
    outside, inside = page_texts(result.pdf)
    assert "Leamington North" in outside and "Version 1" in outside and "Town of Leamington" in outside
    assert "Hôtel-Dieu Grace" in outside  # the area's services
    assert in_order(" ".join(inside.split()), [" ".join(p.split()) for p in expected_pieces(conn, ids["plan"])])
    assert decode_pages(result.pdf) == [[f"{URL}?src=library"], []]


def test_the_poster_is_one_page_with_the_untagged_link(conn, tmp_path):
    ids = small_plan(conn, starter=True)
    versions.publish(conn, ids["plan"])
    result = write_plan_pdf(conn, ids["plan"], tmp_path / "poster.pdf", layout="poster")
    assert result.pages == 1
    assert in_order(page_texts(result.pdf)[0], expected_pieces(conn, ids["plan"]))
    assert decode_pages(result.pdf) == [[URL]]


def test_a_french_plan_prints_its_own_words_and_fits(conn, tmp_path):
    ids = small_plan(conn, starter=True, area="Leamington Nord", language="fr")
    versions.publish(conn, ids["plan"])
    result = write_plan_pdf(conn, ids["plan"], tmp_path / "plan.pdf", layout="handout", paper="a4", panels=2)
    outside, inside = page_texts(result.pdf)
    assert "PLAN DE SÉCURITÉ DE QUARTIER" in outside and "Urgence : composez le 911" in outside
    assert "Version 1 ·" in outside
    tagged = write_plan_pdf(conn, ids["plan"], tmp_path / "tagged.pdf", layout="poster", source="bibliothèque")
    assert decode_pages(tagged.pdf) == [[f"{URL}?src=biblioth%C3%A8que"]]
    assert f"{URL}?src=bibliothèque" in page_texts(tagged.pdf)[0].replace(" ", "")
    assert "Une personne fait peut-être une surdose" in inside


def test_a_section_too_long_for_a_panel_is_named_and_nothing_is_written(conn, tmp_path):
    ids = small_plan(conn)
    long_section = drafts.add_section(conn, ids["plan"], "Everything at once")
    for k in range(40):
        drafts.add_step(conn, long_section, f"Step {k}: " + "call the right service and wait with the person " * 3)
    versions.publish(conn, ids["plan"])
    out = tmp_path / "plan.pdf"
    with pytest.raises(InvalidInput, match="section 'Everything at once' is too long"):
        write_plan_pdf(conn, ids["plan"], out, layout="handout")
    assert not out.exists()


def test_the_draft_prints_marked_as_such_before_the_first_version(conn, tmp_path):
    ids = small_plan(conn)
    result = write_plan_pdf(conn, ids["plan"], tmp_path / "draft.pdf", layout="poster")
    assert result.version is None and "Draft: not published" in page_texts(result.pdf)[0]


@pytest.mark.parametrize("layout", ["handout", "poster"])
def test_an_area_without_services_prints_no_empty_services_heading(conn, tmp_path, layout):
    plan = drafts.add_safety_plan(conn, "Harrow", "Essex", url=URL)
    versions.publish(conn, plan)
    out = tmp_path / f"{layout}.pdf"
    write_plan_pdf(conn, plan, out, layout=layout)
    text = " ".join(page_texts(out.read_bytes()))
    assert "Services in your area" not in text and "Call 911" in text
