"""The report's and the flyers' words come from the translation catalogue (outreach_fr.ts, compiled to
outreach_words.json for the Qt-free core): every word marked in core has a finished French, the JSON
is what the .ts says, and the French text report reads in French."""

import ast
import re

import pytest

from outreach_app.core import translation
from outreach_app.core.translation import CATALOGUE_FILE, catalogue_json, counted, translate
from tests.conftest import REPO, run_cli

TRANSLATIONS = REPO / "resources" / "translations"
PLACEHOLDERS = re.compile(r"%n|\{\w+\}")


def marked_in_core() -> list[tuple[str, str, bool]]:
    """(context, English, counted) of every QT_TRANSLATE_NOOP(...) and Report.tr/Flyer.tr(...) in core."""
    found = []
    for path in sorted((REPO / "outreach_app" / "core").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP":
                context, text = (arg.value for arg in node.args[:2])
                found.append((context, text, False))
            elif (isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name)
                  and func.value.id in translation.CORE_CONTEXTS):
                found.append((func.value.id, node.args[0].value, True))
    return found


def test_every_report_and_flyer_word_has_a_finished_french_translation():
    catalogue = translation._catalogue()
    words = marked_in_core()
    assert len(words) > 50 and {context for context, _, _ in words} == set(translation.CORE_CONTEXTS)
    for context, english, is_counted in words:
        french = catalogue["fr"].get(context, {}).get(english)
        assert french, f"no French for {context}: {english!r} (run packaging/update_translations.sh and translate)"
        forms = french if is_counted else [french]
        if is_counted:
            english_forms = catalogue["en"][context][english]
            assert len(forms) == 2 and len(english_forms) == 2, f"{english!r} needs singular and plural forms"
        for form in forms:
            assert sorted(PLACEHOLDERS.findall(form)) == sorted(PLACEHOLDERS.findall(english)), form
            bare = PLACEHOLDERS.sub("X", form)
            assert not re.search(r"[^\u00a0][:%]", bare), f"no non-breaking space before : or % in {form!r}"
            assert not re.search(r"\s[?!;]", bare), f"a space before ? ! ; in {form!r}"


def test_the_core_catalogue_is_up_to_date_with_the_ts_files():
    assert (TRANSLATIONS / CATALOGUE_FILE).read_text(encoding="utf-8") == catalogue_json(TRANSLATIONS), \
        f"{CATALOGUE_FILE} is behind the .ts files: run packaging/update_translations.sh"


@pytest.mark.parametrize("count, english, french", [
    (0, "0 events", "0 activité"), (1, "1 event", "1 activité"), (2, "2 events", "2 activités"),
    (1420, "1,420 events", "1\u00a0420 activités")])
def test_counted_words_take_the_language_s_plural(count, english, french):
    assert counted("Report", "%n event(s)", count, "en") == english
    assert counted("Report", "%n event(s)", count, "fr") == french


def test_a_word_without_translation_stays_english():
    assert translate("Report", "Not in the catalogue", "fr") == "Not in the catalogue"


def test_french_text_report_from_the_command_line(tmp_path):
    db = tmp_path / "fr.db"
    run_cli("init", "--device-name", "bar-laptop", db=db, check=True)
    event = run_cli("event", "add", "--name", "Glengarry BBQ", "--date", "2025-06-19", "--municipality", "Windsor",
                    db=db, check=True).stdout.strip()
    run_cli("tally", "--event", event, "--attendees", "30", "--plan", "Glengarry=1420", "--confident-yes", "9",
            "--confident-no", "1", db=db, check=True)
    text = run_cli("report", "--from", "2025-06-01", "--to", "2025-06-30", "--format", "text", "--language", "fr",
                   db=db, check=True).stdout
    assert text.startswith("Rapport des activités de proximité du 1er juin 2025 au 30 juin 2025\n")
    assert "Participation à 1 activité communautaire le 19 juin; 1\u00a0420 plans de sécurité remis;" in text
    for french in ("Activités\u00a0:", "Participants\u00a0:", "Plans remis\u00a0:", "Plans remis au total\u00a0:",
                   "Plus en confiance\u00a0:", "oui 9 · non 1 · je ne sais pas 0 (90,0\u00a0% de oui)",
                   "Par municipalité\u00a0:", "  Windsor\u00a0: 1 activité, 30 participants, 1\u00a0420 plans remis"):
        assert french in text, french
    for english in ("Events", "Attendees", "Plans distributed", "More confident", "By municipality", " yes "):
        assert english not in text, english
