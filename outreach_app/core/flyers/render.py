"""Drawing flyers with reportlab: vector QR codes, real (searchable) text, cut marks; atomic PDF files.

Text is fitted once per layout (every slot of a sheet has the same size), then each flyer is drawn
with its own QR and source tag. Text that does not fit is refused with how much too long it is.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.colors import Color, black, white
from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from outreach_app.core.errors import InvalidInput
from outreach_app.core.files import write_bytes_atomically

from .layout import (BOLD, REGULAR, Box, TextBlock, TextStyle, check_printable, fit, fit_or_refuse, fit_title_and_body,
                     Sheet, register_fonts, sheet)
from .links import readable_link
from .spec import CheckedFlyers, closing_wording, flyer_wording

GREY = Color(0.35, 0.35, 0.35)
CUT_GREY = Color(0.55, 0.55, 0.55)
QUIET_ZONE = 4  # modules of white around every code, as the QR standard asks


@dataclass(frozen=True)
class Style:
    """Sizes for one layout (points). QR side includes its quiet zone."""

    padding: float
    logo_h: float
    title: TextStyle
    body: TextStyle
    scan: TextStyle
    closes: TextStyle
    contact: TextStyle
    tag_size: float
    qr_side: float
    qr_smallest: float  # the code shrinks (never below this) before text is refused
    min_module: float  # smallest module a phone reads at this layout's distance
    gap: float
    link: TextStyle | None = None


STYLES = {
    "poster": Style(0.75 * inch, 80, TextStyle(BOLD, 44, 22, 4, 1.15), TextStyle(REGULAR, 20, 11, 14),
                    TextStyle(BOLD, 18, 12, 2), TextStyle(BOLD, 18, 12, 2), TextStyle(REGULAR, 13, 9, 2),
                    10, 4.2 * inch, 3 * inch, 2.0, 14, TextStyle(REGULAR, 9, 7, 3)),
    "handout": Style(0.45 * inch, 40, TextStyle(BOLD, 22, 12, 3, 1.15), TextStyle(REGULAR, 12, 7.5, 9),
                     TextStyle(BOLD, 9.5, 7.5, 2), TextStyle(BOLD, 10.5, 8, 2), TextStyle(REGULAR, 8.5, 7, 2),
                     6.5, 1.95 * inch, 1.6 * inch, 1.2, 6),
    "cards": Style(9, 18, TextStyle(BOLD, 10, 7.5, 3, 1.15), TextStyle(REGULAR, 8, 6.5, 4),
                   TextStyle(REGULAR, 5.5, 5, 2), TextStyle(BOLD, 7, 5.5, 1), TextStyle(REGULAR, 6.5, 5.5, 2),
                   5.5, 84, 84, 1.0, 3),
}


@dataclass(frozen=True)
class Placed:
    """A text block placed in a slot: top edge, left or centre x, alignment."""

    block: TextBlock
    x: float
    top: float
    centred: bool


@dataclass(frozen=True)
class SlotPlan:
    """Where everything goes inside one slot, relative to its bottom-left corner."""

    texts: list[Placed]
    logo: Box | None
    qr: Box
    tag_x: float
    tag_top: float
    tag_width: float
    link_x: float = 0.0
    link_bottom: float = 0.0  # the tracked link is printed (poster) only if it fits above this
    link_width: float = 0.0


@dataclass(frozen=True)
class RenderResult:
    path: str | None
    pages: int
    flyers: int
    pdf: bytes = b""


def _ascent(font: str, size: float) -> float:
    return pdfmetrics.getAscent(font) * size / 1000


def _logo_box(logo: str | None, max_w: float, max_h: float) -> tuple[float, float] | None:
    if not logo:
        return None
    width, height = ImageReader(logo).getSize()
    scale = min(max_w / width, max_h / height)
    return width * scale, height * scale


def _wording(checked: CheckedFlyers) -> dict:
    spec = checked.spec
    words = flyer_wording(spec.language)
    return {"closes": closing_wording(spec.closes, spec.language) if spec.closes else "",
            "scan": words["scan_short"] if spec.layout == "cards" else words["scan"], "or_visit": words["or_visit"]}


def plan_vertical(checked: CheckedFlyers, w: float, h: float) -> SlotPlan:
    """Poster and handout: logo, title and body from the top; footer at the bottom; QR centred between."""
    spec, style = checked.spec, STYLES[checked.spec.layout]
    words = _wording(checked)
    inner = Box(style.padding, style.padding, w - 2 * style.padding, h - 2 * style.padding)
    cx = inner.x + inner.w / 2
    gap = style.gap
    texts: list[Placed] = []
    y = inner.top
    logo = None
    size = _logo_box(spec.logo, inner.w, style.logo_h)
    if size:
        logo = Box(cx - size[0] / 2, y - size[1], *size)
        y -= size[1] + gap
    footer = [fit_or_refuse(text, st, inner.w, st.max_lines * st.largest * st.leading, what, spec.layout)
              for text, st, what in ((spec.contact, style.contact, "contact line"), (words["closes"], style.closes, "closing date"))
              if text]
    bottom = inner.y
    for block in footer:  # contact at the very bottom, the closing date above it
        texts.append(Placed(block, cx, bottom + block.height, True))
        bottom += block.height + gap / 2
    scan = fit_or_refuse(words["scan"], style.scan, inner.w, style.scan.max_lines * style.scan.largest * 1.2, "wording", spec.layout)
    tag_h = style.tag_size * 1.3 if checked.spec.sources else 0
    side = style.qr_side
    while True:  # the largest code that leaves room for the title and body
        group_h = scan.height + gap / 2 + side + tag_h
        room = y - bottom - gap - group_h
        last = side - 18 < style.qr_smallest
        fitted = fit_title_and_body(spec.title, style.title, spec.body, style.body, inner.w, room, gap,
                                    spec.layout, refuse=last)
        if fitted:
            title, body = fitted
            break
        side -= 18
    texts.append(Placed(title, cx, y, True))
    y -= title.height + gap
    if spec.body:
        texts.append(Placed(body, cx, y, True))
        y -= body.height + gap
    group_top = bottom + (y - bottom + group_h) / 2  # centre the QR group in what is left
    texts.append(Placed(scan, cx, group_top, True))
    qr = Box(cx - side / 2, group_top - scan.height - gap / 2 - side, side, side)
    return SlotPlan(texts, logo, qr, cx, qr.y - 1, inner.w, cx, bottom + gap, inner.w if style.link else 0)


def plan_cards(checked: CheckedFlyers, w: float, h: float) -> SlotPlan:
    """Business card: QR, tag and 'scan' wording on the left; logo, title, body, date, contact on the right."""
    spec, style = checked.spec, STYLES["cards"]
    words = _wording(checked)
    inner = Box(style.padding, style.padding, w - 2 * style.padding, h - 2 * style.padding)
    side = style.qr_side
    scan = fit_or_refuse(words["scan"], style.scan, side, 2 * style.scan.largest * 1.2, "wording", "cards")
    tag_h = style.tag_size * 1.3 if spec.sources else 0
    column_h = side + tag_h + 2 + scan.height
    qr_top = inner.y + (inner.h + column_h) / 2
    qr = Box(inner.x, qr_top - side, side, side)
    texts = [Placed(scan, inner.x + side / 2, qr.y - tag_h - 2, True)]
    right = Box(inner.x + side + 8, inner.y, inner.w - side - 8, inner.h)
    y, gap = right.top, style.gap
    logo = None
    size = _logo_box(spec.logo, right.w, style.logo_h)
    if size:
        logo = Box(right.x, y - size[1], *size)
        y -= size[1] + gap
    bottom = right.y
    for text, st, what in ((spec.contact, style.contact, "contact line"), (words["closes"], style.closes, "closing date")):
        if text:
            block = fit_or_refuse(text, st, right.w, st.max_lines * st.largest * st.leading, what, "cards")
            texts.append(Placed(block, right.x, bottom + block.height, False))
            bottom += block.height + gap / 2
    room = y - bottom - gap
    title, body = fit_title_and_body(spec.title, style.title, spec.body, style.body, right.w, room, gap, "cards",
                                     refuse=True)
    texts.append(Placed(title, right.x, y, False))
    if spec.body:
        texts.append(Placed(body, right.x, y - title.height - gap, False))
    return SlotPlan(texts, logo, qr, qr.x + side / 2, qr.y - 1, side + 6)


def _draw_text(c: Canvas, placed: Placed, colour=black) -> None:
    block = placed.block
    c.setFillColor(colour)
    c.setFont(block.font, block.size)
    baseline = placed.top - _ascent(block.font, block.size)
    for line in block.lines:
        if placed.centred:
            c.drawCentredString(placed.x, baseline, line)
        else:
            c.drawString(placed.x, baseline, line)
        baseline -= block.leading


def qr_matrix(link: str) -> list[list[bool]]:
    """The code's modules, quiet zone included (error correction M, smallest version that fits)."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(link)
    code.make(fit=True)
    return code.get_matrix()


