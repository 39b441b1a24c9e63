"""A chart section drawn as a PNG with Pillow (for the Word document, which has no native charts)."""

from __future__ import annotations

import io

WIDTH, HEIGHT = 1600, 800
BLUE, GREY, LIGHT, INK = (58, 120, 181), (154, 154, 154), (226, 226, 226), (40, 40, 40)


def _font(size: int):
    from PIL import ImageFont

    from outreach_app.core.pdf_fonts import register_fonts

    path = register_fonts().path
    try:
        return ImageFont.truetype(str(path), size) if path else ImageFont.load_default()
    except OSError:
        return ImageFont.load_default()


def chart_png(chart, language: str = "en") -> bytes:
    """Bars of chart.values labelled with chart.labels (at most ~14 labels written), value labels
    over the bars when there are few."""
    from PIL import Image, ImageDraw

    from outreach_app.core.reports.text import format_number

    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    small, label_font = _font(22), _font(24)
    left, right, top, bottom = 110, WIDTH - 30, 40, HEIGHT - 150
    values = list(chart.values) or [0]
    peak = max(values) or 1
    scale_top = peak * 1.15
    for i in range(5):
        value = scale_top * i / 4
        y = bottom - (bottom - top) * i / 4
        draw.line([(left, y), (right, y)], fill=LIGHT, width=2)
        draw.text((left - 12, y), format_number(int(round(value)), language), fill=INK, font=small, anchor="rm")
    slot = (right - left) / len(values)
    step = max(1, len(values) // 14)
    for index, value in enumerate(values):
        x0 = left + slot * index + slot * 0.15
        x1 = left + slot * (index + 1) - slot * 0.15
        y = bottom - (bottom - top) * value / scale_top
        draw.rectangle([x0, y, x1, bottom], fill=BLUE)
        if len(values) <= 16:
            draw.text(((x0 + x1) / 2, y - 6), format_number(int(round(value)), language), fill=INK, font=small,
                      anchor="mb")
        if index % step == 0 and index < len(chart.labels):
            label = Image.new("RGBA", (260, 40), (255, 255, 255, 0))
            ImageDraw.Draw(label).text((258, 20), chart.labels[index], fill=INK, font=label_font, anchor="rm")
            rotated = label.rotate(40, expand=True, resample=Image.BICUBIC)
            image.paste(rotated, (int((x0 + x1) / 2 - rotated.width + 12), bottom + 6), rotated)
    draw.line([(left, bottom), (right, bottom)], fill=GREY, width=2)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()
