"""Themes (qualitative coding): per consultation, with optional parents; responses are tagged with one or
more themes; themes are renamed and merged.

How every database reaches the same themes (docs/design.md, "How merges converge"):
- A theme is known by name within its consultation: rows sharing a name_key are one theme, shown by
  the smallest id (the same name made on two laptops).
- A merge is an insert-only row (from, into). Merges are applied in (hlc, device_id, id) order, each
  joining the theme `from` now resolves to into the one `into` now resolves to; one that would join a
  theme with itself (a merge that crossed another on the way) does nothing. The same rows in any arrival
  order give the same result.
- A tag is an insert-only row (response, theme); removing it voids it. A response counts once per
  theme it resolves to.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from outreach_app.core.changes import Change, writes
from outreach_app.core.clock import new_id, next_hlc, utc_now
from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.privacy.free_text import check_free_text
from outreach_app.core.store.connection import device_id, transaction
from outreach_app.core.store.facts import insert_fact
from outreach_app.core.validate import clean_name, name_key

from .records import get_consultation
from .resolution import response_themes, theme_resolution  # noqa: F401  (re-exported)
from .responses import get_response


@dataclass(frozen=True)
class Theme:
    id: str  # canonical id
    name: str
    parent: str | None  # the parent theme's name
    responses: int  # responses tagged with it (voids excluded, merged themes included, once each)


def _names(conn, consultation_id: str) -> dict[str, str]:
    return dict(conn.execute("SELECT id, name FROM themes WHERE consultation_id = ?", (consultation_id,)))


def find_theme(conn: sqlite3.Connection, consultation_id: str, name: str) -> str | None:
    """The canonical id of the theme that name names in the consultation (after merges), or None."""
    row = conn.execute("SELECT min(id) FROM themes WHERE consultation_id = ? AND name_key = ?",
                       (consultation_id, name_key(name or ""))).fetchone()
    if row[0] is None:
        return None
    return theme_resolution(conn, consultation_id).get(row[0], row[0])


def require_theme(conn: sqlite3.Connection, consultation_id: str, name: str) -> str:
    found = find_theme(conn, consultation_id, name)
    if found is None:
        raise NotFound("no theme named '{value}' in this consultation (see 'theme list')", value=name)
    return found


def _insert_theme(conn, consultation_id: str, name: str, parent_id: str | None) -> str:
    hlc, rev = next_hlc(conn)
    ident = new_id()
    conn.execute("INSERT INTO themes (id, consultation_id, name, name_key, parent_id, hlc, updated_at, device_id, rev)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (ident, consultation_id, name, name_key(name), parent_id, hlc, utc_now(), device_id(conn), rev))
    return ident


@writes(Change.CONSULTATIONS)
def add_theme(conn: sqlite3.Connection, consultation_id: str, name: str, parent: str | None = None, *,
              allow_personal: bool = False) -> tuple[str, bool]:
    """A theme of the consultation (an existing name: that theme). Returns (canonical id, created). A new
    name that looks personal is refused (PersonalDataFound) unless allow_personal."""
    consultation = get_consultation(conn, consultation_id)
    name = clean_name(name, "theme name")
    with transaction(conn):
        parent_id = require_theme(conn, consultation.id, parent) if (parent or "").strip() else None
        existing = find_theme(conn, consultation.id, name)
        if existing:
            return existing, False
        check_free_text(name, "theme name", allow_personal)
        return _insert_theme(conn, consultation.id, name, parent_id), True


def _edit(conn, consultation_id: str, ident: str, changes: dict) -> None:
    from outreach_app.core.sync.roles import require_own

    # the rows that show as this theme (its own, and same-name copies): each changed by its author
    rows = [r for (r,) in conn.execute("SELECT id FROM themes WHERE consultation_id = ? AND name_key ="
                                       " (SELECT name_key FROM themes WHERE id = ?)", (consultation_id, ident))]
    for row in rows:
        require_own(conn, "themes", row)
        hlc, rev = next_hlc(conn)
        assignments = ", ".join(f"{c} = :{c}" for c in changes)
        conn.execute(f"UPDATE themes SET {assignments}, hlc = :hlc, updated_at = :at, device_id = :me, rev = :rev"
                     " WHERE id = :id", {**changes, "hlc": hlc, "at": utc_now(), "me": device_id(conn), "rev": rev,
                                        "id": row})


@writes(Change.CONSULTATIONS)
def rename_theme(conn: sqlite3.Connection, consultation_id: str, old: str, new: str, *,
                 allow_personal: bool = False) -> str:
    """Rename a theme; a name another theme has is refused (merge them instead), one that looks personal
    too unless allow_personal. Returns its id."""
    consultation = get_consultation(conn, consultation_id)
    new = check_free_text(clean_name(new, "theme name"), "theme name", allow_personal)
    with transaction(conn):
        ident = require_theme(conn, consultation.id, old)
        other = find_theme(conn, consultation.id, new)
        if other and other != ident:
            raise InvalidInput("a theme named '{name}' already exists: merge the two instead", name=new)
        _edit(conn, consultation.id, ident, {"name": new, "name_key": name_key(new)})
    return ident


@writes(Change.CONSULTATIONS)
def set_theme_parent(conn: sqlite3.Connection, consultation_id: str, name: str, parent: str | None) -> None:
    """Put a theme under a parent theme (None: at the top). A theme cannot sit under itself or its children."""
    consultation = get_consultation(conn, consultation_id)
    with transaction(conn):
        ident = require_theme(conn, consultation.id, name)
        parent_id = require_theme(conn, consultation.id, parent) if (parent or "").strip() else None
        resolution = theme_resolution(conn, consultation.id)
        parents = {resolution[t]: resolution.get(p, p) for t, p in conn.execute(
            "SELECT id, parent_id FROM themes WHERE consultation_id = ? AND parent_id IS NOT NULL", (consultation.id,))}
        step = parent_id
        while step is not None:
            if step == ident:
                raise InvalidInput("theme '{name}' cannot sit under itself or one of its own sub-themes", name=name)
            step = parents.get(step)
        _edit(conn, consultation.id, ident, {"parent_id": parent_id})


@writes(Change.CONSULTATIONS)
def merge_themes(conn: sqlite3.Connection, consultation_id: str, source: str, target: str) -> str:
    """Merge theme `source` into `target`: its responses count under `target`, once each. Returns target's id."""
    consultation = get_consultation(conn, consultation_id)
    with transaction(conn):
        a = require_theme(conn, consultation.id, source)
        b = require_theme(conn, consultation.id, target)
        if a == b:
            raise InvalidInput("theme '{name}' cannot be merged into itself", name=source)
        insert_fact(conn, "theme_merges", {"consultation_id": consultation.id, "from_theme_id": a, "into_theme_id": b})
    return b


