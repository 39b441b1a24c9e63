"""The window's language: "system" (default), "en" or "fr", kept in QSettings under "ui/language".

apply_language() installs our catalogue (resources/translations/outreach_<lang>.qm) and Qt's own
(qtbase_<lang>.qm, for standard buttons and dialogs), and makes QLocale follow, so dates and numbers
in widgets match the words. Core texts (report sentence, flyers) take the code from ui_language().
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGE_SETTING = "ui/language"
CHOICES = ("system", "en", "fr")
SUPPORTED = ("en", "fr")
_LOCALES = {"en": "en_CA", "fr": "fr_CA"}

_installed: list[QTranslator] = []
_current = "en"


def resolve(code: str | None) -> str:
    """"en" or "fr" for a stored choice; "system" (or anything unknown) follows QLocale.system()."""
    if code in SUPPORTED:
        return code
    system = system_language()
    return system if system in SUPPORTED else "en"


def system_language() -> str:
    """The system's language code ("fr" for fr_CA, fr_FR…)."""
    return QLocale.system().name().split("_")[0]


def saved_choice() -> str:
    """The choice stored in the settings ("system" when none)."""
    from outreach_app.ui.settings import app_settings

    value = str(app_settings().value(LANGUAGE_SETTING, "system") or "system")
    return value if value in CHOICES else "system"


def ui_language() -> str:
    """The language the window is shown in now ("en" or "fr")."""
    return _current


def _catalogue(code: str) -> str | None:
    from outreach_app.core.resources import resource_path

    try:
        return str(resource_path("translations", f"outreach_{code}.qm"))
    except FileNotFoundError:
        return None


def apply_language(app: QCoreApplication, code: str | None = None) -> str:
    """Install the translators for code ("system", "en", "fr"; None = the saved choice).

    Returns the language now in use. Widgets already built keep their texts: call this before the
    window is made (the settings page asks for a restart).
    """
    global _current
    language = resolve(saved_choice() if code is None else code)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(_LOCALES[language])
    QLocale.setDefault(locale)
    # outreach_en.qm holds only the English plural forms ("1 record" / "2 records")
    candidates = [_catalogue(language)]
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates.append(str(Path(qt_folder) / f"qtbase_{language}.qm"))
    for path in candidates:
        translator = QTranslator(app)
        if path and translator.load(path):
            app.installTranslator(translator)
            _installed.append(translator)
    _current = language
    return language


def fill(text: str, *values) -> str:
    """A translated text's %1, %2 … replaced by values in one pass (Qt's QString.arg, which PySide6 does
    not offer): a value that itself holds "%2" (a file named "lap%201.zip") is left as it is."""
    import re

    return re.sub(r"%([1-9])", lambda m: str(values[int(m.group(1)) - 1]) if int(m.group(1)) <= len(values)
                  else m.group(0), text)
