"""Reading typed amounts and dates, and showing them per locale."""

from datetime import date
from decimal import Decimal

import pytest

from app.editing.cells import (
    AmountError,
    DateError,
    NumberFormat,
    format_amount_cell,
    format_date_cell,
    number_format,
    parse_amount_cell,
    parse_date_cell,
    parse_decimal_cell,
)

FI, CH, EN = number_format("fi"), number_format("de-CH"), number_format("en")


@pytest.mark.parametrize("text, expected", [
    ("1 234,56", "1234.56"), ("1234.56", "1234.56"), ("1'234.50", "1234.50"), ("-12,5", "-12.5"),
    ("2990,00", "2990.00"), ("1\u00a0234,56", "1234.56"), ("12,50-", "-12.50"), ("\u2212 7", "-7"),
    ("100+25,50", "125.50"), ("3*19,90", "59.70"), ("(10+5)/2", "7.50"), ("100 - 25,5", "74.5"),
    ("2*(3+4)", "14"), ("-(5)", "-5"), ("=1+1", "2"), ("1 234,56 €", "1234.56"), ("EUR 10", "10"),
    ("100/3", "33.33"), ("200/3", "66.67"), ("1,005*1", "1.005"), ("1.234,56", "1234.56"),
    ("0,125", "0.125"), ("3\u00d72", "6"),
])
def test_amounts_in_the_finnish_profile(text, expected):
    value = parse_amount_cell(text, FI)
    assert value == Decimal(expected) and str(value) == expected


@pytest.mark.parametrize("fmt, text, expected", [
    (EN, "1,234", "1234"), (FI, "1,234", "1.234"), (EN, "1,234.56", "1234.56"), (EN, "12,5", "12.5"),
    (CH, "1'234.50", "1234.50"), (CH, "1.234", "1.234"), (EN, "1,234,567.89", "1234567.89"),
    (CH, "1'000*2", "2000"),
])
def test_the_profile_locale_settles_ambiguous_separators(fmt, text, expected):
    assert str(parse_amount_cell(text, fmt)) == expected


@pytest.mark.parametrize("text", ["", "abc", "12a", "1 23", "1,2,3.4.5", "100+", "(1+2", "1+2)", "5/0",
                                  "5/(2-2)", "1e5", "2**3", "__import__('os')", "1" * 250, "()", "+"])
def test_unreadable_amounts_say_so(text):
    with pytest.raises(AmountError):
        parse_amount_cell(text, FI)


def test_exact_results_keep_their_decimals_only_division_rounds():
    # More than two decimals is left for validation to flag; a quotient is rounded half-up to cents.
    assert parse_amount_cell("0,105*3", FI) == Decimal("0.315")
    assert parse_amount_cell("0,01/2", FI) == Decimal("0.01")
    assert parse_amount_cell("-0,01/2", FI) == Decimal("-0.01")


def test_plain_decimal_for_exchange_rates():
    assert parse_decimal_cell("1,0825", FI) == Decimal("1.0825")
    assert parse_decimal_cell("-0.5", EN) == Decimal("-0.5")
    with pytest.raises(AmountError):
        parse_decimal_cell("1+1", FI)


@pytest.mark.parametrize("fmt, value, shown", [
    (FI, "1234.56", "1 234,56"), (CH, "1234.56", "1'234.56"), (EN, "1234.56", "1,234.56"),
    (FI, "-1234567.5", "-1 234 567,50"), (FI, "0", "0,00"), (EN, "12.345", "12.345"),
    (FI, "1234.5678", "1 234,5678"),
])
def test_amounts_shown_per_locale(fmt, value, shown):
    assert format_amount_cell(Decimal(value), fmt) == shown


def test_locale_may_be_given_as_a_number_format():
    fmt = NumberFormat(",", ".")
    assert number_format(fmt) is fmt
    assert format_amount_cell(Decimal("1234.5"), fmt) == "1.234,50"
    with pytest.raises(ValueError):
        number_format("xx")


TODAY = date(2025, 12, 20)


@pytest.mark.parametrize("text, current, expected", [
    ("2025-12-12", None, date(2025, 12, 12)), ("12.12.2025", None, date(2025, 12, 12)),
    ("12.12.", None, date(2025, 12, 12)), ("12.12", None, date(2025, 12, 12)),
    ("12.12.25", None, date(2025, 12, 12)), ("1.2.2026", None, date(2026, 2, 1)),
    ("12.12.", date(2024, 3, 1), date(2024, 12, 12)), ("t", None, TODAY), ("Today", date(2020, 1, 1), TODAY),
    ("+", None, date(2025, 12, 21)), ("-", None, date(2025, 12, 19)), ("+", date(2025, 12, 31), date(2026, 1, 1)),
    ("+3", None, date(2025, 12, 23)), ("-2", date(2025, 3, 1), date(2025, 2, 27)), ("  ", None, None),
])
def test_dates_and_shortcuts(text, current, expected):
    assert parse_date_cell(text, TODAY, current) == expected


@pytest.mark.parametrize("text", ["31.2.2025", "2025-13-01", "12/12/2025", "tomorrow", "12.12.202", "+x", "1.1.1"])
def test_unreadable_dates_say_so(text):
    with pytest.raises(DateError):
        parse_date_cell(text, TODAY)


def test_dates_shown_per_locale():
    assert format_date_cell(date(2025, 12, 2), FI) == "2.12.2025"
    assert format_date_cell(date(2025, 12, 2), EN) == "2025-12-02"
    assert format_date_cell(None, FI) == ""
