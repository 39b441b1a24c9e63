"""Which attendance entries and ratings count, as SQL: light (no dataclasses), so that a JSON report's
figures (figures.py) start as fast as the command line itself."""

from __future__ import annotations

from outreach_app.core.validate import canonical_id_sql


def _canonical_organisation(column: str) -> str:
    """SQL for the canonical id of the organisation in `column` (as organisations.canonical_organisation_sql)."""
    key = f"(SELECT o2.name_key FROM organisations o2 WHERE o2.id = {column})"
    return f"coalesce({canonical_id_sql('organisations', key)}, {column})"


_OFFICE = "coalesce((SELECT value FROM settings WHERE key = 'sync_office_device'), '')"


def counted_author_sql(alias: str, training: str = "t") -> str:
    """SQL true when fact `alias` was written by the maker of training `training` or by the office."""
    return f"{alias}.device_id IN ({training}.created_device_id, {_OFFICE})"


def current_attendance_sql() -> str:
    """SQL for the attendance rows that count, one per (training, canonical organisation): the newest
    row neither voided nor written by a device that may not correct the training. Columns: training_id,
    organisation_id (canonical), registered, attended, row_id."""
    org = _canonical_organisation("a.organisation_id")
    return f"""SELECT training_id, organisation_id, registered, attended, row_id FROM (
        SELECT a.training_id, {org} AS organisation_id, a.registered, a.attended, a.id AS row_id,
               row_number() OVER (PARTITION BY a.training_id, {org} ORDER BY a.hlc DESC, a.device_id DESC) AS n
        FROM training_attendance a JOIN trainings t ON t.id = a.training_id
        WHERE a.voided = 0 AND {counted_author_sql('a')}) WHERE n = 1"""
