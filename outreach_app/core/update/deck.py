"""The update as a PowerPoint deck (python-pptx): 16:9 slides of editable text boxes, a native
(editable) column chart per chart section, the logo on the title and closing slides."""

from __future__ import annotations

import io

from .content import Update
from .outline import BULLETS_PER_SLIDE, Page, outline

SLIDE_WIDTH_IN, SLIDE_HEIGHT_IN = 13.333, 7.5
MARGIN_IN = 0.6
CHARS_PER_SLIDE = 900  # more text than this continues on the next slide
NAVY, ACCENT, GREY = (0x1F, 0x3A, 0x5F), (0x3A, 0x78, 0xB5), (0x59, 0x59, 0x59)
CONTINUED = " (…)"


def _size(blocks: list[tuple]) -> int:
    return sum(len(v) if isinstance(v, str) else sum(len(x) if isinstance(x, str) else 40 for x in v)
               for kind, v in blocks if kind != "chart")


def _chunks(blocks: list[tuple]) -> list[list[tuple]]:
    """The blocks of one page split into slides: long bullet lists by BULLETS_PER_SLIDE, long text by
    CHARS_PER_SLIDE, a heading kept with what follows it."""
    flat = []
    for kind, value in blocks:
        if kind == "bullets":
            flat += [("bullets", value[i:i + BULLETS_PER_SLIDE]) for i in range(0, len(value), BULLETS_PER_SLIDE)]
        else:
            flat.append((kind, value))
    slides, current = [], []
    for index, block in enumerate(flat):
        pending_heading = current and current[-1][0] == "heading"
        if current and not pending_heading and (_size(current + [block]) > CHARS_PER_SLIDE
                                                or (block[0] == "bullets" and any(k == "bullets" for k, _ in current))):
            slides.append(current)
            current = []
        current.append(block)
    if current:
        slides.append(current)
    return slides or [[]]


def _font_size(blocks: list[tuple]) -> int:
    size = _size(blocks)
    return 24 if size < 250 else 20 if size < 500 else 18 if size < 700 else 16


def render_pptx(update: Update) -> bytes:
    """The deck's bytes."""
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(SLIDE_WIDTH_IN), Inches(SLIDE_HEIGHT_IN)
    for page in outline(update):
        if page.key == "title":
            _title_slide(deck, page, update.logo)
            continue
        chunks = _chunks(page.blocks)
        size = min(_font_size(blocks) for blocks in chunks)  # a page's slides all use one text size
        for number, blocks in enumerate(chunks):
            title = page.title + (CONTINUED if number else "")
            _content_slide(deck, title, blocks, update.logo if page.key == "thanks" else None, size)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def _rgb(value):
    from pptx.dml.color import RGBColor

    return RGBColor(*value)


def _title_shape(slide, text: str, top: float, height: float, size: int):
    from pptx.util import Inches, Pt

    shape = slide.shapes.title
    shape.left, shape.top = Inches(MARGIN_IN), Inches(top)
    shape.width, shape.height = Inches(SLIDE_WIDTH_IN - 2 * MARGIN_IN), Inches(height)
    shape.text_frame.text = text
    shape.text_frame.word_wrap = True
    for paragraph in shape.text_frame.paragraphs:
        from pptx.enum.text import PP_ALIGN

        paragraph.alignment = PP_ALIGN.LEFT
        for run in paragraph.runs:
            run.font.size, run.font.bold, run.font.color.rgb = Pt(size), True, _rgb(NAVY)
    return shape


def _accent_bar(slide, top: float):
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches

    bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(MARGIN_IN), Inches(top), Inches(1.2), Inches(0.08))
    bar.fill.solid()
    bar.fill.fore_color.rgb = _rgb(ACCENT)
    bar.line.fill.background()


def _logo(slide, path: str | None, top: float = 0.4):
    from pptx.util import Inches

    if not path:
        return
    try:
        picture = slide.shapes.add_picture(path, Inches(0), Inches(top), height=Inches(1.0))
    except (OSError, ValueError):
        return  # the logo file moved or broke since it was chosen: the deck goes without it
    picture.left = Inches(SLIDE_WIDTH_IN - MARGIN_IN) - picture.width


