"""Which theme each theme row shows as, and each response's themes: the merge rules of themes.py as two
plain functions (no dataclasses, so the command-line report that counts consultations stays quick)."""

from __future__ import annotations

import sqlite3


def theme_resolution(conn: sqlite3.Connection, consultation_id: str) -> dict[str, str]:
    """theme id -> the canonical id it shows as now (same names joined, merges applied)."""
    rows = conn.execute("SELECT id, name_key FROM themes WHERE consultation_id = ? ORDER BY id",
                        (consultation_id,)).fetchall()
    by_key: dict[str, str] = {}
    parent: dict[str, str] = {}
    for ident, key in rows:
        parent[ident] = by_key.setdefault(key, ident)

    def find(ident: str) -> str:
        root = ident
        while parent.get(root, root) != root:
            root = parent[root]
        return root

    for source, target in conn.execute("SELECT from_theme_id, into_theme_id FROM theme_merges WHERE consultation_id = ?"
                                       " ORDER BY hlc, device_id, id", (consultation_id,)):
        a, b = find(source), find(target)
        if a != b and a in parent and b in parent:
            parent[a] = b
    return {ident: find(ident) for ident in parent}


def response_themes(conn: sqlite3.Connection, consultation_id: str) -> dict[str, list[str]]:
    """response id -> its canonical theme ids (each once), for the consultation's live tags and responses."""
    resolution = theme_resolution(conn, consultation_id)
    found: dict[str, list[str]] = {}
    for response, theme in conn.execute(
            "SELECT t.response_id, t.theme_id FROM theme_tags t JOIN responses r ON r.id = t.response_id"
            " WHERE r.consultation_id = ? AND r.voided = 0 AND t.voided = 0 ORDER BY t.hlc, t.id", (consultation_id,)):
        canonical = resolution.get(theme, theme)
        themes = found.setdefault(response, [])
        if canonical not in themes:
            themes.append(canonical)
    return found