def _refuse_dense(link: str, layout: str, side: float) -> None:
    """Refuse a link too long for a readable code of this side, saying by how much."""
    fits = lambda text: side / len(qr_matrix(text)) >= STYLES[layout].min_module  # noqa: E731
    low, high = 0, len(link)
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if fits(link[:middle]) else (low, middle)
    if layout == "poster":
        raise InvalidInput("the link is too long for a QR code a phone can read on {layout}: about {excess} "
                           "characters too long; use a shorter survey link", layout=layout, excess=len(link) - low)
    raise InvalidInput("the link is too long for a QR code a phone can read on {layout}: about {excess} "
                       "characters too long; use a shorter survey link or a larger layout",
                       layout=layout, excess=len(link) - low)


def draw_qr(c: Canvas, link: str, box: Box, layout: str) -> None:
    """The code as filled vector rectangles (one per run of dark modules in a row) on a white square."""
    matrix = qr_matrix(link)
    n = len(matrix)
    module = box.w / n
    if module < STYLES[layout].min_module:
        _refuse_dense(link, layout, box.w)
    c.setFillColor(white)
    c.rect(box.x, box.y, box.w, box.h, stroke=0, fill=1)
    c.setFillColor(black)
    path = c.beginPath()
    overlap = module * 0.03  # rows overlap a hair so renderers show no seams between them
    for row_index, row in enumerate(matrix):
        y = box.top - (row_index + 1) * module
        col = 0
        while col < n:
            if row[col]:
                start = col
                while col < n and row[col]:
                    col += 1
                path.rect(box.x + start * module, y - overlap, (col - start) * module, module + overlap)
            else:
                col += 1
    c.drawPath(path, stroke=0, fill=1)