def _title_slide(deck, page: Page, logo: str | None) -> None:
    from pptx.util import Inches, Pt

    slide = deck.slides.add_slide(deck.slide_layouts[5])  # "Title Only"
    _logo(slide, logo)
    _title_shape(slide, page.title, 2.2, 1.6, 40)
    _accent_bar(slide, 3.9)
    box = slide.shapes.add_textbox(Inches(MARGIN_IN), Inches(4.2), Inches(SLIDE_WIDTH_IN - 2 * MARGIN_IN), Inches(2))
    frame = box.text_frame
    frame.word_wrap = True
    for index, (_, line) in enumerate(page.blocks):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = line
        run.font.size, run.font.color.rgb = Pt(22 if index == 0 else 18), _rgb(GREY)


def _content_slide(deck, title: str, blocks: list[tuple], logo: str | None, size: int) -> None:
    from pptx.util import Inches

    slide = deck.slides.add_slide(deck.slide_layouts[5])
    _title_shape(slide, title, 0.35, 1.0, 30)
    _accent_bar(slide, 1.35)
    top, height = 1.65, SLIDE_HEIGHT_IN - 1.65 - 0.4
    width = SLIDE_WIDTH_IN - 2 * MARGIN_IN
    if logo:
        _logo(slide, logo, top=SLIDE_HEIGHT_IN - 1.5)
    for kind, value in blocks:
        if kind == "chart":
            notes = next((v for k, v in blocks if k == "notes"), [])
            chart_height = height - (0.3 * len(notes[:4]) + 0.1 if notes else 0)
            _chart(slide, value, Inches(MARGIN_IN), Inches(top), Inches(width), Inches(chart_height))
            if notes:
                _text_box(slide, [("paragraph", line) for line in notes[:4]], MARGIN_IN, top + chart_height,
                          width, height - chart_height, 12)
            return
        if kind == "columns":
            gap = 0.4
            column_width = (width - gap * (len(value) - 1)) / len(value)
            size = min(size, _font_size([("bullets", items) for _, items in value]))
            for index, (heading, items) in enumerate(value):
                left = MARGIN_IN + index * (column_width + gap)
                _text_box(slide, [("heading", heading), ("bullets", items)], left, top, column_width, height, size)
            return
    _text_box(slide, blocks, MARGIN_IN, top, width, height, size)


def _text_box(slide, blocks: list[tuple], left: float, top: float, width: float, height: float, size: int) -> None:
    from pptx.util import Inches, Pt

    box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    frame = box.text_frame
    frame.word_wrap = True
    first = True

    def paragraph(text: str, bold: bool = False, colour=None, space_before: int = 0, font_size: int = size):
        nonlocal first
        para = frame.paragraphs[0] if first else frame.add_paragraph()
        first = False
        para.space_before = Pt(space_before)
        run = para.add_run()
        run.text = text
        run.font.size, run.font.bold = Pt(font_size), bold
        if colour:
            run.font.color.rgb = _rgb(colour)

    for kind, value in blocks:
        if kind == "heading":
            paragraph(value, bold=True, colour=ACCENT, space_before=0 if first else 12, font_size=size + 2)
        elif kind == "paragraph":
            paragraph(value, space_before=4)
        elif kind == "bullets":
            for item in value:
                paragraph("•\u00a0" + item, space_before=4)


def _chart(slide, chart, left, top, width, height) -> None:
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.util import Pt

    data = CategoryChartData()
    data.categories = chart.labels
    data.add_series(chart.values_label or chart.title, chart.values)
    frame = slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, left, top, width, height, data)
    graph = frame.chart
    graph.has_legend = False
    graph.font.size = Pt(12 if len(chart.labels) <= 16 else 10)
    plot = graph.plots[0]
    plot.gap_width = 60
    plot.series[0].format.fill.solid()
    plot.series[0].format.fill.fore_color.rgb = _rgb(ACCENT)
    if len(chart.labels) <= 16:
        plot.has_data_labels = True
        plot.data_labels.number_format = "#,##0.#"
        plot.data_labels.number_format_is_linked = False
    graph.value_axis.has_major_gridlines = True
    graph.value_axis.tick_labels.number_format = "#,##0"
    graph.value_axis.tick_labels.number_format_is_linked = False
