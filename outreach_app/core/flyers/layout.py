"""Page geometry of the three layouts, the fonts, and fitting text into a box (never overflowing).

All sizes are PDF points (1/72 inch). Imported only when a PDF is drawn (it loads reportlab).
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from outreach_app.core.errors import InvalidInput

PAGE_SIZES = {"letter": LETTER, "a4": A4}
REGULAR, BOLD = "OutreachSans", "OutreachSans-Bold"

_FONT_DIRS = [
    Path(__file__).resolve().parents[2] / "resources" / "fonts",  # a bundled copy, if packaging adds one
    Path("/usr/share/fonts/truetype/dejavu"),  # Debian, Ubuntu (fonts-dejavu-core)
    Path("/usr/share/fonts/TTF"),  # Arch
    Path("/usr/share/fonts/dejavu-sans-fonts"),  # Fedora
]
_FONT_PAIRS = [("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")]


def _font_files() -> tuple[str, str]:
    """DejaVu Sans (wide coverage: accents, œ, ’, « ») if installed, else Bitstream Vera from reportlab."""
    for folder in _FONT_DIRS:
        for regular, bold in _FONT_PAIRS:
            if (folder / regular).is_file() and (folder / bold).is_file():
                return str(folder / regular), str(folder / bold)
    windows = Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"
    if (windows / "arial.ttf").is_file() and (windows / "arialbd.ttf").is_file():
        return str(windows / "arial.ttf"), str(windows / "arialbd.ttf")
    import reportlab

    fonts = Path(reportlab.__file__).parent / "fonts"
    return str(fonts / "Vera.ttf"), str(fonts / "VeraBd.ttf")


@functools.lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register the two TrueType fonts (embedded, subset, so text stays searchable); their files."""
    regular, bold = _font_files()
    pdfmetrics.registerFont(TTFont(REGULAR, regular))
    pdfmetrics.registerFont(TTFont(BOLD, bold))
    return regular, bold


def check_printable(text: str, what: str) -> None:
    """Refuse characters the embedded font has no glyph for (they would print as empty boxes)."""
    register_fonts()
    for name in (REGULAR, BOLD):
        glyphs = pdfmetrics.getFont(name).face.charToGlyph
        for char in text:
            if char not in "\n" and ord(char) not in glyphs:
                raise InvalidInput("{what} holds the character '{char}' (U+{code}), "
                                   "which the flyer font cannot print", what=what, char=char, code=f"{ord(char):04X}")


def width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


_SPACES = re.compile(r"[ \t]+")  # no-break spaces (French « », :) keep words together


def wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Greedy word wrap; a word wider than the line is broken between characters. Keeps line breaks."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in _SPACES.split(paragraph.strip(" \t")):
            if not word:
                continue
            candidate = f"{line} {word}" if line else word
            if width(candidate, font, size) <= max_width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = ""
            for char in word:
                if width(line + char, font, size) > max_width and line:
                    lines.append(line)
                    line = ""
                line += char
        lines.append(line)
    return lines


@dataclass(frozen=True)
class TextBlock:
    lines: list[str]
    font: str
    size: float
    leading: float

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading if any(self.lines) else 0.0


@dataclass(frozen=True)
class TextStyle:
    font: str
    largest: float
    smallest: float
    max_lines: int
    leading: float = 1.2


def fit(text: str, style: TextStyle, max_width: float, max_height: float) -> TextBlock | None:
    """The largest size (in half points) at which text fits the box, or None if even the smallest fails."""
    if not text:
        return TextBlock([], style.font, style.largest, style.largest * style.leading)
    size = style.largest
    while size >= style.smallest - 1e-6:
        lines = wrap(text, style.font, size, max_width)
        leading = size * style.leading
        if len(lines) <= style.max_lines and len(lines) * leading <= max_height + 1e-6:
            return TextBlock(lines, style.font, size, leading)
        size -= 0.5
    return None


