"""A bundle carrying trainings records that break a rule is refused whole, never half-merged."""

from outreach_app.core.consultations.organisations import add_organisation
from outreach_app.core.sync.importer import import_files
from outreach_app.core.trainings import attendance, ratings, sessions

from .sync_helpers import altered_copy, enrol, export, fingerprints, laptop, office_db


def _bundle(tmp_path):
    lap, office = laptop(tmp_path, "lap"), office_db(tmp_path)
    enrol(office, lap)
    training = sessions.add_training(lap, "Naloxone", "2026-03-10", "Leamington")
    police, _ = add_organisation(lap, "Leamington OPP", "Police")
    attendance.record_attendance(lap, training, police, 5, 5)
    ratings.record_form(lap, training, [(1, 2, 4)])
    return lap, office, export(lap, tmp_path / "usb")


def _set(column, value):
    def change(columns, rows):
        at = columns.index(column)
        return [row[:at] + [value] + row[at + 1:] for row in rows]
    return change


def test_a_rating_without_before_or_after_or_out_of_range_is_refused_whole(tmp_path):
    lap, office, bundle = _bundle(tmp_path)
    for number, changes in enumerate(({"training_ratings": lambda c, rows: _set("after", None)(c, _set("before", None)(c, rows))},
                                      {"training_ratings": _set("after", 6)},
                                      {"training_attendance": _set("attended", -1)})):
        bad = altered_copy(lap, bundle, tmp_path / f"bad{number}.zip", tables=changes)
        [result] = import_files(office, [bad], accept_keys=fingerprints(bad))
        assert result.refused, changes
        for table in ("trainings", "training_attendance", "training_ratings"):
            assert office.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
