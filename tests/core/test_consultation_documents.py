"""The 'What we heard' PDF and Word document show the question counts and a starred quote; the codebook
is valid REFI-QDA; the CSV carries themes and no contact details."""

import io
from pathlib import Path

import xmlschema

from outreach_app.core.consultations import documents, report, responses, themes
from outreach_app.core.consultations.invitations import set_invitation
from outreach_app.core.consultations.organisations import add_organisation

from .consultation_helpers import consultation_with_responses

SCHEMA = Path(__file__).resolve().parent.parent / "data" / "refi-qda-codebook-1.0.xsd"


def _report(conn):
    ident, ids = consultation_with_responses(conn)
    responses.star_response(conn, ids[2])
    organisation, _ = add_organisation(conn, "Windsor Police", "Police", contact_email="desk@police.example.org")
    set_invitation(conn, ident, organisation, "attended")
    return ident, report.consultation_report(conn, ident)


def test_the_pdf_shows_each_questions_count_and_the_starred_quote(conn):
    from pypdf import PdfReader

    _, data = _report(conn)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(documents.report_pdf(data))).pages)
    text = " ".join(text.split())
    assert "5 responses" in text and "2 responses" in text
    assert "Police who speak my language" in text
    assert "How would you personally define Community Safety?" in text
    assert "police.example.org" not in text


def test_the_word_document_shows_the_same(conn):
    import docx

    _, data = _report(conn)
    document = docx.Document(io.BytesIO(documents.report_docx(data)))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "5 responses" in text and "2 responses" in text
    assert "\u201cPolice who speak my language\u201d" in text
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert "Police" in cells and "46" in cells


def test_the_codebook_is_valid_refi_qda_with_parents_holding_their_sub_themes(conn, tmp_path):
    ident, _ = _report(conn)
    themes.add_theme(conn, ident, "Safety")
    themes.set_theme_parent(conn, ident, "Safety at night", "Safety")
    themes.add_theme(conn, ident, 'Quotes "and" <brackets> & more')
    path = tmp_path / "themes.qdc"
    path.write_bytes(documents.codebook_qdc(conn, ident))
    schema = xmlschema.XMLSchema(str(SCHEMA))
    schema.validate(str(path))
    data = schema.to_dict(str(path))
    top = {c["@name"]: c for c in data["Codes"]["Code"]}
    assert set(top) == {"Belonging", "Lighting", "Safety", 'Quotes "and" <brackets> & more'}
    assert [c["@name"] for c in top["Safety"]["Code"]] == ["Safety at night"]


def test_the_csv_lists_responses_with_their_themes(conn):
    import csv

    ident, _ = _report(conn)
    rows = list(csv.DictReader(io.StringIO(report.responses_csv(conn, ident))))
    assert len(rows) == 7
    lit = [r for r in rows if r["text"] == "Lit streets"][0]
    assert lit["themes"] == "Lighting; Safety at night" and lit["table"] == "Table 1"
    assert [r["starred"] for r in rows].count("yes") == 1


def test_the_french_documents_are_in_french(conn):
    import docx
    from pypdf import PdfReader

    ident, _ = _report(conn)
    data = report.consultation_report(conn, ident, "fr")
    text = " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(io.BytesIO(documents.report_pdf(data, "fr"))).pages)
    assert "Ce que nous avons entendu" in text and "5 réponses" in text and "responses" not in text
    assert "«\u00a0Police who speak my language\u00a0»".replace("\u00a0", " ") in text.replace("\u00a0", " ")
    document = docx.Document(io.BytesIO(documents.report_docx(data, "fr")))
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert "Ce que nous avons entendu" in paragraphs and "5 réponses" in paragraphs
    assert "Secteurs" in paragraphs and "Police" in cells and "Thème" in cells


def test_themes_put_under_each_other_on_two_laptops_still_reach_the_codebook(conn, tmp_path):
    """Each laptop refuses a loop it can see; two laptops can still make one between them."""
    ident, _ = _report(conn)
    themes.add_theme(conn, ident, "Lighting")
    themes.set_theme_parent(conn, ident, "Lighting", "Safety at night")  # laptop A
    conn.execute("UPDATE themes SET parent_id = (SELECT id FROM themes WHERE name = 'Lighting')"
                 " WHERE name = 'Safety at night'")  # laptop B's edit, merged in
    listed = {t.name: t.parent for t in themes.list_themes(conn, ident)}
    pair = (listed["Lighting"], listed["Safety at night"])
    assert pair in ((None, "Lighting"), ("Safety at night", None))  # one goes back to the top, the other stays under it
    path = tmp_path / "themes.qdc"
    path.write_bytes(documents.codebook_qdc(conn, ident))
    xmlschema.XMLSchema(str(SCHEMA)).validate(str(path))
    text = path.read_text(encoding="utf-8")
    assert 'name="Lighting"' in text and 'name="Safety at night"' in text
