"""Writing an update in the format asked: one entry point for the command line and the window."""

from __future__ import annotations

import json

from .content import Update, update_json


def render(update: Update, form: str) -> bytes:
    """The update's bytes as pptx, docx, pdf or json (JSON: byte-stable, no clock time of its own)."""
    if form == "pptx":
        from .deck import render_pptx

        return render_pptx(update)
    if form == "docx":
        from .document import render_docx

        return render_docx(update)
    if form == "pdf":
        from .pdf import render_pdf

        return render_pdf(update)
    if form == "json":
        return (json.dumps(update_json(update), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    from outreach_app.core.errors import InvalidInput

    raise InvalidInput("format '{value}' is not one of {choices}", value=form, choices="pptx, docx, pdf, json")
