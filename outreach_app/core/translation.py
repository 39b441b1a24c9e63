"""The core's words in English or French, read from the same catalogue as the window's (Qt-free).

The window's words, the core's error templates, the report's and the flyers' wording all live in
resources/translations/outreach_fr.ts (Qt Linguist), extracted from the sources by pyside6-lupdate.
The core has no Qt, so packaging/update_translations.sh also writes `outreach_words.json`, the
finished translations of the contexts the core prints itself (CORE_CONTEXTS), and the core reads
that file the first time it needs a word (never for JSON output). docs/translations.md explains it.

Marking a text in core code so that lupdate extracts it:
- `QT_TRANSLATE_NOOP("Report", "Events")`: a plain text, looked up later with `translate`;
- `Report.tr("%n event(s)", "", n)`: a count with plural forms (lupdate reads plural forms only
  from tr() calls); `Report.tr` only returns the English, `counted` words it in a language.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

CORE_CONTEXTS = ("Report", "Flyer", "Survey", "Sectors")
LANGUAGES = ("en", "fr")
CATALOGUE_FILE = "outreach_words.json"
_LOCALES = {"en": "en_CA", "fr": "fr_CA"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark `text` for extraction into the catalogue under `context`; returns it unchanged."""
    return text


class _Context:
    def __init__(self, name: str):
        self.name = name

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        """Mark a counted text (plural forms) for extraction; returns the English unchanged."""
        return text


Report = _Context("Report")  # the context of the report's words (text report, PDF, update sentence)
Flyer = _Context("Flyer")  # the context of the words printed on flyers


@functools.lru_cache(maxsize=1)
def _catalogue() -> dict:
    from outreach_app.core.resources import resource_path

    return json.loads(resource_path("translations", CATALOGUE_FILE).read_text(encoding="utf-8"))


def translate(context: str, text: str, language: str = "en") -> str:
    """The `language` wording of the English `text` (the English itself when none is made)."""
    found = _catalogue().get(language, {}).get(context, {}).get(text)
    return found if isinstance(found, str) and found else text


def is_plural(count: int, language: str = "en") -> bool:
    """Whether a count takes the plural, by the language's CLDR plural rule (Babel): in English all but 1,
    in French 2 and more (0 and 1 are singular)."""
    from babel import Locale

    return Locale.parse(_LOCALES.get(language, "en_CA")).plural_form(count) != "one"


def counted(context: str, text: str, count: int, language: str = "en") -> str:
    """A counted text in `language`: '%n event(s)' -> '1 event', '2 events', '0 activité', '1 420 activités'.
    The catalogue gives [singular, plural] (Qt's order for English and French); Babel picks one."""
    from babel.numbers import format_decimal

    forms = _catalogue().get(language, {}).get(context, {}).get(text)
    if not isinstance(forms, list) or len(forms) != 2:
        forms = [text.replace("(s)", ""), text.replace("(s)", "s")]
    number = format_decimal(count, locale=_LOCALES.get(language, "en_CA"))
    return forms[1 if is_plural(count, language) else 0].replace("%n", number)


def catalogue_from_ts(folder: Path) -> dict:
    """{language: {context: {english: translation or [singular, plural]}}}: the finished translations of
    CORE_CONTEXTS in outreach_<language>.ts (English holds only plural forms)."""
    import xml.etree.ElementTree as ET

    result = {}
    for language in LANGUAGES:
        contexts = {}
        for context in ET.parse(folder / f"outreach_{language}.ts").getroot().iter("context"):
            name = context.findtext("name")
            if name not in CORE_CONTEXTS:
                continue
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")]
                value = forms if message.get("numerus") == "yes" else translation.text or ""
                if value and all(value):
                    contexts.setdefault(name, {})[message.findtext("source")] = value
        result[language] = {name: dict(sorted(words.items())) for name, words in sorted(contexts.items())}
    return result


def catalogue_json(folder: Path) -> str:
    """The text of outreach_words.json made from the .ts files in `folder` (stable, for a clean diff)."""
    return json.dumps(catalogue_from_ts(folder), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":  # packaging/update_translations.sh: python -m outreach_app.core.translation FOLDER
    import sys

    target = Path(sys.argv[1])
    (target / CATALOGUE_FILE).write_text(catalogue_json(target), encoding="utf-8")
