"""Tracked survey links: the survey URL with `src=TAG` so responses can be traced to a place."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote, urlsplit

from outreach_app.core import bounds
from outreach_app.core.errors import InvalidInput
from outreach_app.core.validate import name_key

MAX_LINK_LENGTH = 1000
MAX_TAG_LENGTH = bounds.MAX_TAG_LENGTH
# Letters (accented ones too: "bibliothèque"), digits and RFC 3986's other unreserved marks. In the
# link a tag is percent-encoded as UTF-8, which survey sites decode back; the QR holds the encoded link.
_TAG_CHARACTERS = re.compile(r"(?:\w|[.~-])+")
_SAFE_IN_LINK = "._~-"


def check_url(url: str | None) -> str:
    """The trimmed link if it is an http(s) address with a host; a clear refusal otherwise."""
    text = (url or "").strip()
    if not text:
        raise InvalidInput("the survey link is empty; give an address starting with https://")
    try:
        parts = urlsplit(text)
    except ValueError as exc:
        raise InvalidInput("link '{link}' is not a valid web address ({reason})", link=text, reason=str(exc)) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise InvalidInput("link '{link}' is not a web address: it must start with https:// or http://", link=text)
    if any(ch.isspace() for ch in text):
        raise InvalidInput("link '{link}' contains spaces; copy the survey's address exactly", link=text)
    if not parts.hostname:
        raise InvalidInput("link '{link}' has no site name after {scheme}://", link=text, scheme=parts.scheme)
    if len(text) > MAX_LINK_LENGTH:
        raise InvalidInput("link is {excess} characters too long (at most {limit})",
                           excess=len(text) - MAX_LINK_LENGTH, limit=MAX_LINK_LENGTH)
    return text


def check_tag(tag: str | None) -> str:
    """A source tag (e.g. `library`, `bibliothèque`, `pharmacy-main-st`): letters (accented too), digits,
    - _ . ~ only, no spaces; returned in Unicode's compatibility form (NFKC), so that the same word typed
    two ways (a combining accent, full-width letters) is one tag."""
    text = unicodedata.normalize("NFKC", (tag or "").strip())
    if not text:
        raise InvalidInput("a source tag is empty; use a short word such as library or arena")
    if not _TAG_CHARACTERS.fullmatch(text):
        raise InvalidInput("source tag '{tag}' may only hold letters, digits and - _ . ~ (no spaces)", tag=text)
    if len(text) > MAX_TAG_LENGTH:
        raise InvalidInput("source tag '{tag}…' is {excess} characters too long (at most {limit})",
                           tag=text[:20], excess=len(text) - MAX_TAG_LENGTH, limit=MAX_TAG_LENGTH)
    return text


def check_tags(tags) -> list[str]:
    """Every tag checked; the same tag twice (ignoring case, as survey matching does) is refused."""
    seen: dict[str, str] = {}
    result = []
    for tag in tags or ():
        clean = check_tag(tag)
        key = name_key(clean)
        if key in seen:
            raise InvalidInput("source tag '{tag}' is given twice (tags match regardless of case)", tag=clean)
        seen[key] = clean
        result.append(clean)
    return result


def tracked_link(url: str, tag: str | None) -> str:
    """url with src=TAG added to its query (`?src=` or `&src=`), before any #fragment.

    The rest of the link is kept byte for byte; an existing src parameter is replaced. With no tag
    the checked link itself is returned (one untracked QR).
    """
    url = check_url(url)
    if tag is None:
        return url
    tag = check_tag(tag)
    base, hash_mark, fragment = url.partition("#")
    path, question, query = base.partition("?")
    params = [p for p in query.split("&") if p.split("=", 1)[0] != "src"] if query else []
    while params and not params[-1]:
        params.pop()  # a link ending in "?" or "&" needs no second separator
    params.append(f"src={quote(tag, safe=_SAFE_IN_LINK)}")
    return f"{path}?{'&'.join(params)}{hash_mark}{fragment}"


def readable_link(link: str, tag: str | None) -> str:
    """The link as printed for people to type: an accented tag shown as itself, not percent-encoded
    (browsers encode it again); the QR code holds the encoded link."""
    if not tag:
        return link
    encoded = f"src={quote(tag, safe=_SAFE_IN_LINK)}"
    before, found, after = link.rpartition(encoded)  # tracked_link puts src last: the last one is ours
    return f"{before}src={tag}{after}" if found and encoded != f"src={tag}" else link
