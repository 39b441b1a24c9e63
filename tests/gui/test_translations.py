"""French for the window: the catalogue covers every visible string, and a French window shows no English."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QGroupBox, QHeaderView, QLabel, QLineEdit, QMainWindow, QTabBar,
                               QWidget)

from outreach_app.ui import i18n
from outreach_app.ui.settings import app_settings

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
# Qt's, and the core's templates' {names} (by name: the English "{size:,}" is "{size}" in French, the
# window having written the number the locale's way already)
PLACEHOLDER = re.compile(r"%(?:L?n|\d|s|d)|\{\w+(?=[:}])")
SCRIPT = REPO / "packaging" / "update_translations.sh"


def lupdate_sources_and_aliases() -> list[str]:
    """What update_translations.sh gives lupdate for French: the window's and the core's sources, with the
    core's error classes read as texts to translate (their templates, see outreach_app/core/errors.py)."""
    from tests.core.test_error_templates import ERROR_CALLS

    aliases = ",".join(f"QT_TR_NOOP+={name}" for name in sorted(ERROR_CALLS))
    assert all(f"QT_TR_NOOP+={name}" in SCRIPT.read_text() for name in ERROR_CALLS), \
        "update_translations.sh must alias every error class of tests/core/test_error_templates.py"
    sources = sorted(str(p) for folder in ("ui", "core") for p in (REPO / "outreach_app" / folder).rglob("*.py"))
    return ["-tr-function-alias", aliases, *sources]


def qt_tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    path = str(found) if found.exists() else shutil.which(name)
    if not path:
        pytest.skip(f"{name} is not installed (it comes with PySide6)")
    return path


