"""The TrueType fonts Outreach's PDFs embed: DejaVu Sans where installed (Debian's fonts-dejavu-core),
else a common system sans; Helvetica (not embedded) only when no TrueType font is found."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

# (regular, bold) pairs, most wanted first
CANDIDATES = [
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
     "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
    ("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"),
    ("/System/Library/Fonts/Supplemental/Arial.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
    (os.path.expandvars(r"%WINDIR%\Fonts\arial.ttf"), os.path.expandvars(r"%WINDIR%\Fonts\arialbd.ttf")),
]


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    path: Path | None  # the embedded regular font file, None for the Helvetica fallback


_REGISTERED: Fonts | None = None


def _candidates():
    override = os.environ.get("OUTREACH_PDF_FONT")  # a .ttf to use instead (its bold: same file)
    if override:
        yield override, override
    yield from CANDIDATES


def register_fonts() -> Fonts:
    """Register the first usable TrueType pair with reportlab (once); Helvetica when none loads."""
    global _REGISTERED
    if _REGISTERED is not None:
        return _REGISTERED
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    for regular, bold in _candidates():
        if not os.path.isfile(regular):
            continue
        try:
            pdfmetrics.registerFont(TTFont("OutreachSans", regular))
            pdfmetrics.registerFont(TTFont("OutreachSans-Bold", bold if os.path.isfile(bold) else regular))
        except (TTFError, OSError, ValueError):
            continue
        pdfmetrics.registerFontFamily("OutreachSans", normal="OutreachSans", bold="OutreachSans-Bold",
                                      italic="OutreachSans", boldItalic="OutreachSans-Bold")
        from reportlab.graphics.shapes import STATE_DEFAULTS

        STATE_DEFAULTS["fontName"] = "OutreachSans"  # drawings otherwise pull in an unembedded Helvetica
        _REGISTERED = Fonts("OutreachSans", "OutreachSans-Bold", Path(regular))
        return _REGISTERED
    _REGISTERED = Fonts("Helvetica", "Helvetica-Bold", None)
    return _REGISTERED
