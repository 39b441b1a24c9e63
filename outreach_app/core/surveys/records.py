"""Saved surveys (the core `surveys` table, editable and synced) and the posts that spread them."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass

from outreach_app.core import bounds
from outreach_app.core.changes import Change, writes
from outreach_app.core.clock import new_id, next_hlc, utc_now
from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.flyers.links import check_tag, check_url
from outreach_app.core.privacy.free_text import check_free_text
from outreach_app.core.records.catalogue import municipality_for
from outreach_app.core.store.connection import device_id, transaction
from outreach_app.core.store.facts import insert_fact
from outreach_app.core.validate import clean_name, clean_optional, name_key, parse_date, parse_uuid


@dataclass(frozen=True)
class Survey:
    id: str
    name: str
    url: str
    closes: str | None
    municipality: str | None

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Post:
    id: str
    source_tag: str
    channel: str
    date: str
    survey_id: str | None
    voided: bool

    def as_dict(self) -> dict:
        return asdict(self)


@writes(Change.SURVEYS)
def add_survey(conn: sqlite3.Connection, name: str, url: str, closes: str | None = None,
               municipality: str | None = None) -> str:
    """Save a survey (a closing date in the past is fine: surveys are recorded after they close too)."""
    name = clean_name(name, "survey name", max_length=bounds.MAX_NAME_LENGTH)
    url = check_url(url)
    closes = parse_date(closes, "closing date") if closes else None
    with transaction(conn):
        municipality_id = municipality_for(conn, municipality) if municipality and municipality.strip() else None
        hlc, rev = next_hlc(conn)
        ident, me = new_id(), device_id(conn)
        conn.execute("INSERT INTO surveys (id, name, url, closes, municipality_id, hlc, updated_at, device_id, rev)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (ident, name, url, closes, municipality_id, hlc, utc_now(), me, rev))
    return ident


_SELECT = """SELECT s.id, s.name, s.url, s.closes,
                    (SELECT m2.name FROM municipalities m2 WHERE m2.id =
                       (SELECT min(m3.id) FROM municipalities m3 WHERE m3.name_key = m.name_key))
             FROM surveys s LEFT JOIN municipalities m ON m.id = s.municipality_id"""


def list_surveys(conn: sqlite3.Connection) -> list[Survey]:
    """Every saved survey, by name then id."""
    return [Survey(*row) for row in conn.execute(_SELECT + " ORDER BY lower(s.name), s.id")]


def get_survey(conn: sqlite3.Connection, survey_id: str) -> Survey:
    """The survey with this id, or NotFound naming it."""
    try:
        ident = parse_uuid(survey_id, "survey id")
    except InvalidInput:
        raise NotFound("no survey with id '{id}' (see 'survey list')", id=survey_id) from None
    row = conn.execute(_SELECT + " WHERE s.id = ?", (ident,)).fetchone()
    if row is None:
        raise NotFound("no survey with id '{id}' (see 'survey list')", id=survey_id)
    return Survey(*row)


@writes(Change.SURVEYS)
def add_post(conn: sqlite3.Connection, tag: str, channel: str, date: str, survey_id: str | None = None,
             note: str | None = None, *, allow_personal: bool = False) -> str:
    """Record a social-media post whose link carries src=TAG; returns its id. A tag a flyer drop or
    another post already uses is refused: one tag is one source. A note that looks personal is refused
    (PersonalDataFound) unless allow_personal."""
    tag = check_tag(tag)
    channel = clean_name(channel, "channel", max_length=bounds.MAX_CHANNEL_LENGTH)
    date = parse_date(date, "post date")
    note = check_free_text(clean_optional(note, what="note", multi_line=True), "note", allow_personal)
    survey = get_survey(conn, survey_id).id if survey_id else None
    key = name_key(tag)
    if conn.execute("SELECT 1 FROM flyer_drops WHERE name_key(source_tag) = ? AND voided = 0", (key,)).fetchone():
        raise InvalidInput("source tag '{tag}' already names a flyer drop; give the post its own tag", tag=tag)
    if conn.execute("SELECT 1 FROM survey_posts WHERE name_key(source_tag) = ? AND voided = 0", (key,)).fetchone():
        raise InvalidInput("source tag '{tag}' already names a post", tag=tag)
    with transaction(conn):
        return insert_fact(conn, "survey_posts", {"source_tag": tag, "channel": channel, "date": date,
                                                  "survey_id": survey, "note": note})


def list_posts(conn: sqlite3.Connection, *, include_voided: bool = False) -> list[Post]:
    """Posts, newest first (then tag and id)."""
    where = "" if include_voided else " WHERE voided = 0"
    rows = conn.execute("SELECT id, source_tag, channel, date, survey_id, voided FROM survey_posts" + where
                        + " ORDER BY date DESC, lower(source_tag), id")
    return [Post(*row[:5], bool(row[5])) for row in rows]