def _draw_cut_marks(c: Canvas, layout: str, page: Sheet) -> None:
    """Short grey marks where to cut: handouts at the page edges plus a centre cross; cards outside the grid."""
    c.setStrokeColor(CUT_GREY)
    c.setLineWidth(0.5)
    if layout == "handout":  # marks run inwards from the page edges
        edges, direction, near, far = Box(0, 0, *page.page), 1, 0.15 * inch, 0.4 * inch
    else:  # marks run outwards from the edges of the card grid
        edges, direction, near, far = page.grid, -1, 6, 24
    for x in page.cut_x:
        c.line(x, edges.y + direction * near, x, edges.y + direction * far)
        c.line(x, edges.top - direction * near, x, edges.top - direction * far)
    for y in page.cut_y:
        right = edges.x + edges.w
        c.line(edges.x + direction * near, y, edges.x + direction * far, y)
        c.line(right - direction * near, y, right - direction * far, y)
    if layout == "handout":
        for x in page.cut_x:
            for y in page.cut_y:
                c.line(x - 6, y, x + 6, y)
                c.line(x, y - 6, x, y + 6)


def _draw_slot(c: Canvas, plan: SlotPlan, checked: CheckedFlyers, flyer, origin: Box) -> None:
    layout = checked.spec.layout
    c.saveState()
    c.translate(origin.x, origin.y)
    if plan.logo:
        c.drawImage(ImageReader(checked.spec.logo), plan.logo.x, plan.logo.y, plan.logo.w, plan.logo.h,
                    mask="auto", preserveAspectRatio=True)
    for placed in plan.texts:
        _draw_text(c, placed)
    draw_qr(c, flyer.link, plan.qr, layout)
    style = STYLES[layout]
    tag_bottom = plan.tag_top
    if flyer.tag:
        tag = fit(flyer.tag, TextStyle(REGULAR, style.tag_size, 4, 1), plan.tag_width, style.tag_size * 1.3)
        if tag:
            _draw_text(c, Placed(tag, plan.tag_x, plan.tag_top, True), GREY)
            tag_bottom -= tag.height
    if style.link and plan.link_width:
        shown = readable_link(flyer.link, flyer.tag)
        link = fit(f"{_wording(checked)['or_visit']} {shown}", style.link, plan.link_width, style.link.largest * 1.2 * 3)
        if link and tag_bottom - 4 - link.height >= plan.link_bottom:  # only where it clears the footer
            _draw_text(c, Placed(link, plan.link_x, tag_bottom - 4, True), GREY)
    c.restoreState()


