"""The planted-marker day extended to the newer features (docs/privacy.md, "How this is tested"): a
consultation with responses (one masked, one kept) and its What we heard PDF, DOCX, CSV and .qdc; a
training; a survey export with a free-text column and an email; a safety plan's PDF; the working-group
update as PPTX, DOCX and PDF. Masked markers, and what a survey import never keeps, appear nowhere; the
kept response appears only in the databases, backups, the bundle and the consultation's own reports."""

from outreach_app.core.consultations import documents, records, responses, themes
from outreach_app.core.plans.pdf import write_plan_pdf
from outreach_app.core.privacy.guard import mask_personal_data
from outreach_app.core.store.backups import make_backup
from outreach_app.core.surveys.importing import import_export
from outreach_app.core.sync.export import export_bundle, set_default_recipients
from outreach_app.core.sync.keys import load_identities, make_identity_file
from outreach_app.core.trainings import sessions
from outreach_app.core.update.content import build_update
from outreach_app.core.update.render import render
from tests.core.safety_plan_helpers import small_plan
from tests.core.survey_helpers import new_survey, write_csv
from tests.core.sync_helpers import enrol, import_ok, laptop, office_db
from tests.core.test_privacy_markers import _every_file

MASKED_FIELDS = ("consultation_title", "consultation_place", "consultation_notes", "response", "response_edit",
                 "theme", "training_topic", "training_place", "training_partner", "training_notes")
MASKED = {field: f"Zqxmask{field.replace('_', '')}" for field in MASKED_FIELDS}
KEPT_RESPONSE = "Zqxkeptresponse"  # "Dr. Zqxkeptresponse runs the clinic": kept, not about a resident
SURVEY_FREE_TEXT = "Zqxsurveyfreetext"  # a survey export's free-text answer: never imported
SURVEY_EMAIL = "zqxsurveyemail@example.com"
SERVICE_PHONE = "519-973-4435"  # the plan's crisis line: published service text, printed on the plan


def _masked(field: str) -> str:
    text = mask_personal_data(f"Mrs {MASKED[field]} came")
    assert MASKED[field] not in text
    return text


def _the_day(lap, folder):
    consultation = records.add_consultation(lap, _masked("consultation_title"), "2025-06-19", "Windsor",
                                            place=_masked("consultation_place"), notes=_masked("consultation_notes"))
    masked, kept = responses.add_responses(lap, consultation, 1, [_masked("response"), "Lit streets"])
    edited = responses.add_response(lap, consultation, 1, "Knowing my neighbours")
    responses.edit_response(lap, edited, _masked("response_edit"))
    responses.edit_response(lap, kept, f"Dr. {KEPT_RESPONSE} runs the clinic", allow_personal=True)
    themes.tag_response(lap, kept, [_masked("theme")])
    responses.star_response(lap, kept)
    for fmt in ("pdf", "docx", "csv", "qdc"):
        documents.write_report(lap, consultation, fmt, folder / f"heard.{fmt}")

    sessions.add_training(lap, _masked("training_topic"), "2025-06-20", "Windsor", place=_masked("training_place"),
                          partner=_masked("training_partner"), notes=_masked("training_notes"))

    survey = new_survey(lap)
    rows = [["ID", "Start time", "Completion time", "Email", "Name", "src", "What would make you feel safer?"],
            ["1", "6/7/2025 9:01:02", "6/7/2025 9:03:04", SURVEY_EMAIL, "Jane Roe", "library",
             f"Ask {SURVEY_FREE_TEXT} at 519-555-0199"]]
    import_export(lap, survey, write_csv(folder.parent / "export.csv", rows))
    (folder.parent / "export.csv").unlink()  # the platform's own file: not Outreach's

    plan = small_plan(lap)
    write_plan_pdf(lap, plan["plan"], folder / "plan.pdf", layout="poster")
    update = build_update(lap, "2025-01-01", "2025-12-31")
    for form in ("pptx", "docx", "pdf"):
        (folder / f"update.{form}").write_bytes(render(update, form))


def test_new_features_masked_markers_reach_no_file_and_kept_ones_only_the_documented_places(tmp_path):
    identity = tmp_path / "keys" / "office.txt"
    recipient = make_identity_file(identity)
    office, lap = office_db(tmp_path / "office"), laptop(tmp_path / "laptop", "lap")
    enrol(office, lap)
    set_default_recipients(lap, [recipient])
    make_backup(lap, "start")
    reports = tmp_path / "laptop" / "reports"
    reports.mkdir()
    _the_day(lap, reports)
    make_backup(lap, "manual")
    bundle = export_bundle(lap, tmp_path / "laptop" / "usb")
    assert bundle.encrypted
    import_ok(office, bundle.path, identities=load_identities(identity))
    lap.execute("PRAGMA wal_checkpoint(PASSIVE)")

    files = _every_file(tmp_path, load_identities(identity))
    kinds = {"database": lambda name: name.endswith((".db", ".db-wal", ".db-shm")) and "backups" not in name,
             "backup": lambda name: "backups" in name or ".bak" in name,
             "bundle": lambda name: "usb" in name, "heard": lambda name: "heard." in name}
    for name in ("heard.pdf", "heard.docx", "heard.csv", "heard.qdc", "plan.pdf", "update.pptx", "update.docx",
                 "update.pdf"):
        assert f"laptop/reports/{name}" in files, sorted(files)

    for marker in [*MASKED.values(), SURVEY_FREE_TEXT, SURVEY_EMAIL, "Jane Roe"]:
        holding = [name for name, data in files.items() if marker.encode() in data]
        assert holding == [], f"{marker} found in {holding}"
    holding = {name for name, data in files.items() if KEPT_RESPONSE.encode() in data}
    assert {"laptop/reports/heard.csv", "laptop/reports/heard.pdf", "laptop/reports/heard.docx"} <= holding  # starred
    assert any(kinds["bundle"](name) for name in holding)
    assert any("office" in name and kinds["database"](name) for name in holding)
    assert holding <= {name for name in files if any(is_kind(name) for is_kind in kinds.values())}
    # the plan's crisis line is published service text: printed on the plan, never in the update or reports
    holding = {name for name, data in files.items() if SERVICE_PHONE.encode() in data}
    assert "laptop/reports/plan.pdf" in holding
    assert not [name for name in holding if "update." in name or "heard." in name]