def messages(ts: Path) -> dict:
    """{(context, source, comment): [translation forms] or None when unfinished}."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
            found[key] = None if unfinished or not all(f.strip() for f in forms) else forms
    return found


@pytest.fixture(scope="module")
def fresh_catalogue(tmp_path_factory):
    """The committed French catalogue brought up to date with the sources now (as update_translations.sh does)."""
    folder = tmp_path_factory.mktemp("ts")
    ts = folder / "outreach_fr.ts"
    shutil.copy(TRANSLATIONS / "outreach_fr.ts", ts)
    subprocess.run([qt_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "en_CA",
                    "-target-language", "fr_CA", *lupdate_sources_and_aliases(), "-ts", str(ts)],
                   check=True, capture_output=True)
    return ts


def test_every_visible_string_has_a_finished_french_translation(fresh_catalogue):
    found = messages(fresh_catalogue)
    assert len(found) > 300
    missing = [f"{context}: {source!r}" for (context, source, _), forms in found.items() if forms is None]
    assert not missing, "untranslated (run packaging/update_translations.sh and translate):\n" + "\n".join(missing)
    assert set(found) == set(messages(TRANSLATIONS / "outreach_fr.ts")), \
        "outreach_fr.ts is out of date with the sources: run packaging/update_translations.sh"


def test_english_plural_forms_are_all_written(tmp_path):
    ts = tmp_path / "outreach_en.ts"
    shutil.copy(TRANSLATIONS / "outreach_en.ts", ts)
    sources = sorted(str(p) for p in (REPO / "outreach_app" / "ui").rglob("*.py"))
    subprocess.run([qt_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", "-pluralonly", "-source-language",
                    "en_CA", "-target-language", "en_CA", *sources, "-ts", str(ts)], check=True, capture_output=True)
    found = messages(ts)
    assert found and all(len(forms or []) == 2 for forms in found.values()), \
        [source for (_, source, _), forms in found.items() if not forms]


def test_translations_keep_their_placeholders_and_french_typography(fresh_catalogue):
    wrong = []
    for (context, source, _), forms in messages(fresh_catalogue).items():
        for form in forms or []:
            if sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))):
                wrong.append(f"{context}: {source!r} -> {form!r} (placeholders)")
            if re.search(r"[^\u00a0]:(\s|$)", form) and "HH:MM" not in form:
                wrong.append(f"{context}: {form!r} (non-breaking space before ':')")
            if re.search(r"[\s\u00a0\u202f][?!;]", form):  # Canadian usage: "terminée; toutes", "confiance?"
                wrong.append(f"{context}: {form!r} (no space before '?', '!' or ';')")
            if "“" in form or "«" in form and "«\u00a0" not in form:
                wrong.append(f"{context}: {form!r} (« » with non-breaking spaces)")
    assert not wrong, "\n".join(wrong)


def test_committed_qm_files_match_their_ts(tmp_path):
    for ts in sorted(TRANSLATIONS.glob("outreach_*.ts")):
        qm = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([qt_tool("pyside6-lrelease"), "-removeidentical", str(ts), "-qm", str(qm)],
                       check=True, capture_output=True)
        assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), \
            f"{ts.name} changed since its .qm was made: run packaging/update_translations.sh"


# --- the window in French --------------------------------------------------------------------

@pytest.fixture
def french(qapp):
    assert i18n.apply_language(qapp, "fr") == "fr"
    yield
    i18n.apply_language(qapp, "en")


def english_giveaways() -> set[str]:
    """English source texts whose French differs: seeing one in a French window means a missed tr()."""
    words = set()
    for (_, source, _), forms in messages(TRANSLATIONS / "outreach_fr.ts").items():
        if forms and "%" not in source and forms[0] != source:
            words.add(source.replace("&", "").strip())
    return words


def visible_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            texts += [str(widget.model().headerData(i, widget.orientation()) or "") for i in range(widget.count())]
        texts += [a.text() for a in widget.actions()]
    menus = root.window().menuBar().actions() if isinstance(root.window(), QMainWindow) else []
    for menu_action in menus:
        texts.append(menu_action.text())
        texts += [a.text() for a in menu_action.menu().actions()] if menu_action.menu() else []
    return [t.replace("&", "").strip() for t in texts if t]


def test_french_window_shows_no_english_on_any_page_or_in_event_mode(french, window, qtbot, event_id):
    from outreach_app.ui.pages import PAGES

    giveaways = english_giveaways()
    assert {"Events", "Undo last (Ctrl+Z)", "Save PDF…"} <= giveaways
    seen = {}
    for row in range(len(PAGES)):
        window.show_page(row)
        qtbot.wait(10)
        seen[window.nav.item(row).text()] = visible_texts(window)
    assert list(seen)[:3] == ["Activités", "Calendrier", "Consultations"]  # Events, Activities, Consultations
    window.start_event_mode(event_id)
    window.event_mode.paper_button.setChecked(True)  # the paper-sheet panel too
    seen["event mode"] = visible_texts(window)
    from outreach_app.ui.first_run import FirstRunDialog

    from outreach_app.core.store.backups import make_backup
    from outreach_app.ui.backup_dialogs import BackupOffer, RestoreDialog
    from outreach_app.ui.help import AboutDialog, EventDayHelp

    backup = make_backup(window.ctx.conn, "manual")
    dialogs = [FirstRunDialog(["Windsor"]), FirstRunDialog(["Windsor"], choose_folder=False), EventDayHelp(),
               AboutDialog(window.ctx.db_path), RestoreDialog(backup.parent), BackupOffer("damaged", None)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(50)
        seen[dialog.windowTitle()] = visible_texts(dialog) + [dialog.windowTitle()]
    assert "Déroulement d’une journée d’activité" in dialogs[2].browser.toPlainText()
    english = {f"{page}: {text!r}" for page, texts in seen.items() for text in texts if text in giveaways}
    assert not english, "English text in the French window:\n" + "\n".join(sorted(english))


def test_french_event_mode_uses_the_glossary_words(french, window, qtbot, event_id):
    window.start_event_mode(event_id)
    mode = window.event_mode

    def shown(widget):
        return widget.text().replace("\u00a0", " ")

    assert shown(mode.attendee_button).startswith("+ 1 participant")
    assert "\u00a0" in mode.attendee_button.text()  # "+ 1" never splits over two lines
    assert shown(mode.undo_button) == "Annuler la dernière saisie (Ctrl+Z)"
    assert [shown(b) for b in (mode.yes_button, mode.no_button, mode.unsure_button)] == [
        "Oui (Y)", "Non (N)", "Je ne sais pas (U)"]
    assert "Après la présentation, vous sentez-vous plus en confiance" in " ".join(visible_texts(mode))
    qtbot.mouseClick(mode.attendee_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(mode.yes_button, Qt.MouseButton.LeftButton)
    assert shown(mode.attendee_count) == "Participants 1"
    assert shown(mode.confidence_count) == "Plus en confiance : oui 1 · non 0 · je ne sais pas 0 (100 %)"
    assert re.fullmatch(r"Dernière saisie : plus en confiance : oui \d\d:\d\d", shown(mode.status_line))
    qtbot.mouseClick(mode.undo_button, Qt.MouseButton.LeftButton)
    assert shown(mode.status_line).startswith("Saisie annulée : plus en confiance : oui")
    assert "jeu." in mode.event_heading() or re.search(r"\d \w+$", mode.event_heading())  # "ven. 19 juin"


def test_french_is_the_default_for_reports_and_flyers_and_qt_dialogs(french, window):
    from outreach_app.ui.flyers_screen import FlyersScreen
    from outreach_app.ui.reports_screen import ReportsScreen

    assert window.page(ReportsScreen).current_language() == "fr"
    assert window.page(FlyersScreen).language_combo.currentData() == "fr"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"  # Qt's own qtbase_fr
    assert QLocale().toString(1420) == "1\u00a0420"


def test_language_choice_is_read_from_settings_and_system_is_the_default(qapp, monkeypatch):
    try:
        monkeypatch.setattr(i18n, "system_language", lambda: "fr")
        assert i18n.apply_language(qapp) == "fr"  # nothing saved: follow the system
        monkeypatch.setattr(i18n, "system_language", lambda: "de")
        assert i18n.apply_language(qapp) == "en"  # a system language we do not have: English
        app_settings().setValue(i18n.LANGUAGE_SETTING, "fr")
        assert i18n.apply_language(qapp) == "fr"
        assert QCoreApplication.translate("MainWindow", "Events") == "Activités"
        app_settings().setValue(i18n.LANGUAGE_SETTING, "en")
        assert i18n.apply_language(qapp) == "en"
        assert QCoreApplication.translate("MainWindow", "Events") == "Events"
    finally:
        i18n.apply_language(qapp, "en")


def test_french_form_shows_the_core_s_input_messages_in_french_under_the_field(french, window, qtbot):
    form = window.page_widgets[0].form
    form.name.setText("BBQ")
    form.start_time.setText("25:00")
    form.save()
    shown = form.errors["start_time"].text().replace("\u00a0", " ")
    assert shown == "heure de début « 25:00 » : cette heure n’existe pas"
    form.start_time.setText("14:00")
    form.end_time.setText("10:00")
    form.save()
    assert form.errors["end_time"].text().replace("\u00a0", " ") == "heure de fin 10:00 : avant l’heure de début 14:00"


def test_import_details_read_like_the_cli_in_english_and_in_french_otherwise(qapp, tmp_path):
    from outreach_app.core.store.database import open_database
    from outreach_app.core.sync.export import export_bundle
    from outreach_app.core.sync.importer import import_files
    from outreach_app.ui.core_messages import import_details
    from outreach_app.core.sync.trust import make_office
    from tests.core.sync_helpers import enrol
    from tests.gui.test_sync_screens import _laptop_with_work

    _laptop_with_work(tmp_path / "lap.db")
    lap = open_database(tmp_path / "lap.db")
    bundle = export_bundle(lap, tmp_path / "usb").path
    office = open_database(tmp_path / "office.db")
    make_office(office)
    enrol(office, lap)
    results = import_files(office, [bundle], dry_run=True) + import_files(office, [bundle]) \
        + import_files(office, [bundle]) + import_files(office, [tmp_path / "missing.outreach.zip"])
    lap.close()
    office.close()
    assert [import_details(r) for r in results] == [r.line() for r in results]
    try:
        i18n.apply_language(qapp, "fr")
        french = [import_details(r).replace("\u00a0", " ") for r in results]
    finally:
        i18n.apply_language(qapp, "en")
    assert "lot n° 1 de lap-gui" in french[0] and "ajouterait" in french[0] and "saisies : +3" in french[0]
    assert "(déjà importé)" in french[2]


def test_a_backup_is_described_with_the_plural_rules_of_each_language(qapp):
    from outreach_app.core.store.backups import BackupInfo
    from outreach_app.ui.backup_dialogs import describe_backup

    def described(events, entries):
        day = "2025-06-19" if events else None
        return describe_backup(BackupInfo("b.db", "2025-06-19T10:00:00+00:00", "start", 1, 4096, events=events,
                                          entries=entries, first_date=day, last_date=day, device="lap-1")
                               ).replace("\u00a0", " ")

    assert described(1, 0).endswith(": 1 event, 0 entries, 2025-06-19 – 2025-06-19")
    assert described(0, 1).endswith(": 0 events, 1 entry, no events")
    try:
        i18n.apply_language(qapp, "fr")
        assert described(0, 0).endswith(" : 0 activité, 0 saisie, aucune activité")  # 0 and 1: singular in French
        assert described(2, 5).endswith(" : 2 activités, 5 saisies, 2025-06-19 – 2025-06-19")
    finally:
        i18n.apply_language(qapp, "en")


def test_core_errors_reach_the_french_window_in_french_with_their_values(qapp, tmp_path):
    """Every core error is raised with a template (outreach_app/core/errors.py): the CLI prints the English,
    the French window the catalogue's French, with the same values and the value's name translated."""
    from outreach_app.core.store.database import open_database
    from outreach_app.core.errors import OutreachError
    from outreach_app.core.sync.importer import import_files
    from outreach_app.core.validate import parse_count
    from outreach_app.ui.core_messages import import_details
    from outreach_app.ui.feedback import error_message

    with pytest.raises(OutreachError) as counted:
        parse_count("lots", "quantity")
    office = open_database(tmp_path / "office.db")
    missing = tmp_path / "gone.outreach.zip"
    refused = import_files(office, [missing])[0]
    office.close()
    assert str(counted.value) == "quantity 'lots' is not a whole number"
    assert refused.refused == f"{missing}: no such file"
    try:
        i18n.apply_language(qapp, "fr")
        assert error_message(counted.value).replace("\u00a0", " ") == "quantité « lots » : ce n’est pas un nombre entier"
        assert import_details(refused).replace("\u00a0", " ") == f"refusé : {missing} : ce fichier n’existe pas"
    finally:
        i18n.apply_language(qapp, "en")
    assert error_message(counted.value) == "quantity 'lots' is not a whole number"


def test_a_missing_bundle_warning_reaches_the_french_window_in_french(qapp, tmp_path):
    import json

    from outreach_app.core.sync.export import export_bundle
    from outreach_app.core.sync.importer import import_files
    from outreach_app.ui.core_messages import localized_error
    from tests.core.sync_helpers import day_of_work, fingerprints, laptop, office_db

    lap, office = laptop(tmp_path, "lap-1"), office_db(tmp_path)
    day_of_work(lap, "BBQ", "2025-06-19")
    first, _, third = (export_bundle(lap, tmp_path / "usb").path for _ in range(3))
    result = import_files(office, [first, third], accept_keys=fingerprints(first))[1]
    lap.close()
    office.close()
    (warning,) = result.warnings
    assert warning.endswith("bundle #2 not received (have up to #3); find those files or ask that laptop for a "
                            "full export (export --full)")
    assert json.loads(json.dumps(result.as_dict()))["warnings"] == [str(warning)]  # plain text for the CLI
    try:
        i18n.apply_language(qapp, "fr")
        french = localized_error(warning).replace("\u00a0", " ")
    finally:
        i18n.apply_language(qapp, "en")
    assert french.startswith("lap-1 (") and french.endswith(" : lot #2 non reçu (reçus jusqu’au n° 3); retrouvez ces "
                                                            "fichiers ou demandez à cet ordinateur portable une "
                                                            "exportation complète (export --full)")


def test_a_damaged_backup_is_described_in_french(qapp, tmp_path):
    from outreach_app.core.store.backups import read_backup
    from outreach_app.ui.backup_dialogs import describe_backup

    broken = tmp_path / "outreach-20250619T100000Z-start-00001.db"
    broken.write_bytes(b"not a database at all, not even close")
    info = read_backup(broken)
    assert info.problem == f"{broken} is damaged or not an Outreach database (its header is not SQLite's)"
    try:
        i18n.apply_language(qapp, "fr")
        assert describe_backup(info) == (f"{broken} est endommagé ou n’est pas une base de données Outreach "
                                         "(son en-tête n’est pas celui de SQLite)")
    finally:
        i18n.apply_language(qapp, "en")


def test_numbers_and_layout_names_in_core_errors_are_worded_for_the_window_s_language(qapp):
    from outreach_app.core.errors import InvalidInput
    from outreach_app.core.validate import parse_count
    from outreach_app.ui.core_messages import localized_error

    with pytest.raises(InvalidInput) as too_many:
        parse_count("2000000", "copies")
    layout = InvalidInput("{what} is {excess} characters too long for the {layout} layout "
                          "({length} characters; about {fitting} fit); shorten it or choose a larger layout",
                          what="title", excess=12, layout="cards", length=1412, fitting=1400)  # as flyers/layout.py
    assert str(too_many.value) == "copies '2000000' is larger than 1,000,000"  # the CLI's English
    assert localized_error(too_many.value) == "copies '2000000' is larger than 1,000,000"
    try:
        i18n.apply_language(qapp, "fr")
        assert localized_error(too_many.value).replace("\u00a0", " ").replace("\u202f", " ") == \
            "nombre de copies « 2000000 » : le maximum est 1 000 000"
        french = localized_error(layout).replace("\u00a0", " ").replace("\u202f", " ")
        assert "mise en page Cartes (1 412 caractères; environ 1 400 peuvent entrer)" in french
    finally:
        i18n.apply_language(qapp, "en")


def test_a_file_name_holding_percent_signs_is_shown_as_it_is(qapp, tmp_path):
    """Qt-style %1 %2 are filled in one pass: 'lap%201.outreach.zip' must not swallow the message."""
    from outreach_app.core.sync.importer import import_files
    from outreach_app.core.store.database import open_database
    from outreach_app.ui.core_messages import import_details

    office = open_database(tmp_path / "office.db")
    missing = tmp_path / "lap%201.outreach.zip"
    (refused,) = import_files(office, [missing])
    office.close()
    assert import_details(refused) == f"refused {missing}: no such file"


def test_a_backup_problem_given_as_a_reason_is_translated_too(qapp, tmp_path):
    from outreach_app.core.store import backups
    from outreach_app.core.errors import InvalidInput
    from outreach_app.ui.core_messages import localized_error

    broken = tmp_path / "outreach-20250619T100000Z-start-00001.db"
    broken.write_bytes(b"not a database at all, not even close")
    with pytest.raises(InvalidInput) as refused:
        backups.restore_backup(broken, tmp_path / "outreach.db")
    try:
        i18n.apply_language(qapp, "fr")
        text = localized_error(refused.value)
    finally:
        i18n.apply_language(qapp, "en")
    assert "endommagé ou n’est pas une base de données Outreach" in text and "is damaged" not in text
