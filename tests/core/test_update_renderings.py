"""The update as a PowerPoint deck, a Word document and a PDF, in English and French: opened again
and their text read back (the sentence, the steps, each slide's title; no section without data)."""

import io

import pytest

from outreach_app.core.reports.summary import summary
from outreach_app.core.reports.text import update_sentence
from outreach_app.core.update import project
from outreach_app.core.update.content import build_update
from outreach_app.core.update.render import render

from .update_helpers import STEP_DONE, STEP_LATER, STEP_NEXT, build, docx_text, pdf_text, pptx_slides, squash

RANGE = ("2025-06-01", "2025-07-31")
TITLES = {
    "en": ["Neighbourhood safety plans", "Purpose and key activities", "Accomplishments to date", "Community events",
           "Safety plans handed out", "Survey flyers left", "Steps", "Action items for working-group members",
           "Plans handed out at each event", "Thank you"],
    "fr": ["Neighbourhood safety plans", "Objectif et activités clés", "Réalisations à ce jour",
           "Activités communautaires", "Plans de sécurité remis", "Dépliants du sondage laissés", "Étapes",
           "Suivis pour les membres du groupe de travail", "Plans remis à chaque activité", "Merci"],
}
STEP_HEADINGS = {"en": ("Steps completed", "Next steps"), "fr": ("Étapes réalisées", "Prochaines étapes")}


@pytest.fixture
def filled(conn):
    build(conn)
    return conn


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_deck_has_each_slide_the_sentence_and_the_steps(filled, language):
    update = build_update(filled, *RANGE, language=language, meeting_date="2025-08-14")
    slides = pptx_slides(render(update, "pptx"))
    assert [title for title, _ in slides] == TITLES[language]
    text = {title: body for title, body in slides}
    sentence = update_sentence(summary(filled, *RANGE), language)
    accomplishments = text[TITLES[language][2]]
    assert sentence in accomplishments
    done, upcoming = text[TITLES[language][6]].split(STEP_HEADINGS[language][1])
    assert STEP_HEADINGS[language][0] in done and STEP_DONE in done
    assert STEP_LATER in upcoming and STEP_NEXT in upcoming
    assert ("14 août 2025" if language == "fr" else "August 14, 2025") in text[TITLES[language][0]]
    assert "Jun 19" in text[TITLES["en"][8]] if language == "en" else "19 juin" in text[TITLES["fr"][8]]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_word_document_and_the_pdf_say_the_same(filled, language):
    update = build_update(filled, *RANGE, language=language)
    sentence = squash(update_sentence(summary(filled, *RANGE), language))
    for text in (docx_text(render(update, "docx")), pdf_text(render(update, "pdf"))):
        flat = squash(text)
        assert sentence in flat
        for title in TITLES[language]:
            assert squash(title) in flat
        for step in (STEP_DONE, STEP_LATER, STEP_NEXT, *STEP_HEADINGS[language]):
            assert step in flat
        assert ("80 dépliants du sondage laissés lors de 2 lieux visités." if language == "fr"
                else "80 survey flyers left in 2 place visits.") in flat


def test_a_range_without_events_has_no_event_or_chart_slide(filled):
    update = build_update(filled, "2025-08-01", "2025-08-31")
    titles = [title for title, _ in pptx_slides(render(update, "pptx"))]
    assert "Community events" not in titles and "Plans handed out at each event" not in titles
    assert "Survey flyers left" not in titles
    accomplishments = dict(pptx_slides(render(update, "pptx")))["Accomplishments to date"]
    assert "Safety plans handed out" in accomplishments  # the plans handed out before still count
    assert "Community events" not in squash(pdf_text(render(update, "pdf")))
    assert "Community events" not in docx_text(render(update, "docx"))


def test_paper_size_and_logo(filled, tmp_path):
    from PIL import Image
    from pypdf import PdfReader

    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), "navy").save(logo)
    project.set_logo(filled, str(logo))
    letter, a4 = (render(build_update(filled, *RANGE, paper=paper), "pdf") for paper in ("letter", "a4"))
    assert [round(float(v)) for v in PdfReader(io.BytesIO(letter)).pages[0].mediabox[2:]] == [612, 792]
    assert [round(float(v)) for v in PdfReader(io.BytesIO(a4)).pages[0].mediabox[2:]] == [595, 842]
    from pptx import Presentation

    deck = Presentation(io.BytesIO(render(build_update(filled, *RANGE), "pptx")))
    first = deck.slides[0]
    assert any(shape.shape_type == 13 for shape in first.shapes)  # a picture: the logo
    from docx import Document

    assert len(Document(io.BytesIO(render(build_update(filled, *RANGE), "docx"))).inline_shapes) == 2  # logo + chart
    logo.unlink()  # moved away since: the update is still written, without it
    assert pptx_slides(render(build_update(filled, *RANGE), "pptx"))


def test_long_lists_continue_on_another_slide(filled):
    for number in range(12):
        project.add_step(filled, f"Extra step number {number}")
    project.set_project(filled, action_items=[f"Action {n}" for n in range(11)])
    titles = [title for title, _ in pptx_slides(render(build_update(filled, *RANGE), "pptx"))]
    assert titles.count("Action items for working-group members") == 1
    assert "Action items for working-group members (…)" in titles
