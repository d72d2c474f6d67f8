from decimal import Decimal

import pytest

from app.domain.money import AmountError, decimal_places, format_amount, from_cents, parse_amount, round_cents, to_cents


@pytest.mark.parametrize("typed, expected", [
    ("1 234,56", "1234.56"),
    ("1234.56", "1234.56"),
    ("1'234.50", "1234.50"),
    ("-12,5", "-12.5"),
    ("1\u00a0234,56", "1234.56"),
    ("1.234,56", "1234.56"),
    ("1,234.56", "1234.56"),
    ("2990", "2990"),
    ("0,05", "0.05"),
    ("12,50-", "-12.50"),
    ("+7", "7"),
    (",5", "0.5"),
])
def test_parse_amount_reads_what_bookkeepers_type(typed, expected):
    assert parse_amount(typed) == Decimal(expected)
    assert isinstance(parse_amount(typed), Decimal)


@pytest.mark.parametrize("typed", ["", "  ", "abc", "12a", "1,2,3.4.5", "1.2.3", "1 23,4,5", "--5", "1e5"])
def test_parse_amount_refuses_with_a_message(typed):
    with pytest.raises(AmountError) as caught:
        parse_amount(typed)
    assert str(caught.value)  # a sentence for the bookkeeper, not a bare exception


def test_parse_amount_with_explicit_separator():
    assert parse_amount("1.234", decimal_sep=",") == Decimal("1234")
    assert parse_amount("1,234", decimal_sep=".") == Decimal("1234")


def test_round_cents_is_half_up_and_sign_symmetric():
    assert round_cents(Decimal("0.005")) == Decimal("0.01")
    assert round_cents(Decimal("-0.005")) == Decimal("-0.01")
    assert round_cents(Decimal("2382.4701")) == Decimal("2382.47")
    assert round_cents(Decimal("0.0049")) == Decimal("0.00")


def test_cents_round_trip():
    assert to_cents(Decimal("120.50")) == 12050
    assert to_cents(Decimal("-0.01")) == -1
    assert from_cents(12050) == Decimal("120.50")
    with pytest.raises(ValueError):
        to_cents(Decimal("1.005"))


def test_format_amount_in_locale_styles():
    assert format_amount(Decimal("1234.5"), ",", " ") == "1 234,50"
    assert format_amount(Decimal("1234.56"), ".", "'") == "1'234.56"
    assert format_amount(Decimal("-1234567.8")) == "-1234567.80"
    assert format_amount(Decimal("-1234567.8"), ",", "\u00a0") == "-1\u00a0234\u00a0567,80"


def test_decimal_places():
    assert decimal_places(Decimal("2.50")) == 1
    assert decimal_places(Decimal("2.505")) == 3
    assert decimal_places(Decimal("300")) == 0
