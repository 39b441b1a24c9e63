"""Editable records: devices, municipalities, sites, plans and events (last writer wins)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from outreach_app.core import bounds
from outreach_app.core.changes import Change, writes
from outreach_app.core.clock import new_id, next_hlc, utc_now
from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.store.connection import device_id, get_setting, set_setting, transaction
from outreach_app.core.validate import canonical_id_sql, clean_name, clean_optional, fold_key, name_key


def _stamp(conn: sqlite3.Connection) -> dict:
    hlc, rev = next_hlc(conn)
    return {"hlc": hlc, "updated_at": utc_now(), "device_id": device_id(conn), "rev": rev}


def require_own(conn: sqlite3.Connection, table: str, row_id: str) -> None:
    """Only the office (or the device that made it) changes a catalogue record (sync would ignore it)."""
    from outreach_app.core.sync.roles import require_own as check

    check(conn, table, row_id)


def _update(conn: sqlite3.Connection, table: str, row_id: str, changes: dict) -> None:
    changes = {**changes, **_stamp(conn)}
    assignments = ", ".join(f"{column} = :{column}" for column in changes)
    conn.execute(f"UPDATE {table} SET {assignments} WHERE id = :id", {**changes, "id": row_id})


# --- devices -----------------------------------------------------------------------------------

@writes(Change.DEVICES)
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
    row = conn.execute(f"SELECT {canonical_id_sql('municipalities', '?')}", (name_key(name),)).fetchone()
    return row[0]


@dataclass(frozen=True)
class Municipality:
    """One municipality of the catalogue (all rows sharing its normalised name), and what uses it."""
    id: str  # canonical id
    name: str
    active: bool
    events: int  # events held there, cancelled ones included (they are history too)
    other_records: int  # baselines, flyer drops and surveys not voided

    @property
    def in_use(self) -> bool:
        return bool(self.events or self.other_records)


_CANON = (f"SELECT g.name_key, {canonical_id_sql('municipalities', 'g.name_key')} AS id, max(g.active) AS active"
          " FROM municipalities g GROUP BY g.name_key")
"""One row per municipality name: the row whose name is shown (see validate.canonical_id_sql), and
whether any row of the name is still in use (a municipality is retired when all of its rows are)."""

_CATALOGUE = f"""
WITH canon AS ({_CANON}),
uses AS (SELECT m.name_key, u.kind, count(*) AS n FROM municipalities m JOIN (
    SELECT municipality_id AS mid, 'event' AS kind FROM events
    UNION ALL SELECT municipality_id, 'other' FROM baselines WHERE voided = 0
    UNION ALL SELECT municipality_id, 'other' FROM flyer_drops WHERE voided = 0
    UNION ALL SELECT municipality_id, 'other' FROM surveys
    UNION ALL SELECT municipality_id, 'other' FROM trainings) u ON u.mid = m.id GROUP BY m.name_key, u.kind)
SELECT c.id, m.name, c.active,
       coalesce((SELECT n FROM uses WHERE uses.name_key = c.name_key AND kind = 'event'), 0),
       coalesce((SELECT n FROM uses WHERE uses.name_key = c.name_key AND kind = 'other'), 0)