def render_pdf(checked: CheckedFlyers, *, max_pages: int | None = None, progress=None) -> tuple[bytes, int]:
    """The whole PDF in memory (so a refusal never leaves a half-written file); (bytes, pages)."""
    register_fonts()
    spec = checked.spec
    for text, what in ((spec.title, "title"), (spec.body, "body"), (spec.contact, "contact line"),
                       *((tag, "source tag") for tag in spec.sources)):
        check_printable(text, what)
    layout = sheet(spec.layout, spec.paper)
    first = layout.slots[0]
    plan = (plan_cards if spec.layout == "cards" else plan_vertical)(checked, first.w, first.h)
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=layout.page, invariant=1, pageCompression=1)
    c.setTitle(spec.title)
    c.setCreator("Outreach")
    c.setSubject(spec.url)
    per_page = len(layout.slots)
    flyers = checked.flyers
    pages = 0
    for start in range(0, len(flyers), per_page):
        if max_pages is not None and pages >= max_pages:
            break
        for flyer, slot in zip(flyers[start:start + per_page], layout.slots):
            _draw_slot(c, plan, checked, flyer, slot)
        if spec.layout != "poster":
            _draw_cut_marks(c, spec.layout, layout)
        c.showPage()
        pages += 1
        if progress:
            progress(min(start + per_page, len(flyers)), len(flyers), "flyers")
    c.save()
    return buffer.getvalue(), pages


def check_output_path(out: str | os.PathLike) -> Path:
    """The output file's path if its folder exists and can be written; a refusal naming it otherwise."""
    path = Path(out).expanduser()
    if path.is_dir():
        raise InvalidInput("{path} is a folder; give a file name such as flyers.pdf", path=path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInput("cannot write {path}: the folder {folder} does not exist", path=path, folder=folder)
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise InvalidInput("cannot write {path}: permission denied", path=path)
    return path


def write_pdf(checked: CheckedFlyers, out, progress=None) -> RenderResult:
    """Render every flyer and write the PDF atomically; the folder is checked before any drawing."""
    check_output_path(out)
    data, pages = render_pdf(checked, progress=progress)
    path = write_bytes_atomically(out, data)
    return RenderResult(str(path), pages, len(checked.flyers))


def make_flyers(spec, out, *, allow_past: bool = False, today=None, progress=None) -> RenderResult:
    """Check spec, draw every flyer and write the PDF to out (atomically). The one call CLI and window use."""
    from .spec import check_spec

    checked = check_spec(spec, today=today, allow_past=allow_past)
    return write_pdf(checked, out, progress=progress)


def preview_pdf(spec, *, today=None) -> bytes:
    """The first page only, in memory, for the window's live preview (a past closing date is allowed)."""
    from dataclasses import replace

    from .spec import check_spec

    checked = check_spec(spec, today=today, allow_past=True)
    per_page = len(sheet(checked.spec.layout, checked.spec.paper).slots)
    data, _ = render_pdf(replace(checked, flyers=checked.flyers[:per_page]), max_pages=1)
    return data
