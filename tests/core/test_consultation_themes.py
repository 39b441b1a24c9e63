"""Themes: tagging, rename, parents, and merges that converge whatever order they arrive in."""

import itertools

import pytest

from outreach_app.core.consultations import report, themes
from outreach_app.core.errors import InvalidInput

from .consultation_helpers import consultation_with_responses


def _counts(conn, ident):
    return [(t["name"], t["count"]) for t in report.consultation_report(conn, ident)["themes"]]


def test_a_merged_theme_counts_under_the_theme_it_went_into_once_each(conn):
    ident, ids = consultation_with_responses(conn)
    themes.merge_themes(conn, ident, "Lighting", "Safety at night")  # ids[3] had both: counted once
    assert _counts(conn, ident) == [("Belonging", 2), ("Safety at night", 2)]
    themes.tag_response(conn, ids[4], ["lighting"])  # the old name now means the theme it went into
    assert _counts(conn, ident) == [("Safety at night", 3), ("Belonging", 2)]


def test_a_theme_merged_into_itself_is_refused(conn):
    ident, _ = consultation_with_responses(conn)
    with pytest.raises(InvalidInput):
        themes.merge_themes(conn, ident, "Lighting", " lighting ")
    assert conn.execute("SELECT count(*) FROM theme_merges").fetchone()[0] == 0


def test_merges_converge_in_any_order(conn):
    """The same merge rows, inserted in every order (as imports may bring them), resolve alike; crossing
    merges (A into B on one laptop, B into A on another) leave one theme."""
    ident, _ = consultation_with_responses(conn)
    ids = {t.name: t.id for t in themes.list_themes(conn, ident)}
    merges = [("m1", ids["Lighting"], ids["Belonging"], 10), ("m2", ids["Belonging"], ids["Lighting"], 11),
              ("m3", ids["Safety at night"], ids["Lighting"], 12)]
    results = set()
    for order in itertools.permutations(merges):
        conn.execute("DROP TRIGGER theme_merges_no_delete")
        conn.execute("DELETE FROM theme_merges")
        conn.execute("""CREATE TRIGGER theme_merges_no_delete BEFORE DELETE ON theme_merges BEGIN
                        SELECT RAISE(ABORT, 'theme_merges are append-only: void instead of deleting'); END""")
        for name, source, target, hlc in order:
            conn.execute("INSERT INTO theme_merges VALUES (?, ?, ?, ?, '2025-01-01T00:00:00+00:00', 'dev', ?)",
                         (f"00000000-0000-4000-8000-00000000000{name[1]}", ident, source, target, hlc))
        results.add(tuple(_counts(conn, ident)))
    assert results == {(("Belonging", 4),)}


def test_rename_and_parents(conn):
    ident, _ = consultation_with_responses(conn)
    themes.rename_theme(conn, ident, "Lighting", "Street lighting")
    with pytest.raises(InvalidInput):
        themes.rename_theme(conn, ident, "Street lighting", "belonging")  # merge instead
    themes.add_theme(conn, ident, "Safety")
    themes.set_theme_parent(conn, ident, "Safety at night", "Safety")
    themes.set_theme_parent(conn, ident, "Street lighting", "Safety at night")
    with pytest.raises(InvalidInput):
        themes.set_theme_parent(conn, ident, "Safety", "Street lighting")  # a loop
    parents = {t.name: t.parent for t in themes.list_themes(conn, ident)}
    assert parents["Street lighting"] == "Safety at night" and parents["Safety at night"] == "Safety"


def test_untag_takes_a_theme_off_one_response(conn):
    ident, ids = consultation_with_responses(conn)
    assert themes.untag_response(conn, ids[3], "lighting")
    assert not themes.untag_response(conn, ids[3], "Lighting")
    assert ("Lighting", 1) not in _counts(conn, ident)
