"""The wire writer: Decimal as exact JSON numbers, floats refused, text untouched."""

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import wire_json


def test_decimals_are_json_numbers_with_their_digits():
    text = wire_json.dumps({"amount": Decimal("-2990.00"), "vat": Decimal("25.5"), "zero": Decimal("0")}, indent=None)
    assert text == '{"amount":-2990.00,"vat":25.5,"zero":0}'


def test_a_float_anywhere_is_refused():
    with pytest.raises(TypeError, match="float"):
        wire_json.dumps({"rows": [{"amount": 2990.0}]})


def test_non_finite_decimals_are_refused():
    with pytest.raises(ValueError):
        wire_json.dumps([Decimal("NaN")])


def test_text_that_looks_like_a_placeholder_is_left_alone():
    data = {"text": "dec0", "n": Decimal("1.10")}
    assert json.loads(wire_json.dumps(data), parse_float=Decimal) == data


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text()
    | st.decimals(allow_nan=False, allow_infinity=False, places=2),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=20)


@given(json_values)
def test_round_trip_is_exact(value):
    assert json.loads(wire_json.dumps(value), parse_float=Decimal, parse_int=int) == value