@writes(Change.CONSULTATIONS)
def tag_response(conn: sqlite3.Connection, response_id: str, names: list[str], *,
                 allow_personal: bool = False) -> list[str]:
    """Tag a response with themes of its consultation (a new name makes a theme; one that looks personal is
    refused unless allow_personal). A theme it already has is left as it is. Returns the canonical theme ids,
    in the order given."""
    response = get_response(conn, response_id)
    if response.voided:
        raise InvalidInput("response {id} is voided; it cannot be themed", id=response.id)
    cleaned = [clean_name(n, "theme name") for n in names]
    if not cleaned:
        raise InvalidInput("give at least one theme")
    found = []
    with transaction(conn):
        resolution = theme_resolution(conn, response.consultation_id)
        have = {resolution.get(t, t) for (t,) in conn.execute(
            "SELECT theme_id FROM theme_tags WHERE response_id = ? AND voided = 0", (response.id,))}
        for name in cleaned:
            ident = find_theme(conn, response.consultation_id, name)
            if ident is None:
                check_free_text(name, "theme name", allow_personal)
                ident = _insert_theme(conn, response.consultation_id, name, None)
            if ident not in have:
                insert_fact(conn, "theme_tags", {"response_id": response.id, "theme_id": ident})
                have.add(ident)
            found.append(ident)
    return found


@writes(Change.CONSULTATIONS)
def untag_response(conn: sqlite3.Connection, response_id: str, name: str) -> bool:
    """Take a theme off a response (voids its tags). Returns False when the response did not have it."""
    from outreach_app.core.records.tally import _insert_voids
    from outreach_app.core.sync.roles import may_correct

    response = get_response(conn, response_id)
    with transaction(conn):
        ident = require_theme(conn, response.consultation_id, name)
        resolution = theme_resolution(conn, response.consultation_id)
        tags = [(t, author) for t, theme, author in conn.execute(
            "SELECT id, theme_id, device_id FROM theme_tags WHERE response_id = ? AND voided = 0", (response.id,))
            if resolution.get(theme, theme) == ident]
        if not tags:
            return False
        mine = [t for t, author in tags if may_correct(conn, author)]
        if not mine:
            raise InvalidInput("that theme was put on response {id} on another device; only the office takes it off",
                               id=response.id)
        _insert_voids(conn, mine, "untag")
    return True


def theme_names(conn: sqlite3.Connection, consultation_id: str) -> dict[str, str]:
    """canonical theme id -> its name."""
    names = _names(conn, consultation_id)
    return {canonical: names[canonical] for canonical in set(theme_resolution(conn, consultation_id).values())}


def list_themes(conn: sqlite3.Connection, consultation_id: str) -> list[Theme]:
    """Every theme of the consultation once (merged ones gone), most responses first, ties by name."""
    resolution = theme_resolution(conn, consultation_id)
    names = _names(conn, consultation_id)
    counts: dict[str, int] = {}
    for themes in response_themes(conn, consultation_id).values():
        for theme in themes:
            counts[theme] = counts.get(theme, 0) + 1
    parents = dict(conn.execute("SELECT id, parent_id FROM themes WHERE consultation_id = ?", (consultation_id,)))
    links = {}
    for canonical in set(resolution.values()):
        parent = parents.get(canonical)
        parent = resolution.get(parent, parent) if parent else None
        if parent and parent != canonical:
            links[canonical] = parent
    _break_cycles(links)
    found = [Theme(canonical, names[canonical], names.get(links.get(canonical)), counts.get(canonical, 0))
             for canonical in set(resolution.values())]
    return sorted(found, key=lambda t: (-t.responses, t.name.casefold(), t.id))


def _break_cycles(links: dict[str, str]) -> None:
    """Two laptops can each put one theme under the other (every laptop refuses a loop it could see): in a
    loop of parents, the theme with the smallest id goes back to the top, the same on every database."""
    for start in sorted(links):
        path, node = [], start
        while node in links and node not in path:
            path.append(node)
            node = links[node]
        if node in path:
            del links[min(path[path.index(node):])]
