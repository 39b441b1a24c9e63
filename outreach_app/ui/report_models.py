"""Qt views of the report's rows and charts: a table model over core's row dicts, and two QtCharts
charts (plans per event over time, confidence answers). They format; they never compute."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from outreach_app.core.reports.charts import BLUE, GREEN, GREY, RED, point_label, short_day
from outreach_app.core.reports.tables import BASELINE_ROW
from outreach_app.core.reports.text import format_number, format_percent, format_percent_whole
from outreach_app.core.reports.summary import percent

translate = QCoreApplication.translate


def _columns(widget, table: str) -> list[tuple[str, str, str]]:
    """(key, header, kind) per column; kind: text, date, count, percent."""
    def label(text: str) -> str:
        return translate("ReportTables", text)

    names = (translate("ReportTables", "Date"), translate("ReportTables", "Event"),
             translate("ReportTables", "Municipality"), translate("ReportTables", "Attendees"),
             translate("ReportTables", "Plans"), translate("ReportTables", "Yes"), translate("ReportTables", "No"),
             translate("ReportTables", "Not sure"), translate("ReportTables", "% yes"),
             translate("ReportTables", "Plan"), translate("ReportTables", "Events"),
             translate("ReportTables", "Plans distributed"), translate("ReportTables", "Share"))
    del names  # listed above for lupdate; label() below looks each one up
    return {
        "events": [("date", label("Date"), "date"), ("name", label("Event"), "text"), ("municipality", label("Municipality"), "text"),
                   ("attendees", label("Attendees"), "count"), ("plans", label("Plans"), "count"), ("yes", label("Yes"), "count"),
                   ("no", label("No"), "count"), ("unsure", label("Not sure"), "count"), ("percent_yes", label("% yes"), "percent")],
        "plans": [("plan", label("Plan"), "text"), ("events", label("Events"), "count"),
                  ("plans_distributed", label("Plans distributed"), "count"), ("percent_of_plans", label("Share"), "percent")],
        "municipalities": [("municipality", label("Municipality"), "text"), ("events", label("Events"), "count"),
                           ("attendees", label("Attendees"), "count"), ("plans_distributed", label("Plans distributed"), "count")],
    }[table]


class RowsModel(QAbstractTableModel):
    """Read-only table over a list of report row dicts (events, plans or municipalities)."""

    def __init__(self, table: str, parent: QWidget):
        super().__init__(parent)
        self.columns = _columns(parent, table)
        self.rows: list[dict] = []
        self.language = "en"
        self._baseline_label = translate("ReportTables", "Baselines (no plan named)")

    def set_rows(self, rows: list[dict], language: str = "en") -> None:
        self.beginResetModel()
        self.rows, self.language = rows, language
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.columns[section][1]
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        key, _, kind = self.columns[index.column()]
        value = self.rows[index.row()].get(key)
        if role == Qt.DisplayRole:
            if value is None:
                return "–"
            if kind == "count":
                return format_number(value, self.language)
            if kind == "percent":
                return format_percent(value, self.language)
            if kind == "date":
                return short_day(value, self.language)
            return self._baseline_label if value == BASELINE_ROW else str(value)
        if role == Qt.TextAlignmentRole and kind in ("count", "percent"):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole and kind == "date":
            return value
        return None


class _ChartBox(QWidget):
    def __init__(self, parent: QWidget, accessible_name: str):
        super().__init__(parent)
        from PySide6.QtCharts import QChart, QChartView  # Addons: imported when a report screen is built

        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setMargins(self.chart.margins() * 0)
        self.chart.setBackgroundRoundness(0)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.Antialiasing)
        self.view.setAccessibleName(accessible_name)
        self.view.setMinimumHeight(180)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def _clear(self, title: str) -> None:
        """Start from a new chart (the view deletes the old one with its axes and labels)."""
        from PySide6.QtCharts import QChart

        chart = QChart()
        chart.legend().hide()
        chart.setMargins(self.chart.margins())
        chart.setBackgroundRoundness(0)
        chart.setTitle(title)
        self.view.setChart(chart)
        self.chart = chart


class PlansChart(_ChartBox):
    """Bars of plans per event: one per event, or the average per week or month."""

    def __init__(self, parent: QWidget):
        super().__init__(parent, translate("PlansChart", "Chart: plans per event over time"))

    def label_step(self, labels: list[str], font) -> int:
        """Bars per date label, so that every label fits its span at the chart's width (at most ~7 labels)."""
        from PySide6.QtGui import QFontMetrics

        widest = max(QFontMetrics(font).horizontalAdvance(label) for label in labels) + 14
        room = max(1, (self.view.width() - 70) // widest)  # less the value axis and the margins
        count = len(labels)
        return max(1, -(-count // min(7, room)))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        shown = getattr(self, "_shown", None)
        if shown is not None and shown[2] != self.label_step(shown[3], shown[4]):
            self.show_series(shown[0], shown[1])  # narrower or wider: as many labels as now fit

    def show_series(self, series: dict, language: str) -> None:
        from PySide6.QtCharts import QBarSeries, QBarSet, QCategoryAxis, QValueAxis

        titles = {"event": self.tr("Plans handed out at each event"), "week": self.tr("Plans per event, by week"),
                  "month": self.tr("Plans per event, by month")}
        self._clear(titles[series["bucket"]])
        self._shown = None
        points = series["points"]
        if not points:
            self.chart.setTitle(self.tr("No events in this range"))
            return
        bars = QBarSet(self.tr("Plans"))
        bars.setColor(QColor(BLUE))
        bars.append([float(p["per_event"]) for p in points])
        data = QBarSeries()
        data.append(bars)
        data.setBarWidth(0.8)
        self.chart.addSeries(data)
        labels = [point_label(p, series["bucket"], language) for p in points]
        count = len(labels)
        axis_x = QCategoryAxis()
        small = axis_x.labelsFont()
        small.setPointSizeF(max(6.5, small.pointSizeF() - 1))
        step = self.label_step(labels, small)  # each label centred under the bars it spans, none cut short
        self._shown = (series, language, step, labels, small)
        axis_x.setRange(-0.5, count - 0.5)
        axis_x.setStartValue(-0.5)  # the first label's span starts at the first bar's edge, not its middle
        used: set[str] = set()
        for i in range(0, count, step):
            # labels must be unique: two events on one day get a zero-width space apiece, only those (QtCharts
            # gives each some width, so a run of them got labels cut short)
            label = labels[i]
            while label in used:
                label += "\u200b"
            used.add(label)
            axis_x.append(label, min(i + step, count) - 0.5)
        axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
        axis_x.setLabelsFont(small)
        axis_x.setGridLineVisible(False)
        axis_y = QValueAxis()
        axis_y.setRange(0, max(p["per_event"] for p in points) * 1.15 or 1)
        axis_y.setLabelFormat("%d")
        axis_y.applyNiceNumbers()
        self.chart.addAxis(axis_x, Qt.AlignBottom)
        self.chart.addAxis(axis_y, Qt.AlignLeft)
        data.attachAxis(axis_x)
        data.attachAxis(axis_y)


class ConfidenceChart(_ChartBox):
    """Horizontal bars: yes / no / not sure."""

    def __init__(self, parent: QWidget):
        super().__init__(parent, translate("ConfidenceChart", "Chart: confidence answers"))

    def show_confidence(self, confidence: dict, language: str) -> None:
        from PySide6.QtCharts import QBarCategoryAxis, QHorizontalStackedBarSeries, QBarSet, QValueAxis

        self._clear(self.tr("More confident after the review?"))
        if not confidence["answered"]:
            self.chart.setTitle(self.tr("More confident after the review? (no answers)"))
            return
        values = [confidence["unsure"], confidence["no"], confidence["yes"]]
        answered = confidence["answered"]
        names = [f"{name} {format_percent_whole(percent(value, answered), language)}"
                 for name, value in zip((self.tr("Not sure"), self.tr("No"), self.tr("Yes")), values)]
        data = QHorizontalStackedBarSeries()
        for index, (colour, value) in enumerate(zip((GREY, RED, GREEN), values)):
            bars = QBarSet(names[index])
            bars.setColor(QColor(colour))
            bars.append([float(value) if i == index else 0.0 for i in range(3)])
            data.append(bars)
        data.setBarWidth(0.7)
        self.chart.addSeries(data)
        axis_y = QBarCategoryAxis()
        axis_y.append(names)
        axis_x = QValueAxis()
        axis_x.setRange(0, max(values) * 1.15 or 1)
        axis_x.setLabelsVisible(False)  # the percentages are in the names; counts in the figures above
        self.chart.addAxis(axis_y, Qt.AlignLeft)
        self.chart.addAxis(axis_x, Qt.AlignBottom)
        data.attachAxis(axis_y)
        data.attachAxis(axis_x)
