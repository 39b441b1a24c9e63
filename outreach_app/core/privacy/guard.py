"""The personal-data guard: finds text that looks like it identifies a person, and masks it.

Outreach counts people and never records who they are. Free text (notes, responses, places) is
where an identity can slip in, so every free-text value is checked here before it is saved:
an email address, a phone number, a dwelling unit ("Apt 4B", "unit 12", "app. 3", "#305"), or a
name after a title or after "resident"/"client" ("Mrs Tremblay", "resident John"). The window
shows a note with "Mask it" / "Keep"; the command line refuses unless told the text is allowed.
Masking replaces each flagged part with MASK before anything is written.

The patterns are deliberately narrow: "Building 5", "Route 3", dates, times, counts and postal
codes are not flagged (tests/core/test_privacy_guard.py holds the false-positive cases).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MASK = "[removed]"

EMAIL, PHONE, DWELLING, NAME = "email", "phone", "dwelling", "name"

_EMAIL = (r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)

# North American numbers (519-555-0123, (519) 555 0123, +1 519.555.0123, 5195550123, ext. 12),
# seven-digit local numbers written with a dash (555-0123), and international +CC numbers.
_PHONE = (
    r"(?<![\w-])(?:"
    r"(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}(?:\s*(?:ext\.?|x|poste)\s*\d{1,5})?"
    r"|\d{3}-\d{4}"
    r"|\+\d{1,3}(?:[\s.-]?\d){7,12}"
    r")(?![\w-])",
    re.IGNORECASE,
)

# A dwelling unit inside a building: the part of an address that points at one household.
_DWELLING = (
    r"(?<!\w)(?:"
    r"(?:apt|apartment|appt|app|appartement|unit|unité|suite|logement|log)\.?\s*(?:no\.?|n°|#)?\s*\d+[a-z]?"
    r"|#\s?\d{1,5}[a-z]?"
    r")(?!\w)",
    re.IGNORECASE,
)

_NAME_WORD = r"[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+)?"
# Mr. Smith, Mrs Tremblay, Ms Lee, Dr. Patel, Mx Jordan, M. Gagnon, Mme Roy, Mlle Roy.
_TITLED = (r"(?<!\w)(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mme|Mlle|Monsieur|Madame|M\.)\.?\s+" + _NAME_WORD, 0)
# resident John, client: Ana, tenant named Marc, locataire Julie, la résidente Sophie
_ROLE_NAMED = (
    r"(?<!\w)(?i:resident|client|tenant|résidente?|cliente?|locataire)"
    r"(?:\s*:|\s+(?i:named|called|nommée?|appelée?))?\s+(?P<name>" + _NAME_WORD + r")", 0
)
_COMPILED: list = []


def _patterns() -> list:
    """The patterns, compiled on first use (compiling them costs tens of milliseconds, which every command
    and the window's start-up would pay for text they may never check)."""
    if not _COMPILED:
        sources = (_EMAIL, _PHONE, _DWELLING, _TITLED, _ROLE_NAMED)
        _COMPILED.extend(re.compile(source, flags) for source, flags in sources)
    return _COMPILED


# Capitalised words after "resident" that name a group or a thing, not a person.
_NOT_A_NAME = frozenset(
    "council association associations committee services service survey surveys feedback engagement "
    "meeting meetings group groups services support supports portal centre center program programs "
    "programme relations safety well-being wellbeing newsletter night day week month".split()
)


@dataclass(frozen=True)
class Finding:
    """One part of a text that looks like personal data: its kind and where it is."""

    kind: str  # EMAIL, PHONE, DWELLING or NAME
    start: int
    end: int
    text: str


def find_personal_data(text: str | None) -> list[Finding]:
    """Every part of text that looks like personal data, in order, without overlaps."""
    if not text:
        return []
    found: list[Finding] = []
    email, phone, dwelling, titled, role_named = _patterns()
    for kind, pattern in ((EMAIL, email), (PHONE, phone), (DWELLING, dwelling), (NAME, titled)):
        found.extend(Finding(kind, m.start(), m.end(), m.group()) for m in pattern.finditer(text))
    for m in role_named.finditer(text):
        first_word = m.group("name").split()[0]
        if first_word.lower() not in _NOT_A_NAME:
            found.append(Finding(NAME, m.start("name"), m.end("name"), m.group("name")))
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Finding] = []
    for finding in found:
        if kept and finding.start < kept[-1].end:
            continue  # inside a part already flagged (a phone number within an email address)
        kept.append(finding)
    return kept


def mask_personal_data(text: str | None) -> str | None:
    """text with every flagged part replaced by MASK (None and '' come back as they are)."""
    if not text:
        return text
    pieces, position = [], 0
    for finding in find_personal_data(text):
        pieces.append(text[position:finding.start])
        pieces.append(MASK)
        position = finding.end
    pieces.append(text[position:])
    return "".join(pieces)


def looks_personal(text: str | None) -> bool:
    """Whether text holds anything find_personal_data flags."""
    return bool(find_personal_data(text))
