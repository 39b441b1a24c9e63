"""The plans chart's date labels: each is centred under the bars it names, the first one too."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QWidget

from outreach_app.ui.report_models import PlansChart


@pytest.mark.parametrize("count", [1, 5, 14, 15])
def test_every_date_label_is_centred_under_its_bars(qtbot, count):
    parent = QWidget()
    qtbot.addWidget(parent)
    chart = PlansChart(parent)
    day = dt.date(2026, 6, 1)
    points = [{"start": (day + dt.timedelta(days=7 * i)).isoformat(), "per_event": 10 + i} for i in range(count)]
    chart.show_series({"bucket": "event", "points": points}, "en")
    axis = next(a for a in chart.chart.axes() if type(a).__name__ == "QCategoryAxis")
    labels = axis.categoriesLabels()
    assert labels
    first_bar = 0
    for label in labels:
        low, high = axis.startValue(label), axis.endValue(label)
        last_bar = round(high - 0.5)
        assert (low + high) / 2 == pytest.approx((first_bar + last_bar) / 2), label
        first_bar = last_bar + 1
    assert first_bar == count


@pytest.mark.parametrize("width", [260, 380, 900])
def test_date_labels_are_never_cut_short(qtbot, width):
    """French dates ("23 août") in a narrow chart: fewer labels, each with the room it needs."""
    from PySide6.QtGui import QFontMetrics

    parent = QWidget()
    qtbot.addWidget(parent)
    chart = PlansChart(parent)
    chart.resize(width, 260)
    parent.show()
    qtbot.waitExposed(parent)
    day = dt.date(2026, 8, 1)
    points = [{"start": (day + dt.timedelta(days=2 * i)).isoformat(), "per_event": 10} for i in range(14)]
    chart.show_series({"bucket": "event", "points": points}, "fr")
    qtbot.wait(20)
    axis = next(a for a in chart.chart.axes() if type(a).__name__ == "QCategoryAxis")
    metrics = QFontMetrics(axis.labelsFont())
    per_bar = chart.chart.plotArea().width() / len(points)
    for label in axis.categoriesLabels():
        room = (axis.endValue(label) - axis.startValue(label)) * per_bar
        assert metrics.horizontalAdvance(label) <= room, f"{label!r} needs more than {room:.0f} px"
    assert len(axis.categoriesLabels()) >= min(3, width // 150)


def test_labels_carry_no_invisible_characters_unless_two_share_a_date(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    chart = PlansChart(parent)
    chart.resize(1200, 260)
    dates = ["2026-08-01", "2026-08-01", "2026-08-05", "2026-08-09"]
    chart.show_series({"bucket": "event", "points": [{"start": d, "per_event": 5} for d in dates]}, "en")
    labels = next(a for a in chart.chart.axes() if type(a).__name__ == "QCategoryAxis").categoriesLabels()
    assert labels == ["Aug 1", "Aug 1\u200b", "Aug 5", "Aug 9"]
