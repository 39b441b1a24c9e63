"""Responses per week drawn with QtCharts, the weeks flyers were left and posts went out marked above
the bars. It draws the core's `weeks` list (core.surveys.report); it computes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from outreach_app.core.reports.charts import short_day

BLUE, ORANGE, GREEN = "#3a78b5", "#c06f00", "#2f7d4a"


class SurveyWeeksChart(QWidget):
    """Bars: responses per week; orange triangles: flyer drops that week; green dots: posts."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtCharts import QChart, QChartView  # Addons: imported when the survey screen is built

        self.chart = QChart()
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAccessibleName(self.tr("Chart: survey responses per week, with flyer drops and posts"))
        self.view.setMinimumHeight(240)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.shown_weeks: list[dict] = []

    def show_weeks(self, weeks: list[dict], language: str = "en") -> None:
        """Draw these weeks (a new chart each time: the view deletes the old one with its axes)."""
        from PySide6.QtCharts import (QBarSeries, QBarSet, QCategoryAxis, QChart, QScatterSeries, QValueAxis)

        chart = QChart()
        chart.setBackgroundRoundness(0)
        chart.setTitle(self.tr("Responses per week"))
        self.view.setChart(chart)
        self.chart = chart
        self.shown_weeks = weeks
        if not weeks:
            chart.setTitle(self.tr("No responses imported yet"))
            chart.legend().hide()
            return
        peak = max(1, max(w["responses"] for w in weeks))
        bars = QBarSet(self.tr("Responses"))
        bars.setColor(QColor(BLUE))
        bars.append([float(w["responses"]) for w in weeks])
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.75)
        chart.addSeries(series)
        drops = QScatterSeries()
        drops.setName(self.tr("Flyers left"))
        drops.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeTriangle)
        drops.setMarkerSize(11)
        drops.setColor(QColor(ORANGE))
        drops.setBorderColor(QColor(ORANGE))
        posts = QScatterSeries()
        posts.setName(self.tr("Posts"))
        posts.setMarkerSize(9)
        posts.setColor(QColor(GREEN))
        posts.setBorderColor(QColor(GREEN))
        top = peak * 1.4
        for i, week in enumerate(weeks):
            if week["drops"]:
                drops.append(i, peak * 1.28)
            if week["posts"]:
                posts.append(i, peak * 1.1)
        chart.addSeries(drops)
        chart.addSeries(posts)
        axis_x = QCategoryAxis()
        axis_x.setRange(-0.5, len(weeks) - 0.5)
        axis_x.setStartValue(-0.5)
        step = max(1, -(-len(weeks) // 8))
        for i in range(0, len(weeks), step):
            axis_x.append(short_day(weeks[i]["week"], language), min(i + step, len(weeks)) - 0.5)
        axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
        axis_x.setGridLineVisible(False)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        if top <= 10:  # a few responses: one tick per whole response, never "0 0 1 1"
            whole = int(-(-top // 1))
            axis_y.setRange(0, whole)
            axis_y.setTickCount(whole + 1)
        else:
            axis_y.setRange(0, top)
            axis_y.applyNiceNumbers()
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for each in (series, drops, posts):
            each.attachAxis(axis_x)
            each.attachAxis(axis_y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
