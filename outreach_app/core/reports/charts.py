"""The report's charts as reportlab drawings (vector, with real text): plans per event over time and
confidence answers. The window draws the same data with QtCharts; both read report_tables."""

from __future__ import annotations

import datetime as dt

from outreach_app.core.reports.text import format_number, format_percent_whole
from outreach_app.core.reports.summary import percent

BLUE, GREEN, RED, GREY = "#3a78b5", "#3c9a5f", "#c8553d", "#9a9a9a"


def point_label(point: dict, bucket: str, language: str = "en") -> str:
    """'Jun 19' / '19 juin' for an event or a week, 'Jun 2025' / 'juin 2025' for a month."""
    from babel.dates import format_date

    day = dt.date.fromisoformat(point["start"])
    locale = "fr_CA" if language == "fr" else "en_CA"
    if bucket == "month":
        return format_date(day, "MMM y", locale=locale)
    return format_date(day, "d MMM" if language == "fr" else "MMM d", locale=locale)


def short_day(iso: str, language: str = "en") -> str:
    """'Jun 19' / '19 juin'."""
    return point_label({"start": iso}, "event", language)


def _empty(width: float, height: float, text: str, fonts):
    from reportlab.graphics.shapes import Drawing, String

    drawing = Drawing(width, height)
    drawing.add(String(width / 2, height / 2, text, fontName=fonts.regular, fontSize=9, textAnchor="middle",
                       fillColor=_color(GREY)))
    return drawing


def _color(hex_value: str):
    from reportlab.lib import colors

    return colors.HexColor(hex_value)


def plans_chart(series: dict, language: str, fonts, width: float, height: float, empty_text: str):
    """Bars of plans per event (one per event, or the average per week / month)."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing

    points = series["points"]
    if not points:
        return _empty(width, height, empty_text, fonts)
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 34
    chart.width, chart.height = width - 44, height - 44
    values = [p["per_event"] for p in points]
    chart.data = [values]
    chart.bars[0].fillColor = _color(BLUE)
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = max(1, 6 - len(points) // 8)
    chart.valueAxis.valueMin = 0
    top = max(values) or 1
    chart.valueAxis.valueMax = top * 1.15
    chart.valueAxis.valueStep = _nice_step(top * 1.15)
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: format_number(int(v), language)
    chart.valueAxis.strokeColor = _color(GREY)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = _color("#e2e2e2")
    labels = [point_label(p, series["bucket"], language) for p in points]
    step = max(1, len(labels) // 14)  # keep at most ~14 readable labels
    chart.categoryAxis.categoryNames = [label if i % step == 0 else "" for i, label in enumerate(labels)]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 45 if len(points) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(points) > 6 else "n"
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = _color(GREY)
    if len(points) <= 16:
        chart.barLabelFormat = lambda v: format_number(round(v), language)
        chart.barLabels.fontName = fonts.regular
        chart.barLabels.fontSize = 6.5
        chart.barLabels.nudge = 5
    drawing.add(chart)
    return drawing


def confidence_chart(confidence: dict, language: str, fonts, width: float, height: float,
                     names: tuple[str, str, str], empty_text: str):
    """Horizontal bars: yes / no / not sure, with count and percent of answers."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing

    answered = confidence["answered"]
    if not answered:
        return _empty(width, height, empty_text, fonts)
    values = [confidence["yes"], confidence["no"], confidence["unsure"]]
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 62, 16
    chart.width, chart.height = width - 62 - 58, height - 30
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(names))
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.strokeColor = _color(GREY)
    chart.valueAxis.visible = False
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(values) or 1
    chart.bars.strokeColor = None
    for index, colour in enumerate(reversed((GREEN, RED, GREY))):
        chart.bars[(0, index)].fillColor = _color(colour)
    chart.barLabelFormat = lambda v: (f"{format_number(int(v), language)} · "
                                      f"{format_percent_whole(percent(int(v), answered), language)}")
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 4
    drawing.add(chart)
    return drawing


def _nice_step(top: float) -> float:
    """A round axis step giving about four grid lines."""
    raw = top / 4
    magnitude = 10 ** max(0, len(str(int(raw))) - 1)
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return float(factor * magnitude)
    return float(10 * magnitude)
