"""The project page: name, purpose, key activities and action items (one row), and the steps the team
ticks off. Editable records that travel in bundles (latest change wins). As with every record, the
device that made one, or the office, changes it (core/sync/roles.py): elsewhere the change is refused
here rather than ignored later by the office. There is one project page (one id everywhere): on a
laptop enrolled with an office, the office writes it first."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field

from outreach_app.core import bounds
from outreach_app.core.changes import Change, writes
from outreach_app.core.clock import new_id, next_hlc, stable_id, utc_now
from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.store.connection import device_id, get_setting, set_setting, transaction
from outreach_app.core.validate import clean_name, clean_optional, parse_date, parse_uuid

PROJECT_ID = stable_id("project", "the project")  # one project per database, the same id everywhere
LOGO_SETTING = "update_logo"  # this computer's path to the organisation's logo (a file path never travels)


@dataclass(frozen=True)
class Project:
    name: str | None = None
    purpose: str | None = None
    activities: list[str] = field(default_factory=list)
    action_items: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Step:
    id: str
    text: str
    done_on: str | None  # None while planned
    activity: str | None

    @property
    def done(self) -> bool:
        return self.done_on is not None

    def as_dict(self) -> dict:
        return {"id": self.id, "text": self.text, "done": self.done, "done_on": self.done_on,
                "activity": self.activity}


def _stamp(conn: sqlite3.Connection) -> dict:
    hlc, rev = next_hlc(conn)
    return {"hlc": hlc, "updated_at": utc_now(), "device_id": device_id(conn), "rev": rev}


def _may_change(conn: sqlite3.Connection, author: str) -> bool:
    from outreach_app.core.sync.roles import may_correct

    return may_correct(conn, author)


def _lines(items, what: str) -> str | None:
    """A list of one-line items as stored (one a line), each cleaned; None when empty."""
    cleaned = [clean_name(item, what, max_length=bounds.MAX_STEP_LENGTH) for item in items if item and item.strip()]
    text = "\n".join(cleaned)
    if len(text) > bounds.MAX_TEXT_LENGTH:
        raise InvalidInput("{what} hold {extra} characters too many in all", what=what,
                           extra=len(text) - bounds.MAX_TEXT_LENGTH)
    return text or None


def get_project(conn: sqlite3.Connection) -> Project:
    """The project's texts (empty ones when never set)."""
    row = conn.execute("SELECT name, purpose, activities, action_items FROM project WHERE id = ?",
                       (PROJECT_ID,)).fetchone()
    if row is None:
        return Project()
    split = lambda text: [line for line in (text or "").split("\n") if line.strip()]  # noqa: E731
    return Project(row[0], row[1], split(row[2]), split(row[3]))


