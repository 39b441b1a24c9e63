"""Dates typed into the window's date fields: the date typed, or a refusal naming it (never another date)."""

import datetime as dt

import pytest

from outreach_app.core.errors import InvalidInput
from outreach_app.core.validate import far_from_today, parse_typed_date


@pytest.mark.parametrize("typed, expected", [
    ("2027-03-15", "2027-03-15"), ("2027-3-15", "2027-03-15"), (" 2027-3-5 ", "2027-03-05"),
    ("2027/03/15", "2027-03-15"), ("2024-02-29", "2024-02-29"), ("2027-12-31", "2027-12-31")])
def test_an_iso_date_typed_as_a_person_types_it_is_that_date(typed, expected):
    assert parse_typed_date(typed) == expected
    assert parse_typed_date(typed, local_order="dmy") == expected  # the ISO order works in every locale


@pytest.mark.parametrize("typed, order, expected", [
    ("15/03/2027", "dmy", "2027-03-15"), ("5/3/2027", "dmy", "2027-03-05"), ("15.03.2027", "dmy", "2027-03-15"),
    ("03/15/2027", "mdy", "2027-03-15"), ("3/5/2027", "mdy", "2027-03-05")])
def test_the_locales_own_order_is_read_in_that_order(typed, order, expected):
    assert parse_typed_date(typed, local_order=order) == expected


@pytest.mark.parametrize("typed, message", [
    ("2025-02-30", "event date '2025-02-30' is not a real calendar date"),
    ("2027-13-01", "event date '2027-13-01' is not a real calendar date"),
    ("2023-02-29", "event date '2023-02-29' is not a real calendar date"),
    ("next tuesday", "event date 'next tuesday' is not a date: type it as YYYY-MM-DD"),
    ("15/03/2027", "event date '15/03/2027' is not a date: type it as YYYY-MM-DD"),  # not this locale's order
    ("27-03-15", "event date '27-03-15' is not a date: type it as YYYY-MM-DD"),
    ("", "event date is empty: type a date such as 2027-03-15")])
def test_an_impossible_or_unreadable_date_is_refused_naming_what_was_typed(typed, message):
    with pytest.raises(InvalidInput) as refused:
        parse_typed_date(typed, "event date")
    assert str(refused.value) == message


def test_the_refusal_in_a_day_first_locale_says_both_orders():
    with pytest.raises(InvalidInput) as refused:
        parse_typed_date("31/02/2027", "drop date", "dmy")
    assert str(refused.value) == "drop date '31/02/2027' is not a real calendar date"
    with pytest.raises(InvalidInput) as refused:
        parse_typed_date("15 mars", "drop date", "dmy")
    assert str(refused.value) == "drop date '15 mars' is not a date: type it as YYYY-MM-DD or DD/MM/YYYY"


@pytest.mark.parametrize("date, far", [
    ("2026-12-01", False), ("2027-12-01", False), ("2027-12-02", True), ("2025-12-01", False),
    ("2025-11-30", True), ("2031-12-01", True), ("2021-06-01", True)])
def test_a_date_more_than_a_year_from_today_is_far(date, far):
    assert far_from_today(date, dt.date(2026, 12, 1)) is far


def test_a_year_from_february_29_is_february_28():
    today = dt.date(2028, 2, 29)
    assert not far_from_today("2029-02-28", today) and far_from_today("2029-03-01", today)
    assert not far_from_today("2027-02-28", today) and far_from_today("2027-02-27", today)
