"""The print-ready safety plan (reportlab): a folded handout (two or three panels a side, Letter or A4
landscape) or a one-page poster, in the plan's language, with a QR code to its web copy (tagged with
src= like the flyers), the area, partners, version and date. The text is made to fit by shrinking it
down to a readable size; past that, the section that does not fit is named and nothing is written."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from outreach_app.core.errors import InvalidInput
from outreach_app.core.files import write_bytes_atomically
from outreach_app.core.flyers.layout import BOLD, PAGE_SIZES, REGULAR, Box, check_printable, register_fonts, wrap

from .pdf_text import Line, height, long_date, section_lines, services_lines, words

BODY_SIZES = [10.0 - 0.5 * k for k in range(8)]  # 10 pt down to 6.5 pt, the smallest printed
POSTER_SIZES = [13.0 - 0.5 * k for k in range(14)]  # 13 pt down to 6.5 pt
MARGIN = 0.3 * inch


@dataclass(frozen=True)
class PlanPdf:
    path: str | None
    name: str
    version: int | None
    pages: int
    link: str | None
    pdf: bytes = b""


def _draw_lines(c: Canvas, lines: list[Line], x: float, top: float) -> float:
    """Draw lines from `top` down; returns the y below the last one."""
    y = top
    for line in lines:
        y -= line.space_before + line.size
        c.setFont(line.font, line.size)
        if line.label:
            c.drawString(x, y, line.label)
        c.drawString(x + line.indent, y, line.text)
        y -= line.size * 0.22
    return y


def _centred(c: Canvas, text: str, font: str, size: float, box_x: float, width: float, y: float) -> float:
    for line in wrap(text, font, size, width):
        y -= size * 1.2
        c.setFont(font, size)
        c.drawCentredString(box_x + width / 2, y, line)
    return y


def _columns(content: dict, size: float, width: float, column_height: float, columns: int,
             extra: list[list[Line]] = ()) -> list[list[list[Line]]] | None:
    """Sections (then `extra` blocks) placed whole into columns in order; None when they do not all fit.
    A section taller than a whole column is refused, naming it."""
    blocks = [(s["title"], section_lines(s, content["contacts"], size, width)) for s in content["sections"]]
    blocks += [("", block) for block in extra]
    placed: list[list[list[Line]]] = [[]]
    used = 0.0
    target = sum(height(block) for _, block in blocks) / columns  # fill the panels evenly
    for title, block in blocks:
        need = height(block)
        if used and used + need / 2 > target and len(placed) < columns:
            placed.append([])
            used = 0.0
        if need > column_height:
            if size > min(BODY_SIZES):
                return None  # try a smaller size
            raise InvalidInput("section '{title}' is too long for one panel even at the smallest print size;"
                               " shorten its steps or split it", title=title or "services")
        if used + need > column_height:
            if len(placed) == columns:
                return None
            placed.append([])
            used = 0.0
        placed[-1].append(block)
        used += need
    return placed


def _fit_sections(content: dict, sizes: list[float], width: float, column_height: float, columns: int,
                  extra_of=lambda size: []) -> tuple[float, list]:
    for size in sizes:
        placed = _columns(content, size, width, column_height, columns, extra_of(size))
        if placed is not None:
            return size, placed
    # name the first section that no longer fits at the smallest size
    size = sizes[-1]
    total, fitting = columns * column_height, 0.0
    for section in content["sections"]:
        fitting += height(section_lines(section, content["contacts"], size, width))
        if fitting > total:
            raise InvalidInput("the plan does not fit: from section '{title}' on there is no room left even at the"
                               " smallest print size; shorten or remove sections, or use three panels",
                               title=section["title"])
    raise InvalidInput("the plan does not fit: the area's services leave no room for the last sections;"
                       " shorten the sections or the services' details")


def _cover(c: Canvas, content: dict, box: Box, link: str | None, label: str, qr_side: float, big: float,
           printed: str | None = None) -> None:
    w = words(content["language"])
    inner = box.w - 2 * MARGIN
    y = box.top - MARGIN
    y = _centred(c, w["kicker"].upper(), BOLD, big * 0.42, box.x + MARGIN, inner, y)
    y = _centred(c, content["area"], BOLD, big, box.x + MARGIN, inner, y - big * 0.2)
    place = content.get("municipality") or ""
    y = _centred(c, place, REGULAR, big * 0.5, box.x + MARGIN, inner, y)
    if content.get("postal_areas"):
        y = _centred(c, w["areas"].format(areas=", ".join(content["postal_areas"])), REGULAR, big * 0.42,
                     box.x + MARGIN, inner, y)
    y = _centred(c, w["emergency"], BOLD, big * 0.55, box.x + MARGIN, inner, y - big * 0.5)
    if link:
        from outreach_app.core.flyers.render import draw_qr

        qr = Box(box.x + (box.w - qr_side) / 2, y - big * 0.4 - qr_side, qr_side, qr_side)
        draw_qr(c, link, qr, "poster" if qr_side >= 2 * inch else "handout")
        y = _centred(c, w["scan"], REGULAR, big * 0.36, box.x + MARGIN, inner, qr.y)
        y = _centred(c, printed or link, REGULAR, big * 0.28, box.x + MARGIN, inner, y)
    bottom = box.y + MARGIN
    if content.get("partners"):
        _centred(c, f"{w['partners']} {content['partners']}", REGULAR, big * 0.34, box.x + MARGIN, inner,
                 bottom + big * 1.0)
    _centred(c, label, REGULAR, big * 0.32, box.x + MARGIN, inner, bottom + big * 0.45)


def _told_lines(content: dict, size: float, width: float) -> list[Line]:
    heard = content.get("heard") or []
    if not heard:
        return []
    lines = [Line(t, BOLD, size * 1.2, 0, size) for t in wrap(words(content["language"])["told"], BOLD, size * 1.2, width)]
    for theme in heard:
        lines += [Line(t, REGULAR, size, size if k else 0, size * 0.3 if not k else 0)
                  for k, t in enumerate(wrap(f"• {theme['name']}", REGULAR, size, width))]
    return lines


def _handout(c: Canvas, content: dict, paper: str, panels: int, link: str | None, label: str,
             printed: str | None = None) -> int:
    page_w, page_h = landscape(PAGE_SIZES[paper])
    c.setPageSize((page_w, page_h))
    panel_w = page_w / panels
    inner_w, inner_h = panel_w - 2 * MARGIN, page_h - 2 * MARGIN
    w = words(content["language"])
    # outside: [flap (3 panels) | back | cover]; the services and "You told us…" share what is not the cover
    back = []
    for size in BODY_SIZES:
        listed = services_lines(content, size, inner_w)
        heading = [Line(t, BOLD, size * 1.3, 0) for t in wrap(w["services"], BOLD, size * 1.3, inner_w)]
        services = heading + listed if listed else []  # no services for the area: no empty heading
        told = _told_lines(content, size, inner_w)
        if panels == 3 and height(services) <= inner_h and height(told) <= inner_h:
            back = [services, told]
            break
        if panels == 2 and height(services) + height(told) <= inner_h:
            back = [services + told]
            break
    if not back:
        raise InvalidInput("the area's services are too long for the handout's back panel even at the smallest print"
                           " size; shorten their details or choose fewer services for the area")
    for index, lines in enumerate(back):
        _draw_lines(c, lines, index * panel_w + MARGIN, page_h - MARGIN)
    _cover(c, content, Box((panels - 1) * panel_w, 0, panel_w, page_h), link, label, 1.6 * inch, 22, printed)
    _folds(c, page_w, page_h, panels)
    c.showPage()
    c.setPageSize((page_w, page_h))
    _, placed = _fit_sections(content, BODY_SIZES, inner_w, inner_h, panels)
    for index, column in enumerate(placed):
        _draw_lines(c, [line for block in column for line in block], index * panel_w + MARGIN, page_h - MARGIN)
    _folds(c, page_w, page_h, panels)
    c.showPage()
    return 2


def _folds(c: Canvas, page_w: float, page_h: float, panels: int) -> None:
    """Short fold marks at the top and bottom edges between panels."""
    from outreach_app.core.flyers.render import CUT_GREY

    c.setStrokeColor(CUT_GREY)
    c.setLineWidth(0.4)
    for k in range(1, panels):
        x = k * page_w / panels
        c.line(x, page_h, x, page_h - 10)
        c.line(x, 0, x, 10)


def _poster(c: Canvas, content: dict, paper: str, link: str | None, label: str, printed: str | None = None) -> int:
    page_w, page_h = PAGE_SIZES[paper]
    margin = 0.5 * inch
    header = Box(0, page_h - 3.0 * inch, page_w, 3.0 * inch)
    w = words(content["language"])
    y = _centred(c, w["kicker"].upper(), BOLD, 14, margin, page_w - 2 * margin - 1.9 * inch, header.top - margin + 6)
    y = _centred(c, content["area"], BOLD, 30, margin, page_w - 2 * margin - 1.9 * inch, y - 4)
    place = " · ".join(filter(None, [content.get("municipality"), ", ".join(content.get("postal_areas") or [])]))
    y = _centred(c, place, REGULAR, 14, margin, page_w - 2 * margin - 1.9 * inch, y)
    _centred(c, w["emergency"], BOLD, 18, margin, page_w - 2 * margin - 1.9 * inch, y - 6)
    if link:
        from outreach_app.core.flyers.render import draw_qr

        side = 1.8 * inch
        draw_qr(c, link, Box(page_w - margin - side, header.top - margin - side + 10, side, side), "handout")
        _centred(c, w["scan"], REGULAR, 8, page_w - margin - side, side, header.top - margin - side + 10)
    footer_h = 0.9 * inch
    column_w = (page_w - 2 * margin - 0.3 * inch) / 2
    column_h = header.y - footer_h - margin / 2

    def extra(size):
        listed = services_lines(content, size, column_w)
        heading = [Line(t, BOLD, size * 1.2, 0, size) for t in wrap(w["services"], BOLD, size * 1.2, column_w)]
        return [heading + listed if listed else [], _told_lines(content, size, column_w)]

    _, placed = _fit_sections(content, POSTER_SIZES, column_w, column_h, 2, extra)
    for index, column in enumerate(placed):
        _draw_lines(c, [line for block in column for line in block], margin + index * (column_w + 0.3 * inch), header.y)
    bottom = margin
    if content.get("partners"):
        _centred(c, f"{w['partners']} {content['partners']}", REGULAR, 10, margin, page_w - 2 * margin, bottom + 28)
    _centred(c, label + (f" · {printed or link}" if link else ""), REGULAR, 8, margin, page_w - 2 * margin, bottom + 12)
    c.showPage()
    return 1


def render_plan(content: dict, *, layout: str, paper: str = "letter", panels: int = 3, link: str | None = None,
                version: int | None = None, published: str | None = None, printed_link: str | None = None
                ) -> tuple[bytes, int]:
    """The PDF bytes and page count of a plan's content (a frozen version's or the draft's); the QR code
    holds `link`, the page prints `printed_link` (an accented tag as itself) or the link."""
    if layout not in ("handout", "poster"):
        raise InvalidInput("layout '{value}' is not one of handout, poster", value=layout)
    if paper not in PAGE_SIZES:
        raise InvalidInput("paper '{value}' is not one of letter, a4", value=paper)
    if panels not in (2, 3):
        raise InvalidInput("a handout has 2 or 3 panels a side, not {value}", value=panels)
    register_fonts()
    _check_text(content)
    w = words(content["language"])
    label = (w["version"].format(version=version, date=long_date(published, content["language"]))
             if version else w["draft"])
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=PAGE_SIZES[paper], pageCompression=1, invariant=1)
    c.setTitle(f"{content['name']} — {label}")
    c.setAuthor("Outreach")
    pages = (_handout(c, content, paper, panels, link, label, printed_link) if layout == "handout"
             else _poster(c, content, paper, link, label, printed_link))
    c.save()
    return buffer.getvalue(), pages


def _check_text(content: dict) -> None:
    for section in content["sections"]:
        check_printable(section["title"], f"section '{section['title'][:40]}'")
        for step in section["steps"]:
            check_printable(step["text"], f"a step of section '{section['title'][:40]}'")
    for contact in content["contacts"].values():
        for key in ("organisation", "service", "phone", "hours", "address"):
            if contact.get(key):
                check_printable(contact[key], f"contact '{contact.get('organisation')}'")


def write_plan_pdf(conn, plan_id: str, out, *, layout: str, paper: str = "letter", panels: int = 3,
                   source: str | None = None, version: int | None = None) -> PlanPdf:
    """Print a plan's current version (or version N; the draft, marked so, before any is published)."""
    from outreach_app.core.flyers.links import readable_link, tracked_link
    from outreach_app.core.flyers.render import check_output_path

    from .drafts import get_safety_plan
    from .versions import contents, current_version, list_versions, version_content

    plan = get_safety_plan(conn, plan_id)
    check_output_path(out)
    published = None
    if version is None and current_version(conn, plan.id) is None:
        content = contents(conn, plan)
    else:
        version, content = version_content(conn, plan.id, version)
        published = next(v.published for v in list_versions(conn, plan.id) if v.version == version)
    if source and not content.get("url"):
        raise InvalidInput("safety plan '{name}' has no web address for the QR code; set one with"
                           " 'safety-plan edit {id} --url URL'", name=plan.name, id=plan.id)
    link = tracked_link(content["url"], source) if content.get("url") else None
    data, pages = render_plan(content, layout=layout, paper=paper, panels=panels, link=link, version=version,
                              published=published, printed_link=readable_link(link, source) if link else None)
    path = write_bytes_atomically(out, data)
    return PlanPdf(str(path), plan.name, version, pages, link, data)
