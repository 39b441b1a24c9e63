"""Editable records: devices, municipalities, sites, plans and events (last writer wins)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .clock import new_id, next_hlc, utc_now
from .db import device_id, set_setting, transaction
from .errors import InvalidInput, NotFound
from . import bounds
from .validate import clean_name, clean_optional, name_key, parse_date, parse_time, parse_uuid


def _stamp(conn: sqlite3.Connection) -> dict:
    hlc, rev = next_hlc(conn)
    return {"hlc": hlc, "updated_at": utc_now(), "device_id": device_id(conn), "rev": rev}


def _update(conn: sqlite3.Connection, table: str, row_id: str, changes: dict) -> None:
    changes = {**changes, **_stamp(conn)}
    assignments = ", ".join(f"{column} = :{column}" for column in changes)
    conn.execute(f"UPDATE {table} SET {assignments} WHERE id = :id", {**changes, "id": row_id})


# --- devices -----------------------------------------------------------------------------------

def set_device_name(conn: sqlite3.Connection, name: str) -> str:
    """Name this machine (shown to the office in bundles). Returns the device id."""
    name = clean_name(name, "device name", max_length=bounds.MAX_DEVICE_NAME_LENGTH)
    ident = device_id(conn)
    with transaction(conn):
        current = conn.execute("SELECT name FROM devices WHERE id = ?", (ident,)).fetchone()
        if current and current[0] != name:
            _update(conn, "devices", ident, {"name": name})
        set_setting(conn, "device_named_by_user", "1")
    return ident


def device_name(conn: sqlite3.Connection, ident: str | None = None) -> str | None:
    row = conn.execute("SELECT name FROM devices WHERE id = ?", (ident or device_id(conn),)).fetchone()
    return row[0] if row else None


# --- things known by name ------------------------------------------------------------------------

def find_municipality(conn: sqlite3.Connection, name: str) -> str | None:
    """Canonical id (smallest id sharing the normalised name) or None."""
    row = conn.execute("SELECT min(id) FROM municipalities WHERE name_key = ?", (name_key(name),)).fetchone()
    return row[0]


def municipality_for(conn: sqlite3.Connection, name: str) -> str:
    """The municipality of that name, created if new. Returns its canonical id."""
    name = clean_name(name, "municipality", max_length=bounds.MAX_MUNICIPALITY_LENGTH)
    existing = find_municipality(conn, name)
    if existing:
        return existing
    with transaction(conn):
        ident = new_id()
        conn.execute(
            "INSERT INTO municipalities (id, name, name_key, hlc, updated_at, device_id, rev)"
            " VALUES (:id, :name, :key, :hlc, :updated_at, :device_id, :rev)",
            {"id": ident, "name": name, "key": name_key(name), **_stamp(conn)},
        )
    return ident


def list_municipalities(conn: sqlite3.Connection) -> list[str]:
    """Display names, one per normalised name, sorted."""
    rows = conn.execute(
        "SELECT m.name FROM municipalities m WHERE m.id = (SELECT min(id) FROM municipalities WHERE name_key = m.name_key)"
        " ORDER BY m.name_key"
    )
    return [row[0] for row in rows]


def require_municipality(conn: sqlite3.Connection, name: str) -> str:
    """Canonical id of an existing municipality, or a refusal listing the known ones."""
    existing = find_municipality(conn, name)
    if not existing:
        known = ", ".join(list_municipalities(conn))
        if not known:
            raise NotFound("no municipality named '{name}' (known: none yet)", name=name)
        raise NotFound("no municipality named '{name}' (known: {known})", name=name, known=known)
    return existing


def site_for(conn: sqlite3.Connection, name: str, municipality_id: str | None) -> str:
    """The site of that name in that municipality, created if new."""
    name = clean_name(name, "site", max_length=bounds.MAX_SITE_LENGTH)
    municipality_key = ""
    if municipality_id:
        row = conn.execute("SELECT name_key FROM municipalities WHERE id = ?", (municipality_id,)).fetchone()
        municipality_key = row[0] if row else ""
    key = f"{municipality_key}/{name_key(name)}"
    row = conn.execute("SELECT min(id) FROM sites WHERE name_key = ?", (key,)).fetchone()
    if row[0]:
        return row[0]
    with transaction(conn):
        ident = new_id()
        conn.execute(
            "INSERT INTO sites (id, name, name_key, municipality_id, hlc, updated_at, device_id, rev)"
            " VALUES (:id, :name, :key, :municipality_id, :hlc, :updated_at, :device_id, :rev)",
            {"id": ident, "name": name, "key": key, "municipality_id": municipality_id, **_stamp(conn)},
        )
    return ident


# --- plan catalogue ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Plan:
    id: str
    name: str
    area: str | None
    language: str | None
    active: bool


def add_plan(conn: sqlite3.Connection, name: str, area: str | None = None, language: str | None = None) -> tuple[str, bool]:
    """Add a plan to the catalogue; idempotent by name. Returns (canonical id, created)."""
    name = clean_name(name, "plan name", max_length=bounds.MAX_PLAN_NAME_LENGTH)
    existing = find_plan(conn, name)
    if existing:
        plan = get_plan(conn, existing)
        if not plan.active:
            with transaction(conn):
                _update(conn, "plans", existing, {"active": 1})
        return existing, False
    with transaction(conn):
        ident = new_id()
        conn.execute(
            "INSERT INTO plans (id, name, name_key, area, language, active, hlc, updated_at, device_id, rev)"
            " VALUES (:id, :name, :key, :area, :language, 1, :hlc, :updated_at, :device_id, :rev)",
            {"id": ident, "name": name, "key": name_key(name), "area": clean_optional(area, what="area"),
             "language": clean_optional(language, what="language"), **_stamp(conn)},
        )
    return ident, True


def find_plan(conn: sqlite3.Connection, name: str) -> str | None:
    row = conn.execute("SELECT min(id) FROM plans WHERE name_key = ?", (name_key(name),)).fetchone()
    return row[0]


def require_plan(conn: sqlite3.Connection, name: str) -> str:
    existing = find_plan(conn, name)
    if not existing:
        known = ", ".join(p.name for p in list_plans(conn, include_retired=True))
        if not known:
            raise NotFound("no plan named '{name}' in the catalogue (known: none yet); add it with 'plan add'",
                           name=name)
        raise NotFound("no plan named '{name}' in the catalogue (known: {known}); add it with 'plan add'",
                       name=name, known=known)
    return existing


def get_plan(conn: sqlite3.Connection, plan_id: str) -> Plan:
    row = conn.execute("SELECT id, name, area, language, active FROM plans WHERE id = ?", (plan_id,)).fetchone()
    if not row:
        raise NotFound("no plan with id '{id}'", id=plan_id)
    return Plan(row[0], row[1], row[2], row[3], bool(row[4]))


def list_plans(conn: sqlite3.Connection, include_retired: bool = False) -> list[Plan]:
    """Canonical plans (one per normalised name), active first by name."""
    rows = conn.execute(
        "SELECT id, name, area, language, active FROM plans p"
        " WHERE p.id = (SELECT min(id) FROM plans WHERE name_key = p.name_key)"
        + ("" if include_retired else " AND active = 1")
        + " ORDER BY active DESC, name_key"
    )
    return [Plan(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]


def rename_plan(conn: sqlite3.Connection, plan_id: str, new_name: str) -> None:
    """Rename a plan; its history keeps counting under the new name."""
    new_name = clean_name(new_name, "plan name", max_length=bounds.MAX_PLAN_NAME_LENGTH)
    get_plan(conn, plan_id)
    other = find_plan(conn, new_name)
    if other and other != plan_id:
        raise InvalidInput("a plan named '{name}' already exists", name=new_name)
    with transaction(conn):
        _update(conn, "plans", plan_id, {"name": new_name, "name_key": name_key(new_name)})


def set_plan_active(conn: sqlite3.Connection, plan_id: str, active: bool) -> None:
    """Retire (or bring back) a plan: retired plans get no button but stay in history."""
    get_plan(conn, plan_id)
    with transaction(conn):
        _update(conn, "plans", plan_id, {"active": int(bool(active))})