def fit_or_refuse(text: str, style: TextStyle, max_width: float, max_height: float, what: str,
                  layout: str) -> TextBlock:
    """fit(), or a refusal that says how many characters too long the text is for this layout."""
    block = fit(text, style, max_width, max_height)
    if block is not None:
        return block
    low, high = 0, len(text)  # longest prefix that fits: low fits, high does not
    while high - low > 1:
        middle = (low + high) // 2
        if fit(text[:middle], style, max_width, max_height) is not None:
            low = middle
        else:
            high = middle
    if layout == "poster":
        raise InvalidInput("{what} is {excess} characters too long for the {layout} layout "
                           "({length} characters; about {fitting} fit); shorten it",
                           what=what, excess=len(text) - low, layout=layout, length=len(text), fitting=low)
    raise InvalidInput("{what} is {excess} characters too long for the {layout} layout "
                       "({length} characters; about {fitting} fit); shorten it or choose a larger layout",
                       what=what, excess=len(text) - low, layout=layout, length=len(text), fitting=low)


@dataclass(frozen=True)
class Box:
    x: float
    y: float  # bottom edge, as in PDF coordinates
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y + self.h


@dataclass(frozen=True)
class Sheet:
    """Where the flyers of one page go, and the cut marks between them."""

    page: tuple[float, float]
    slots: list[Box]
    cut_x: list[float]  # vertical cut lines
    cut_y: list[float]  # horizontal cut lines
    grid: Box  # the area the slots cover (cut marks are drawn outside it or at its edges)


def sheet(layout: str, paper: str) -> Sheet:
    """Poster: the page; handout: four quarters; cards: ten 3.5 × 2 inch business cards (2 × 5)."""
    page_w, page_h = PAGE_SIZES[paper]
    if layout == "poster":
        whole = Box(0, 0, page_w, page_h)
        return Sheet((page_w, page_h), [whole], [], [], whole)
    if layout == "handout":
        w, h = page_w / 2, page_h / 2
        slots = [Box(col * w, (1 - row) * h, w, h) for row in range(2) for col in range(2)]
        return Sheet((page_w, page_h), slots, [w], [h], Box(0, 0, page_w, page_h))
    card_w, card_h = 3.5 * inch, 2 * inch  # Avery 5371 / 8371 sheets; centred on A4 as well
    left, bottom = (page_w - 2 * card_w) / 2, (page_h - 5 * card_h) / 2
    slots = [Box(left + col * card_w, bottom + (4 - row) * card_h, card_w, card_h) for row in range(5) for col in range(2)]
    return Sheet((page_w, page_h), slots, [left, left + card_w, left + 2 * card_w],
                 [bottom + i * card_h for i in range(6)], Box(left, bottom, 2 * card_w, 5 * card_h))


def _sizes(style: TextStyle) -> list[float]:
    """Font sizes to try, largest first: whole points over a wide range, half points over a narrow one."""
    step = 1.0 if style.largest - style.smallest > 8 else 0.5
    sizes = []
    size = style.largest
    while size > style.smallest + 1e-6:
        sizes.append(size)
        size -= step
    return sizes + [style.smallest]


def fit_title_and_body(title: str, title_style: TextStyle, body: str, body_style: TextStyle, max_width: float,
                       room: float, gap: float, layout: str, *, refuse: bool) -> tuple[TextBlock, TextBlock] | None:
    """Title and body stacked in `room` points: keep the body readable first, then the title large.

    Tries the body at no less than the middle of its size range with the title as large as fits, then
    any body size. Without a fit: None, or (refuse=True) a refusal naming the text that is too long.
    """
    from dataclasses import replace

    preferred = (body_style.largest + body_style.smallest) / 2
    for smallest_body in (preferred, body_style.smallest):
        for size in _sizes(title_style):
            title_block = fit(title, replace(title_style, largest=size, smallest=size), max_width, room)
            if title_block is None:
                continue
            body_room = room - title_block.height - (gap if body else 0)
            body_block = fit(body, replace(body_style, smallest=smallest_body), max_width, body_room)
            if body_block is not None:
                return title_block, body_block
    if not refuse:
        return None
    title_block = fit_or_refuse(title, title_style, max_width, room, "title", layout)
    small_title = fit(title, replace(title_style, largest=title_style.smallest), max_width, room) or title_block
    fit_or_refuse(body, body_style, max_width, room - small_title.height - gap, "body", layout)
    raise AssertionError("unreachable: the body fits after all")