FROM canon c JOIN municipalities m ON m.id = c.id
"""


def municipality_catalogue(conn: sqlite3.Connection, include_retired: bool = True,
                           name: str | None = None) -> list[Municipality]:
    """Every municipality (one per normalised name) with what uses it: active ones first, then by name.
    A municipality is retired when every row of its name is (a laptop that used it brings it back)."""
    where, params = [], []
    if not include_retired:
        where.append("c.active = 1")
    if name is not None:
        where.append("c.name_key = ?")
        params.append(name_key(name))
    sql = _CATALOGUE + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY c.active DESC, c.name_key"
    return [Municipality(r[0], r[1], bool(r[2]), r[3], r[4]) for r in conn.execute(sql, params)]


def list_municipalities(conn: sqlite3.Connection, include_retired: bool = False) -> list[str]:
    """Display names, one per normalised name, sorted; retired ones only with include_retired.
    Reads the municipalities table alone (every picker reloads it on each change)."""
    rows = conn.execute(
        f"SELECT m.name FROM municipalities m JOIN ({_CANON}) c ON c.id = m.id"
        + ("" if include_retired else " WHERE c.active = 1")
        + " ORDER BY m.name_key")
    return [row[0] for row in rows]


def municipality_choices(conn: sqlite3.Connection) -> list[str]:
    """What a municipality picker offers: this laptop's home municipality first, then the others
    in use (not retired) alphabetically."""
    names = list_municipalities(conn)
    home = get_setting(conn, "home_municipality")
    key = name_key(home) if home else None
    first = [n for n in names if name_key(n) == key]
    return first + [n for n in names if name_key(n) != key]


def _match(conn: sqlite3.Connection, text: str) -> tuple[str, str, bool] | None:
    """(canonical id, name, active) of the municipality text names (see match_municipality); reads
    only the municipalities table (the exact match through its index), so saving a record stays quick."""
    key = name_key(text)
    row = conn.execute(f"SELECT {canonical_id_sql('municipalities', '?')},"
                       " (SELECT max(active) FROM municipalities WHERE name_key = ?)", (key, key)).fetchone()
    if row[0] is not None:
        name = conn.execute("SELECT name FROM municipalities WHERE id = ?", (row[0],)).fetchone()[0]
        return row[0], name, bool(row[1])
    folded = fold_key(text)
    found = [(r[0], r[1], bool(r[2])) for r in conn.execute(
        f"SELECT m.id, m.name, c.active FROM municipalities m JOIN ({_CANON}) c ON c.id = m.id"
        " ORDER BY c.active DESC, m.name_key")
        if fold_key(r[1]) == folded]
    return found[0] if found else None


def match_municipality(conn: sqlite3.Connection, text: str) -> Municipality | None:
    """The known municipality that typed text names, ignoring case, spacing and accents ('essex ' is
    Essex, 'montreal' is Montréal); an exact match (case and spacing aside) wins; one in use before a
    retired one. None when the text names none: the window then asks before adding it."""
    if not (text or "").strip():
        return None
    found = _match(conn, text)
    return municipality_catalogue(conn, name=found[1])[0] if found else None


def municipality_for(conn: sqlite3.Connection, name: str) -> str:
    """The municipality that name matches (see match_municipality), created if new and brought back
    if retired (a record uses it now). Returns its canonical id."""
    name = clean_name(name, "municipality", max_length=bounds.MAX_MUNICIPALITY_LENGTH)
    existing = _match(conn, name)
    if existing:
        ident, known_name, active = existing
        if not active:
            set_municipality_active(conn, known_name, True)
        return ident
    with transaction(conn):
        ident = new_id()
        conn.execute(
            "INSERT INTO municipalities (id, name, name_key, hlc, updated_at, device_id, rev)"
            " VALUES (:id, :name, :key, :hlc, :updated_at, :device_id, :rev)",
            {"id": ident, "name": name, "key": name_key(name), **_stamp(conn)},
        )
    return ident


def require_municipality(conn: sqlite3.Connection, name: str) -> str:
    """Canonical id of an existing municipality, or a refusal listing the known ones."""
    existing = find_municipality(conn, name)
    if not existing:
        known = ", ".join(list_municipalities(conn))
        if not known:
            raise NotFound("no municipality named '{name}' (known: none yet)", name=name)
        raise NotFound("no municipality named '{name}' (known: {known})", name=name, known=known)
    return existing


@writes(Change.CATALOGUE)
def set_municipality_active(conn: sqlite3.Connection, name: str, active: bool) -> Municipality:
    """Retire a municipality nothing uses (it leaves every picker, its rows and history stay; the
    change travels in bundles, last writer wins), or bring one back. Returns it as it was before."""
    found = municipality_catalogue(conn, name=name)
    if not found:
        require_municipality(conn, name)  # raises NotFound listing the known ones
    town = found[0]
    if not active:
        if town.events == 1:
            raise InvalidInput("municipality '{name}' is used by 1 event; only a municipality no record uses"
                               " can be retired", name=town.name)
        if town.events:
            raise InvalidInput("municipality '{name}' is used by {count} events; only a municipality no record"
                               " uses can be retired", name=town.name, count=town.events)
        if town.other_records:
            raise InvalidInput("municipality '{name}' is used by {count} baseline(s), flyer drop(s) or survey(s);"
                               " only a municipality no record uses can be retired", name=town.name,
                               count=town.other_records)
        home = get_setting(conn, "home_municipality")
        if home and name_key(home) == name_key(town.name):
            raise InvalidInput("municipality '{name}' is this laptop's home municipality; choose another in"
                               " Settings before retiring it", name=town.name)
    with transaction(conn):
        rows = conn.execute("SELECT id FROM municipalities WHERE name_key = ? AND active != ?",
                            (name_key(town.name), int(bool(active)))).fetchall()
        for (ident,) in rows:
            require_own(conn, "municipalities", ident)
            _update(conn, "municipalities", ident, {"active": int(bool(active))})
    return town


def site_for(conn: sqlite3.Connection, name: str, municipality_id: str | None) -> str:
    """The site of that name in that municipality, created if new."""
    name = clean_name(name, "site", max_length=bounds.MAX_SITE_LENGTH)
    municipality_key = ""
    if municipality_id:
        row = conn.execute("SELECT name_key FROM municipalities WHERE id = ?", (municipality_id,)).fetchone()
        municipality_key = row[0] if row else ""
    key = f"{municipality_key}/{name_key(name)}"
    row = conn.execute(f"SELECT {canonical_id_sql('sites', '?')}", (key,)).fetchone()
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
    short_name: str | None = None
    """What an event-screen button shows instead of a long name (core.records.plan_names)."""

    @property
    def display_name(self) -> str:
        return self.short_name or self.name


@writes(Change.CATALOGUE)
def add_plan(conn: sqlite3.Connection, name: str, area: str | None = None, language: str | None = None) -> tuple[str, bool]:
    """Add a plan to the catalogue; idempotent by name. Returns (canonical id, created)."""
    name = clean_name(name, "plan name", max_length=bounds.MAX_PLAN_NAME_LENGTH)
    existing = find_plan(conn, name)
    if existing:
        plan = get_plan(conn, existing)
        if not plan.active:
            require_own(conn, "plans", existing)
            with transaction(conn):
                _update(conn, "plans", existing, {"active": 1})
        return existing, False
    with transaction(conn):
        ident = new_id()
        conn.execute(
            "INSERT INTO plans (id, name, name_key, area, language, active, hlc, updated_at, device_id, rev)"
            " VALUES (:id, :name, :key, :area, :language, 1, :hlc, :updated_at, :device_id, :rev)",
            {"id": ident, "name": name, "key": name_key(name), "area": clean_optional(area),
             "language": clean_optional(language), **_stamp(conn)},
        )
    return ident, True


def find_plan(conn: sqlite3.Connection, name: str) -> str | None:
    row = conn.execute(f"SELECT {canonical_id_sql('plans', '?')}", (name_key(name),)).fetchone()
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
    row = conn.execute("SELECT id, name, area, language, active, short_name FROM plans WHERE id = ?",
                       (plan_id,)).fetchone()
    if not row:
        raise NotFound("no plan with id '{id}'", id=plan_id)
    return Plan(row[0], row[1], row[2], row[3], bool(row[4]), row[5])


def list_plans(conn: sqlite3.Connection, include_retired: bool = False) -> list[Plan]:
    """Canonical plans (one per normalised name), active first by name."""
    rows = conn.execute(
        "SELECT id, name, area, language, active, short_name FROM plans p"
        f" WHERE p.id = {canonical_id_sql('plans', 'p.name_key')}"
        + ("" if include_retired else " AND active = 1")
        + " ORDER BY active DESC, name_key"
    )
    return [Plan(r[0], r[1], r[2], r[3], bool(r[4]), r[5]) for r in rows]


@writes(Change.CATALOGUE)
def set_plan_short_name(conn: sqlite3.Connection, plan_id: str, short_name: str | None) -> None:
    """Give a plan a short display name for the event screen (None or empty: use its full name)."""
    from .plan_names import SHORT_NAME_MAX

    get_plan(conn, plan_id)
    text = " ".join((short_name or "").split())
    value = clean_name(text, "short name", max_length=SHORT_NAME_MAX) if text else None
    require_own(conn, "plans", plan_id)
    with transaction(conn):
        _update(conn, "plans", plan_id, {"short_name": value})


@writes(Change.CATALOGUE)
def rename_plan(conn: sqlite3.Connection, plan_id: str, new_name: str) -> None:
    """Rename a plan; its history keeps counting under the new name."""
    new_name = clean_name(new_name, "plan name", max_length=bounds.MAX_PLAN_NAME_LENGTH)
    get_plan(conn, plan_id)
    other = find_plan(conn, new_name)
    if other and other != plan_id:
        raise InvalidInput("a plan named '{name}' already exists", name=new_name)
    require_own(conn, "plans", plan_id)
    with transaction(conn):
        _update(conn, "plans", plan_id, {"name": new_name, "name_key": name_key(new_name)})


@writes(Change.CATALOGUE)
def set_plan_active(conn: sqlite3.Connection, plan_id: str, active: bool) -> None:
    """Retire (or bring back) a plan: retired plans get no button but stay in history."""
    get_plan(conn, plan_id)
    require_own(conn, "plans", plan_id)
    with transaction(conn):
        _update(conn, "plans", plan_id, {"active": int(bool(active))})
