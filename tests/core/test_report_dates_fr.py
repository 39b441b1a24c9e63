"""French report dates write the first of the month as an ordinal (1er), like the flyers do."""

from outreach_app.core.reports.text import format_day, format_range


def test_first_of_the_month_is_1er_in_french_only():
    assert format_day("2025-06-01", "fr") == "1er juin"
    assert format_range("2025-06-01", "2025-09-30", "fr") == "du 1er juin 2025 au 30 septembre 2025"
    assert format_day("2025-06-11", "fr") == "11 juin"
    assert format_day("2025-06-01", "en") == "June 1"
