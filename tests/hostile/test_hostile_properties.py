"""Properties: whatever a file holds, reading, checking and building the payload end in a result or a
VoucherFileError, never another exception (the corpus test proves the same through the CLI)."""

from __future__ import annotations

import json
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.targets import Target
from app.domain.voucher_file import VoucherFileError, parse_voucher_file
from app.domain.voucher_json import MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS
from app.services.voucher_files import build_payload, check_voucher
from tests.hostile.corpus import AMOUNT_FIELDS, DATE_FIELDS, TEXT_FIELDS
from tests.hostile.support import documented, with_raw

FIELDS = [*TEXT_FIELDS, *AMOUNT_FIELDS, *DATE_FIELDS, ("version",), ("lines",), ("lines", 0, "dimensions")]
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text() | st.decimals(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)
RAW_NUMBERS = st.from_regex(r"-?[0-9]{1,40}(\.[0-9]{1,40})?([eE][+-]?[0-9]{1,12})?", fullmatch=True)
PROPERTY = settings(max_examples=250, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])


def read_check_and_build(text: str) -> None:
    """The whole path of `validate` and `payload`; only VoucherFileError may leave it."""
    try:
        loaded = parse_voucher_file(text, "v.json")
    except VoucherFileError:
        return
    for target in (Target.CONFIRMA, Target.INFINITY):
        checked = check_voucher(loaded, target)
        if checked.valid:
            build_payload(checked)


@PROPERTY
@given(field=st.sampled_from(FIELDS), value=JSON_VALUES)
def test_any_json_value_in_any_field_is_read_or_refused(field, value):
    def exact(v):  # json.dumps cannot write Decimal; write it as the JSON number it is
        return json.dumps(v, default=str, ensure_ascii=False)
    read_check_and_build(with_raw(documented(), field, exact(value)))


@PROPERTY
@given(field=st.sampled_from(AMOUNT_FIELDS), number=RAW_NUMBERS, quoted=st.booleans())
def test_any_number_as_an_amount_is_read_within_bounds_or_refused(field, number, quoted):
    text = with_raw(documented(), field, json.dumps(number) if quoted else number)
    try:
        loaded = parse_voucher_file(text)
    except VoucherFileError as exc:
        assert field[-1] in str(exc) or "not valid JSON" in str(exc)  # e.g. 00: JSON's own syntax, line:column
        return
    amounts = [loaded.voucher.exchange_rate] + [x for line in loaded.voucher.lines for x in (line.debit, line.credit)]
    for amount in filter(None, amounts):
        digits, exponent = amount.as_tuple().digits, amount.as_tuple().exponent
        assert isinstance(amount, Decimal) and isinstance(exponent, int) and "e" not in number.lower()
        assert len(digits) + exponent <= MAX_INTEGER_DIGITS and -exponent <= MAX_FRACTION_DIGITS
    read_check_and_build(text)


@PROPERTY
@given(text=st.text(max_size=300))
def test_any_text_is_read_or_refused(text):
    read_check_and_build(text)
