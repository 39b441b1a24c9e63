"""The `outreach-surveys` migration set: imported survey responses, posts, remembered import mappings."""

from __future__ import annotations

_STATEMENTS = [
    # One row per (response, completion) as the platform last showed it: a response first seen
    # incomplete and later complete is a second fact; counts use distinct response_key. The id is
    # derived from (survey, response_key, complete), so importing the same export twice adds nothing.
    """CREATE TABLE survey_responses (id TEXT PRIMARY KEY, survey_id TEXT NOT NULL,
        response_key TEXT NOT NULL, submitted TEXT, complete INTEGER CHECK (complete IN (0, 1)),
        source_tag TEXT, answers TEXT,
        created_at TEXT NOT NULL, device_id TEXT NOT NULL, hlc INTEGER NOT NULL)""",
    "CREATE INDEX survey_responses_by_survey ON survey_responses (survey_id, response_key, complete)",
    """CREATE TRIGGER survey_responses_append_only BEFORE UPDATE ON survey_responses BEGIN
        SELECT RAISE(ABORT, 'survey responses are append-only');
    END""",
    """CREATE TABLE survey_posts (id TEXT PRIMARY KEY, source_tag TEXT NOT NULL, channel TEXT NOT NULL,
        date TEXT NOT NULL, survey_id TEXT, note TEXT,
        created_at TEXT NOT NULL, device_id TEXT NOT NULL, hlc INTEGER NOT NULL,
        voided INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX survey_posts_by_tag ON survey_posts (source_tag COLLATE NOCASE, voided, date)",
    # A void counts only from the post's author or the office (as sync/schema.void_authors does for drops).
    """CREATE TRIGGER voids_mark_survey_posts AFTER INSERT ON voids BEGIN
        UPDATE survey_posts SET voided = 1 WHERE id = NEW.target_id AND voided = 0 AND (NEW.device_id =
          survey_posts.device_id OR NEW.device_id = (SELECT value FROM settings WHERE key = 'sync_office_device'));
    END""",
    """CREATE TRIGGER survey_post_meets_void AFTER INSERT ON survey_posts
        WHEN EXISTS (SELECT 1 FROM voids v WHERE v.target_id = NEW.id AND (v.device_id = NEW.device_id
          OR v.device_id = (SELECT value FROM settings WHERE key = 'sync_office_device'))) BEGIN
        UPDATE survey_posts SET voided = 1 WHERE id = NEW.id;
    END""",
    """CREATE TRIGGER survey_posts_append_only BEFORE UPDATE ON survey_posts
        WHEN NEW.id IS NOT OLD.id OR NEW.source_tag IS NOT OLD.source_tag OR NEW.channel IS NOT OLD.channel
          OR NEW.date IS NOT OLD.date OR NEW.survey_id IS NOT OLD.survey_id OR NEW.voided < OLD.voided BEGIN
        SELECT RAISE(ABORT, 'survey posts are append-only: void a post instead of changing it');
    END""",
    # Local to this installation (not synced): how the last import of each survey read its file.
    """CREATE TABLE survey_import_settings (survey_id TEXT PRIMARY KEY, preset TEXT, mapping TEXT NOT NULL,
        answer_columns TEXT NOT NULL DEFAULT '[]', date_order TEXT)""",
]


def survey_responses(db) -> None:
    for statement in _STATEMENTS:
        db.conn.execute(statement)


SET_NAME = "outreach-surveys"
STEPS = [
    ("0001_survey_responses", survey_responses),
]
