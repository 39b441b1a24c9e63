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
