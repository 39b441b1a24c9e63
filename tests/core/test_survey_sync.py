"""Survey responses and posts travel in sync bundles: the office imports the export once and laptops
see the same figures; a laptop's posts reach the office; two devices importing the same export never
count a response twice, and a laptop cannot slip in responses under another device's name."""

from outreach_app.core.flyers.drops import record_drop
from outreach_app.core.surveys.importing import import_export
from outreach_app.core.surveys.records import add_post, add_survey
from outreach_app.core.surveys.report import survey_report

from .survey_helpers import write_csv
from .sync_helpers import altered_copy, export, import_ok, laptop, office_db


def _export_file(tmp_path, count: int):
    rows = [["_uuid", "_submission_time", "src"]]
    rows += [[f"u{i}", f"2025-10-{1 + i % 20:02d}T09:00:00", ["library", "fb-1007", ""][i % 3]] for i in range(count)]
    return write_csv(tmp_path / f"kobo-{count}.csv", rows)


def test_office_imports_once_and_the_laptop_sees_the_figures(tmp_path):
    office, lap = office_db(tmp_path), laptop(tmp_path, "lap-a")
    usb = tmp_path / "usb"
    survey = add_survey(office, "Safety survey", "https://example.org/s", "2025-10-31")
    record_drop(office, "library", "Library", 50, "2025-09-25")
    add_post(lap, "fb-1007", "facebook", "2025-10-07")  # the laptop's user records the weekly post
    import_ok(office, export(lap, usb))
    import_export(office, survey, _export_file(tmp_path, 30))
    import_ok(lap, export(office, usb))
    assert survey_report(lap, survey) == survey_report(office, survey)
    report = survey_report(lap, survey)
    assert (report["responses"], report["by_source"]["fb-1007"]["responses"]) == (30, 10)
    assert report["by_source"]["library"]["per_100_flyers"] == 20.0


def test_the_same_export_imported_on_two_devices_counts_each_response_once(tmp_path):
    office, lap = office_db(tmp_path), laptop(tmp_path, "lap-a")
    usb = tmp_path / "usb"
    survey = add_survey(office, "Safety survey", "https://example.org/s")
    import_ok(lap, export(office, usb))
    import_export(lap, survey, _export_file(tmp_path, 12))
    import_export(office, survey, _export_file(tmp_path, 20))
    import_ok(office, export(lap, usb))
    import_ok(lap, export(office, usb))
    assert survey_report(office, survey)["responses"] == survey_report(lap, survey)["responses"] == 20
    assert import_export(office, survey, _export_file(tmp_path, 20)).new == 0


def test_a_laptop_cannot_send_responses_in_another_devices_name(tmp_path):
    office, lap = office_db(tmp_path), laptop(tmp_path, "lap-a")
    usb = tmp_path / "usb"
    survey = add_survey(office, "Safety survey", "https://example.org/s")
    import_ok(lap, export(office, usb))
    import_export(lap, survey, _export_file(tmp_path, 3))
    genuine = export(lap, usb)
    office_id = office.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()[0]

    def forge(columns, rows):
        at = columns.index("device_id")
        return [row[:at] + [office_id] + row[at + 1:] for row in rows]

    forged = altered_copy(lap, genuine, tmp_path / "forged.zip", tables={"survey_responses": forge})
    import_ok(office, forged)
    assert survey_report(office, survey)["responses"] == 0