@writes(Change.PROJECT)
def set_project(conn: sqlite3.Connection, *, name: str | None = None, purpose: str | None = None,
                activities: list[str] | None = None, action_items: list[str] | None = None) -> Project:
    """Change the texts given (None: keep; "" or []: clear). Returns the project as saved."""
    changes = {}
    if name is not None:
        changes["name"] = clean_optional(" ".join(name.split()), bounds.MAX_NAME_LENGTH, what="project name")
    if purpose is not None:
        changes["purpose"] = clean_optional(purpose, bounds.MAX_TEXT_LENGTH, what="purpose", multi_line=True)
    if activities is not None:
        changes["activities"] = _lines(activities, "key activities")
    if action_items is not None:
        changes["action_items"] = _lines(action_items, "action items")
    with transaction(conn):
        row = conn.execute("SELECT created_device_id FROM project WHERE id = ?", (PROJECT_ID,)).fetchone()
        if row is None and not _may_change(conn, None):
            # an enrolled laptop writing a page of its own would clash with the office's (one page, one id)
            raise InvalidInput("the project page is written at the office; it reaches this laptop with the office's "
                               "next bundle")
        if row is None:
            values = {"id": PROJECT_ID, "name": None, "purpose": None, "activities": None, "action_items": None,
                      **changes, "created_device_id": device_id(conn), **_stamp(conn)}
            conn.execute(f"INSERT INTO project ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                         list(values.values()))
        elif changes:
            if not _may_change(conn, row[0]):
                raise InvalidInput("the project page was written on another device; only that device or the office "
                                   "changes it")
            values = {**changes, **_stamp(conn)}
            conn.execute(f"UPDATE project SET {', '.join(f'{c} = ?' for c in values)} WHERE id = ?",
                         [*values.values(), PROJECT_ID])
    return get_project(conn)


def logo_path(conn: sqlite3.Connection) -> str | None:
    """This computer's organisation logo for the update (None when not set)."""
    return get_setting(conn, LOGO_SETTING) or None


@writes(Change.SETTINGS)
def set_logo(conn: sqlite3.Connection, path: str | None) -> str | None:
    """Use the image at path as the organisation's logo in updates (checked now); None or "" removes it."""
    from outreach_app.core.flyers.spec import check_logo

    checked = check_logo(path) if path else None
    set_setting(conn, LOGO_SETTING, checked)
    return checked


# --- steps -----------------------------------------------------------------------------------------

def _created_now(conn: sqlite3.Connection) -> str:
    """Now to the millisecond, after every step already here: steps list in the order they were added,
    even several in one millisecond."""
    now = dt.datetime.now(dt.timezone.utc)
    now = now.replace(microsecond=now.microsecond // 1000 * 1000)
    latest = conn.execute("SELECT max(created_at) FROM project_steps").fetchone()[0]
    try:
        if latest and dt.datetime.fromisoformat(latest) >= now:
            now = dt.datetime.fromisoformat(latest) + dt.timedelta(milliseconds=1)
    except ValueError:
        pass  # a stamp Python cannot read (checked by SQLite's rules only): ordered by id among equals
    return now.astimezone(dt.timezone.utc).isoformat(timespec="milliseconds")


def _clean_activity(activity: str | None) -> str | None:
    if not activity:
        return None
    if activity not in bounds.STEP_ACTIVITIES:
        raise InvalidInput("activity '{value}' is not one of {choices}", value=activity,
                           choices=", ".join(bounds.STEP_ACTIVITIES))
    return activity


@writes(Change.PROJECT)
def add_step(conn: sqlite3.Connection, text: str, done_on: str | None = None, activity: str | None = None) -> str:
    """A step of the project, planned (done_on None) or done on that date. Returns its id."""
    text = clean_name(text, "step", max_length=bounds.MAX_STEP_LENGTH)
    done_on = parse_date(done_on, "done date") if done_on else None
    activity = _clean_activity(activity)
    with transaction(conn):
        values = {"id": new_id(), "text": text, "done_on": done_on, "activity": activity, "removed": 0,
                  "created_at": _created_now(conn), "created_device_id": device_id(conn), **_stamp(conn)}
        conn.execute(f"INSERT INTO project_steps ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                     list(values.values()))
    return values["id"]


def _change_step(conn: sqlite3.Connection, step_id: str, changes: dict) -> None:
    ident = parse_uuid(step_id, "step id")
    with transaction(conn):
        row = conn.execute("SELECT created_device_id, text FROM project_steps WHERE id = ? AND removed = 0",
                           (ident,)).fetchone()
        if row is None:
            raise NotFound("no step with id '{id}'", id=step_id)
        if not _may_change(conn, row[0]):
            raise InvalidInput("step '{text}' was written on another device; only that device or the office changes it",
                               text=row[1])
        values = {**changes, **_stamp(conn)}
        conn.execute(f"UPDATE project_steps SET {', '.join(f'{c} = ?' for c in values)} WHERE id = ?",
                     [*values.values(), ident])


@writes(Change.PROJECT)
def mark_step_done(conn: sqlite3.Connection, step_id: str, done_on: str | None = None,
                   today: dt.date | None = None) -> str:
    """Tick a step off, on done_on (default today). Returns the date."""
    day = parse_date(done_on, "done date") if done_on else (today or dt.date.today()).isoformat()
    _change_step(conn, step_id, {"done_on": day})
    return day


@writes(Change.PROJECT)
def mark_step_planned(conn: sqlite3.Connection, step_id: str) -> None:
    """Untick a step: planned again."""
    _change_step(conn, step_id, {"done_on": None})


@writes(Change.PROJECT)
def edit_step(conn: sqlite3.Connection, step_id: str, text: str, activity: str | None = None) -> None:
    """Reword a step (and its activity link)."""
    _change_step(conn, step_id, {"text": clean_name(text, "step", max_length=bounds.MAX_STEP_LENGTH),
                                 "activity": _clean_activity(activity)})


@writes(Change.PROJECT)
def remove_step(conn: sqlite3.Connection, step_id: str) -> None:
    """Take a step off the page (the removal travels like an edit)."""
    _change_step(conn, step_id, {"removed": 1})


def list_steps(conn: sqlite3.Connection) -> list[Step]:
    """Every step on the page, in the order they were added."""
    rows = conn.execute("SELECT id, text, done_on, activity FROM project_steps WHERE removed = 0"
                        " ORDER BY created_at, id")
    return [Step(*row) for row in rows]
