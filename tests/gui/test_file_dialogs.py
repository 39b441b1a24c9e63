"""Every file dialog opens in the last folder used for its kind of file, else Documents: never in the
folder the program was started from (issue 15, finding 15)."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from outreach_app.ui.flyers_screen import FlyersScreen
from outreach_app.ui.reports_screen import ReportsScreen
from outreach_app.ui.settings_screen import SettingsScreen
from outreach_app.ui.end_of_day_screen import EndOfDayScreen
from outreach_app.ui.import_screen import ImportScreen


@pytest.fixture
def offered(tmp_path, monkeypatch):
    """Started from a working folder of its own, with a home that has a Documents folder; every dialog
    records the folder it offers and answers with `answer[0]` (a path or "" for Cancel)."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.chdir(tmp_path)
    seen, answer = [], [""]

    def dialog(returns_pair, many=False):
        def ask(parent, title, folder="", *rest, **kwargs):
            seen.append(str(folder))
            value = [answer[0]] if many and answer[0] else ([] if many else answer[0])
            return (value, "") if returns_pair else value
        return ask

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog(True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog(True))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", dialog(True, many=True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", dialog(False))
    return seen, answer, home / "Documents"


def test_a_save_dialog_offers_documents_then_the_last_folder_used_for_its_kind(ctx, qtbot, offered, tmp_path):
    seen, answer, documents = offered
    reports = ReportsScreen(ctx)
    flyers = FlyersScreen(ctx)
    for screen in (reports, flyers):
        qtbot.addWidget(screen)
    reports._ask_save_pdf()
    assert Path(seen[-1]).parent == documents and Path(seen[-1]).name.startswith("outreach-report-")
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    answer[0] = str(elsewhere / "report.csv")
    reports._ask_save_csv("summary")
    answer[0] = ""
    reports._ask_save_pdf()
    assert Path(seen[-1]).parent == elsewhere  # the last folder a report went to
    flyers._save_pdf()
    assert seen[-1] == str(documents / "flyers.pdf")  # flyers are another kind: still Documents
    flyers._choose_logo()
    assert seen[-1] == str(documents)
    assert all(Path(folder).is_absolute() for folder in seen)


def test_bundle_key_and_backup_dialogs_open_in_documents_or_their_last_folder(ctx, qtbot, offered, tmp_path):
    seen, answer, documents = offered
    importer, exporter, settings = ImportScreen(ctx), EndOfDayScreen(ctx), SettingsScreen(ctx)
    for screen in (importer, exporter, settings):
        qtbot.addWidget(screen)
    importer._pick_files()
    importer._pick_folder()
    importer._pick_identity()
    assert seen == [str(documents)] * 3
    stick = tmp_path / "stick"
    stick.mkdir()
    answer[0] = str(stick / "laptop.outreach.zip")
    importer._pick_files()
    answer[0] = ""
    importer._pick_folder()
    assert seen[-1] == str(stick)
    settings.backup_folder.clear()
    settings._choose_folder(settings.backup_folder, "backups")
    assert seen[-1] == str(documents)
    exporter.folder.setText("relative/folder")  # a folder that is not a full path is never resolved from here
    exporter._choose_folder()
    assert seen[-1] == str(documents)
