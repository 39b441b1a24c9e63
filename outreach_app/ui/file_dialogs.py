"""Every file and folder dialog of the window, opening where a person expects.

A dialog opens in the folder its field already names, else the last folder used for that kind of
file (remembered per kind in the settings file, e.g. "reports", "flyers", "bundles_in"), else the
person's Documents folder: never the folder the program happened to be started from.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from outreach_app.ui.settings import app_settings

LAST_FOLDER = "dialogs/last_folder/"  # + kind


def documents_folder() -> str:
    """The person's Documents folder (their home folder if there is none)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def _usable(folder: str | None) -> bool:
    return bool(folder) and Path(str(folder)).is_absolute() and Path(str(folder)).is_dir()


def start_folder(kind: str, current: str | None = None) -> str:
    """Where a dialog for this kind of file opens: current (an existing absolute folder), else the last
    folder used for the kind, else Documents."""
    if _usable(current):
        return str(current)
    remembered = app_settings().value(LAST_FOLDER + kind)
    return str(remembered) if _usable(remembered) else documents_folder()


def remember_folder(kind: str, folder: str) -> None:
    """Keep folder as the last one used for this kind of file."""
    settings = app_settings()
    settings.setValue(LAST_FOLDER + kind, str(folder))
    settings.sync()


def save_file(parent: QWidget, kind: str, title: str, file_name: str, filters: str) -> str | None:
    """Ask where to save file_name; the chosen path, or None if the person cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, os.path.join(start_folder(kind), file_name), filters)
    if not path:
        return None
    remember_folder(kind, str(Path(path).parent))
    return path


def open_file(parent: QWidget, kind: str, title: str, filters: str = "", current: str | None = None) -> str | None:
    """Ask for one existing file; its path, or None."""
    path, _ = QFileDialog.getOpenFileName(parent, title, start_folder(kind, current), filters)
    if not path:
        return None
    remember_folder(kind, str(Path(path).parent))
    return path


def open_files(parent: QWidget, kind: str, title: str, filters: str = "") -> list[str]:
    """Ask for existing files; their paths (none if the person cancelled)."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, start_folder(kind), filters)
    if paths:
        remember_folder(kind, str(Path(paths[0]).parent))
    return list(paths)


def choose_folder(parent: QWidget, kind: str, title: str, current: str | None = None) -> str | None:
    """Ask for a folder; its path, or None."""
    folder = QFileDialog.getExistingDirectory(parent, title, start_folder(kind, current))
    if not folder:
        return None
    remember_folder(kind, folder)
    return folder
