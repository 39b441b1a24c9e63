"""The words a printed safety plan uses around what the team wrote, in the plan's language, and the
plan's content laid out as lines (sections with numbered steps and their contacts)."""

from __future__ import annotations

from dataclasses import dataclass

from outreach_app.core.flyers.layout import BOLD, REGULAR, wrap
from outreach_app.core.translation import QT_TRANSLATE_NOOP, translate

# the printed plan's own words, translated in the catalogue's "Flyer" context (docs/translations.md)
WORDS = {
    "kicker": QT_TRANSLATE_NOOP("Flyer", "Neighbourhood safety plan"),
    "services": QT_TRANSLATE_NOOP("Flyer", "Services in your area"),
    "emergency": QT_TRANSLATE_NOOP("Flyer", "Emergency: call 911"),
    "told": QT_TRANSLATE_NOOP("Flyer", "You told us…"),
    "scan": QT_TRANSLATE_NOOP("Flyer", "Scan for this plan online"),
    "version": QT_TRANSLATE_NOOP("Flyer", "Version {version} · {date}"),
    "draft": QT_TRANSLATE_NOOP("Flyer", "Draft: not published"),
    "partners": QT_TRANSLATE_NOOP("Flyer", "With"),
    "areas": QT_TRANSLATE_NOOP("Flyer", "Postal areas: {areas}"),
}


def words(language: str) -> dict:
    """The printed plan's words in its language (English when a word has no translation)."""
    return {key: translate("Flyer", text, language) for key, text in WORDS.items()}


def long_date(date: str, language: str) -> str:
    """2026-12-02 as "December 2, 2026" or "2 décembre 2026"."""
    import datetime as dt

    from babel.dates import format_date

    return format_date(dt.date.fromisoformat(date), format="long", locale="fr_CA" if language == "fr" else "en_CA")


@dataclass(frozen=True)
class Line:
    text: str
    font: str
    size: float
    indent: float = 0.0
    space_before: float = 0.0
    label: str | None = None  # a step's number, printed in the hanging indent

    @property
    def height(self) -> float:
        return self.size * 1.22 + self.space_before


def contact_text(contact: dict) -> str:
    """One contact as printed: name, service, phone, hours."""
    name = contact.get("organisation") or ""
    if contact.get("service"):
        name = f"{name} — {contact['service']}"
    parts = [name] + [contact[k] for k in ("phone", "hours") if contact.get(k)]
    return " · ".join(parts)


def section_lines(section: dict, contacts: dict, size: float, width: float) -> list[Line]:
    """A section as lines at body size `size` in a column `width` wide: its title, numbered steps with
    a hanging indent, each step's contacts below it."""
    title_size = size * 1.2
    lines = [Line(text, BOLD, title_size, 0, size * 0.7 if i == 0 else 0)
             for i, text in enumerate(wrap(section["title"], BOLD, title_size, width))]
    indent = size * 1.5
    for number, step in enumerate(section["steps"], start=1):
        wrapped = wrap(step["text"], REGULAR, size, width - indent)
        lines.append(Line(wrapped[0], REGULAR, size, indent, size * 0.25, label=f"{number}."))
        lines += [Line(text, REGULAR, size, indent) for text in wrapped[1:]]
        for ident in step["contacts"]:
            contact = contacts.get(ident)
            if contact:
                for k, text in enumerate(wrap("→ " + contact_text(contact), BOLD, size * 0.92, width - indent * 1.6)):
                    lines.append(Line(text, BOLD, size * 0.92, indent * (1 if k == 0 else 1.6)))
    return lines


def services_lines(content: dict, size: float, width: float) -> list[Line]:
    """The area's services (emergency ones first) with address and web when known."""
    lines: list[Line] = []
    services = [content["contacts"][i] for i in content["area_services"] if i in content["contacts"]]
    for contact in sorted(services, key=lambda c: not c.get("emergency")):
        lines += [Line(t, BOLD, size, 0, size * 0.4 if k == 0 else 0)
                  for k, t in enumerate(wrap(contact_text(contact), BOLD, size, width))]
        for extra in (contact.get("address"), contact.get("web")):
            if extra:
                lines += [Line(t, REGULAR, size * 0.9, size) for t in wrap(extra, REGULAR, size * 0.9, width - size)]
    return lines


def height(lines: list[Line]) -> float:
    return sum(line.height for line in lines)
