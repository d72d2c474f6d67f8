"""Amount entry never guesses silently (issue 14 item 4): ambiguous separators are refused, brackets are negative.

The properties run over every supported number format: what the grid shows reads back as the same amount,
and an amount written in another format's style is read as the same amount or refused, never scaled.
"""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.money import parse_amount
from app.editing.cells import LOCALES, AmountError, format_amount_cell, number_format, parse_amount_cell

FI, CH, EN = number_format("fi"), number_format("de-CH"), number_format("en")
FORMATS = sorted(LOCALES)


def test_typed_1_250_in_a_finnish_cell_is_refused_not_read_as_1_25():
    with pytest.raises(AmountError) as caught:
        parse_amount_cell("1.250", FI)
    message = str(caught.value)
    assert "1.250" in message and "1250" in message and "1,25" in message


def test_typed_1_250_with_a_comma_in_a_swiss_cell_is_refused_not_read_as_1_25():
    with pytest.raises(AmountError) as caught:
        parse_amount_cell("1,250", CH)
    assert "1250" in str(caught.value) and "1.25" in str(caught.value)


@pytest.mark.parametrize("fmt, text, expected", [
    (FI, "1.250.000", "1250000"), (FI, "1.25", "1.25"), (FI, "1.2", "1.2"), (FI, "1.250,00", "1250.00"),
    (CH, "1,25", "1.25"), (CH, "1,250.00", "1250.00"), (EN, "1,250", "1250"), (FI, "1,250", "1.250"),
    (CH, "1.250", "1.250"), (EN, "1.250", "1.250"),
])
def test_separators_are_read_by_the_cell_formats_documented_rules(fmt, text, expected):
    assert parse_amount_cell(text, fmt) == Decimal(expected)


@pytest.mark.parametrize("fmt, text, expected", [
    (FI, "(100,00)", "-100.00"), (FI, "(1 234,56)", "-1234.56"), (CH, "(1'234.50)", "-1234.50"),
    (EN, "(1,250.00)", "-1250.00"), (FI, "( 100 )", "-100"), (FI, "(10+5)/2", "7.50"), (FI, "(10+5)", "-15"),
    (FI, "(100,00) EUR", "-100.00"),
])
def test_an_amount_in_brackets_is_negative(fmt, text, expected):
    assert parse_amount_cell(text, fmt) == Decimal(expected)


def test_an_amount_in_brackets_with_a_minus_is_refused_not_turned_positive():
    with pytest.raises(AmountError, match="[Bb]rackets"):
        parse_amount_cell("(-100)", FI)


@pytest.mark.parametrize("text, expected", [("(100,00)", "-100.00"), ("(1 234.56)", "-1234.56")])
def test_a_bracketed_amount_in_a_filter_field_is_negative(text, expected):
    assert parse_amount(text) == Decimal(expected)


_AMOUNTS = st.decimals(min_value=Decimal("-999999999.99"), max_value=Decimal("999999999.99"), places=2,
                       allow_nan=False, allow_infinity=False)


@settings(max_examples=300, deadline=None)
@given(amount=_AMOUNTS, name=st.sampled_from(FORMATS))
def test_what_the_grid_shows_reads_back_as_the_same_amount(amount, name):
    fmt = number_format(name)
    assert parse_amount_cell(format_amount_cell(amount, fmt), fmt) == amount


@settings(max_examples=300, deadline=None)
@given(amount=_AMOUNTS, cell=st.sampled_from(FORMATS), written=st.sampled_from(FORMATS))
def test_an_amount_written_in_another_format_is_read_as_itself_or_refused(amount, cell, written):
    text = format_amount_cell(amount, number_format(written))
    try:
        read = parse_amount_cell(text, number_format(cell))
    except AmountError:
        return
    assert read == amount


@settings(max_examples=300, deadline=None)
@given(whole=st.integers(min_value=1000, max_value=999_999_999), cell=st.sampled_from(FORMATS),
       group=st.sampled_from([",", ".", " ", "'"]))
def test_a_whole_amount_with_thousands_separators_is_never_scaled(whole, cell, group):
    """`1.250` written as a German would: read as 1250, refused, or (only where the separator is the cell's
    own decimal separator, as documented) read as a decimal; never silently as something else."""
    fmt = number_format(cell)
    text = f"{whole:,}".replace(",", group)
    try:
        read = parse_amount_cell(text, fmt)
    except AmountError:
        return
    if group == fmt.decimal_sep:
        assert text.count(group) == 1 and read == Decimal(text.replace(group, "."))
    else:
        assert read == whole
