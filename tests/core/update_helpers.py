"""Helpers for the update tests: a project page over the report fixture, and the text of each rendering."""

from __future__ import annotations

import io
import re

from outreach_app.core.flyers.drops import record_drop
from outreach_app.core.update import project

from . import report_fixture

STEP_DONE = "Compiled a list of key stakeholders for Leamington and Essex"
STEP_LATER = "Launched survey on social media, active until October 31"  # done after the range: a next step then
STEP_NEXT = "Reach out to identified stakeholders to participate in focus groups"


def build(conn) -> dict:
    """report_fixture's events (June–July 2025), two flyer drops, the project page and three steps."""
    ids = report_fixture.build(conn)
    record_drop(conn, "library", "Windsor Public Library", 50, "2025-06-21", "Windsor")
    record_drop(conn, "arena", "Essex arena", 30, "2025-07-05", "Essex")
    project.set_project(conn, name="Neighbourhood safety plans", purpose="Help residents plan for emergencies.",
                        activities=["Events in community housing", "Survey of residents"],
                        action_items=["Share the survey link with your networks"])
    project.add_step(conn, STEP_DONE, "2025-06-10")
    project.add_step(conn, STEP_LATER, "2025-09-01")
    project.add_step(conn, STEP_NEXT)
    return ids


def squash(text: str) -> str:
    """Whitespace (line wraps, non-breaking spaces) as single spaces: a PDF wraps sentences anywhere."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def pptx_slides(content: bytes) -> list[tuple[str, str]]:
    """(title, every text of the slide) per slide."""
    from pptx import Presentation

    slides = []
    for slide in Presentation(io.BytesIO(content)).slides:
        title = slide.shapes.title.text_frame.text if slide.shapes.title is not None else ""
        texts = [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
        for shape in slide.shapes:
            if shape.has_chart:
                chart = shape.chart
                texts += list(chart.plots[0].categories)
        slides.append((title, "\n".join(texts)))
    return slides


def docx_text(content: bytes) -> str:
    from docx import Document

    document = Document(io.BytesIO(content))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def pdf_text(content: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
