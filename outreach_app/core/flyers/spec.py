"""What a flyer says and how it is laid out (FlyerSpec), the checks on it, and the fixed wording."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from outreach_app.core.errors import InvalidInput
from outreach_app.core.validate import parse_count, parse_date
from outreach_app.core.translation import QT_TRANSLATE_NOOP, translate

from .links import check_tags, check_url, tracked_link

LAYOUTS = ("poster", "handout", "cards")
PAPERS = ("letter", "a4")
LANGUAGES = ("en", "fr")
# The cards layout fits a title of 50 characters and a body of 60 (docs/flyers.md, layouts).
CARD_LIMITS = {"title": 50, "body": 60}
MAX_COPIES = 500
_SPACES = re.compile(r"[ \t]+")

WORDING = {  # English here, French in the translation catalogue (outreach_app/core/translation.py)
    "scan": QT_TRANSLATE_NOOP("Flyer", "Scan the QR code to take the survey"),
    "scan_short": QT_TRANSLATE_NOOP("Flyer", "Scan to take the survey"),
    "open_until": QT_TRANSLATE_NOOP("Flyer", "Open until {date}"),
    "or_visit": QT_TRANSLATE_NOOP("Flyer", "Or visit:"),
}


def flyer_wording(language: str) -> dict[str, str]:
    """The flyer's printed words in `language`."""
    return {key: translate("Flyer", text, language) for key, text in WORDING.items()}


def closing_wording(closes: str, language: str) -> str:
    """'Open until October 31, 2025' / 'Ouvert jusqu’au 1er novembre 2025' (Babel, en_CA / fr_CA)."""
    from babel.dates import format_date

    day = dt.date.fromisoformat(closes)
    if language == "fr":
        text = format_date(day, "long", locale="fr_CA")
        if day.day == 1:  # French writes the first of the month as an ordinal: 1er
            text = "1er" + text[1:]
    else:
        text = format_date(day, "long", locale="en_CA")
    return translate("Flyer", WORDING["open_until"], language).format(date=text)


@dataclass(frozen=True)
class FlyerSpec:
    """Everything the user chose for one print run; `sources` empty means one untracked QR."""

    url: str
    title: str
    body: str = ""
    closes: str | None = None
    layout: str = "poster"
    sources: tuple[str, ...] = ()
    paper: str = "letter"
    language: str = "en"
    contact: str = ""
    logo: str | None = None
    copies: int = 1


@dataclass(frozen=True)
class Flyer:
    """One printed flyer: its link (tracked or not) and the tag printed under its QR."""

    link: str
    tag: str | None


@dataclass(frozen=True)
class CheckedFlyers:
    spec: FlyerSpec
    flyers: list[Flyer] = field(default_factory=list)
    closes_in_past: bool = False


def _clean_text(value: str | None, what: str, *, required: bool = False, max_length: int = 2000) -> str:
    lines = (_SPACES.sub(" ", line).strip(" \t") for line in (value or "").strip().splitlines())
    text = "\n".join(line for line in lines).strip()
    if required and not text:
        raise InvalidInput("{what} must not be empty", what=what)
    if len(text) > max_length:
        raise InvalidInput("{what} is {excess} characters too long (at most {limit})",
                           what=what, excess=len(text) - max_length, limit=max_length)
    return text


def french_spacing(text: str) -> str:
    """No-break spaces inside « » and before : (docs/translations.md), so they never start or end a line."""
    text = re.sub(r"«[ \t]*", "«\u00a0", text)
    text = re.sub(r"[ \t]*»", "\u00a0»", text)
    return re.sub(r"(?<=\S)[ \t]+:", "\u00a0:", text)


def check_logo(path: str | None) -> str | None:
    """The logo's path if it is a readable image file; a refusal naming the file otherwise."""
    if not path:
        return None
    file = Path(path).expanduser()
    if not file.is_file():
        if file.is_dir():
            raise InvalidInput("logo {path} cannot be read: it is a folder", path=file)
        raise InvalidInput("logo {path} cannot be read: no such file", path=file)
    try:
        from PIL import Image

        with Image.open(file) as image:
            image.load()
            if image.width < 1 or image.height < 1:
                raise ValueError("empty image")
    except PermissionError:
        raise InvalidInput("logo {path} cannot be read (permission denied)", path=file) from None
    except Exception as exc:  # Pillow raises many kinds for damaged or unknown files
        from PIL import UnidentifiedImageError

        reason = "not an image Outreach can read (use PNG or JPEG)" if isinstance(exc, UnidentifiedImageError) \
            else str(exc)
        raise InvalidInput("logo {path} cannot be read: {reason}", path=file, reason=reason) from None
    return str(file)


def check_spec(spec: FlyerSpec, *, today: dt.date | None = None, allow_past: bool = True) -> CheckedFlyers:
    """Check every input and list the flyers to print, in order (each source `copies` times).

    A closing date in the past is refused unless allow_past (the window warns instead). Whether the
    text fits the layout is checked when drawing (render.py), where the fonts are measured.
    """
    if spec.layout not in LAYOUTS:
        raise InvalidInput("layout '{value}' is not one of {choices}", value=spec.layout, choices=", ".join(LAYOUTS))
    if spec.paper not in PAPERS:
        raise InvalidInput("paper '{value}' is not one of {choices}", value=spec.paper, choices=", ".join(PAPERS))
    if spec.language not in LANGUAGES:
        raise InvalidInput("language '{value}' is not one of {choices}", value=spec.language,
                           choices=", ".join(LANGUAGES))
    url = check_url(spec.url)
    title = _clean_text(spec.title, "title", required=True, max_length=200)
    body = _clean_text(spec.body, "body", max_length=1200)
    contact = _clean_text(spec.contact, "contact line", max_length=200).replace("\n", " ")
    if spec.language == "fr":
        title, body, contact = french_spacing(title), french_spacing(body), french_spacing(contact)
    if spec.layout == "cards":
        for what, text in (("title", title), ("body", body)):
            limit = CARD_LIMITS[what]
            if len(text) > limit:
                raise InvalidInput("{what} is {excess} characters too long for the cards layout "
                                   "({length} characters; at most {limit})",
                                   what=what, excess=len(text) - limit, length=len(text), limit=limit)
    closes = parse_date(spec.closes, "closing date") if spec.closes else None
    in_past = bool(closes) and dt.date.fromisoformat(closes) < (today or dt.date.today())
    if in_past and not allow_past:
        raise InvalidInput("closing date {date} is in the past; give a later date "
                           "(or --allow-past to print it anyway)", date=closes)
    copies = parse_count(spec.copies, "copies", minimum=1, maximum=MAX_COPIES)
    sources = tuple(check_tags(spec.sources))
    logo = check_logo(spec.logo)
    clean = replace(spec, url=url, title=title, body=body, contact=contact, closes=closes, sources=sources,
                    logo=logo, copies=copies)
    tags = list(sources) or [None]
    flyers = [Flyer(tracked_link(url, tag), tag) for tag in tags for _ in range(copies)]
    return CheckedFlyers(clean, flyers, in_past)
