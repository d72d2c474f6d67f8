from datetime import date
from decimal import Decimal

import pytest

from app.domain.issues import Severity
from app.domain.targets import Target
from app.domain.validation import validate_voucher
from app.domain.voucher import VoucherLine
from app.resources import default_vat_table, vat_table_for
from tests.domain.builders import line, voucher

FI = default_vat_table("FI")
CH = default_vat_table("CH")


def codes(issues):
    return {(i.code, i.line, i.field) for i in issues}


def errors(issues):
    return [i for i in issues if i.severity is Severity.ERROR]


def test_a_good_voucher_has_no_errors():
    v = voucher(line("1701", debit="2990.00"), line("3000", credit="2990.00", vat_code="S"),
                company_id="0737546-2", type="ML")
    assert validate_voucher(v, FI, Target.CONFIRMA) == []


def test_unbalanced_names_the_difference():
    v = voucher(line("1701", debit="100.00"), line("3000", credit="87.50"))
    (issue,) = validate_voucher(v, FI)
    assert issue.code == "unbalanced" and "12.50" in issue.message


def test_net_mode_balances_on_gross():
    # 2382.47 net + 607.53 VAT = 2990.00 gross on the credit side.
    from app.domain.voucher import VatMode
    v = voucher(line("1701", debit="2990.00"), line("3000", credit="2382.47", vat_code="S"), mode=VatMode.NET)
    assert errors(validate_voucher(v, FI)) == []


def test_empty_voucher():
    assert codes(validate_voucher(voucher(VoucherLine()), FI)) == {("empty", None, "lines")}


@pytest.mark.parametrize("account, code", [("", "account_missing"), ("17O1", "account_malformed"),
                                           ("17 01", "account_malformed")])
def test_account_missing_or_malformed(account, code):
    v = voucher(line(account, debit="1.00"), line("3000", credit="1.00"))
    assert (code, 1, "account") in codes(validate_voucher(v, FI))


def test_account_not_in_chart():
    v = voucher(line("1701", debit="1.00"), line("9999", credit="1.00"))
    assert ("account_unknown", 2, "account") in codes(validate_voucher(v, FI, chart={"1701", "3000"}))


def test_infinity_accounts_are_four_digits():
    v = voucher(line("102", debit="1.00"), line("3200", credit="1.00"), currency="CHF")
    assert ("account_out_of_range", 1, "account") in codes(validate_voucher(v, CH, Target.INFINITY))


@pytest.mark.parametrize("debit, credit, code, field", [
    ("0", None, "amount_zero", "debit"),
    ("-5.00", None, "amount_negative", "debit"),
    ("1.005", None, "amount_decimals", "debit"),
    ("1000000000.00", None, "amount_too_large", "debit"),
    ("5.00", "5.00", "debit_and_credit", "credit"),
    (None, None, "amount_missing", "debit"),
])
def test_amount_problems_point_at_the_cell(debit, credit, code, field):
    v = voucher(line("1701", debit=debit, credit=credit, text="x"), line("3000", credit="5.00"))
    found = validate_voucher(v, FI)
    assert (code, 1, field) in codes(found)
    assert all(i.message for i in found)


def test_negative_amount_suggests_the_other_column():
    v = voucher(line("1701", debit="-5.00"), line("3000", credit="5.00"))
    assert "as a credit" in validate_voucher(v, FI)[0].message


def test_missing_date():
    assert ("date_missing", None, "date") in codes(validate_voucher(voucher(line("1", debit="1"), line("2", credit="1"), day=None), FI))


def test_vat_code_unknown_and_outside_dates():
    v = voucher(line("1020", debit="107.70"), line("3200", credit="107.70", vat_code="UN77"),
                day="2025-03-01", currency="CHF")
    found = validate_voucher(v, CH, Target.INFINITY)
    assert ("vat_code_outside_dates", 2, "vat_code") in codes(found)
    v.lines[1].vat_code = "ZZ"
    assert ("vat_code_unknown", 2, "vat_code") in codes(validate_voucher(v, CH, Target.INFINITY))


def test_description_limits_per_target():
    v = voucher(line("1020", debit="1.00"), line("3200", credit="1.00"), description="x" * 129, currency="CHF")
    assert ("description_too_long", None, "description") in codes(validate_voucher(v, CH, Target.INFINITY))
    v.currency = "EUR"
    v.description = "x" * 210
    assert "description_too_long" not in {i.code for i in validate_voucher(v, FI, Target.CONFIRMA)}
    v.description = "x" * 211
    assert ("description_too_long", None, "description") in codes(validate_voucher(v, FI, Target.CONFIRMA))


def test_y_tunnus_is_a_warning_even_for_the_vendor_placeholder():
    v = voucher(line("1701", debit="1.00"), line("3000", credit="1.00"), company_id="123456-7", type="ML")
    (issue,) = validate_voucher(v, FI, Target.CONFIRMA)
    assert issue.severity is Severity.WARNING and issue.field == "company_id"
    v.company_id = "0737546-3"
    (issue,) = validate_voucher(v, FI, Target.CONFIRMA)
    assert "should be 2" in issue.message


@pytest.mark.parametrize("currency, code", [("eur", "currency_malformed"), ("EURO", "currency_malformed"),
                                            ("XYZ", "currency_unknown")])
def test_currency_code(currency, code):
    v = voucher(line("1701", debit="1.00"), line("3000", credit="1.00"), currency=currency)
    assert (code, None, "currency") in codes(validate_voucher(v, FI))


def test_confirma_needs_a_voucher_type():
    v = voucher(line("1701", debit="1.00"), line("3000", credit="1.00"), company_id="0737546-2")
    assert ("type_missing", None, "type") in codes(errors(validate_voucher(v, FI, Target.CONFIRMA)))
    assert "type_missing" not in {i.code for i in validate_voucher(v, FI)}


def test_confirma_takes_euros_only():
    v = voucher(line("1701", debit="1.00"), line("3000", credit="1.00"), currency="SEK")
    assert ("currency_not_supported", None, "currency") in codes(validate_voucher(v, FI, Target.CONFIRMA))


@pytest.mark.parametrize("rate", ["0", "-0.98"])
def test_exchange_rate_must_be_positive(rate):
    v = voucher(line("1020", debit="1.00"), line("3200", credit="1.00"), currency="EUR", exchange_rate=Decimal(rate))
    assert ("exchange_rate_not_positive", None, "exchange_rate") in codes(validate_voucher(v, CH, Target.INFINITY))


def test_infinity_cannot_pair_vat_codes_on_both_sides():
    v = voucher(line("4200", debit="108.10", vat_code="VM"), line("3200", credit="108.10", vat_code="UN"),
                currency="CHF")
    found = validate_voucher(v, CH, Target.INFINITY)
    assert {i.code for i in errors(found)} == {"infinity_unpairable"}


def test_validation_never_raises_on_odd_input():
    v = voucher(line("1701", debit="NaN"), line("", credit="Infinity", vat_code="??"), VoucherLine(text="only text"),
                currency="", exchange_rate=Decimal("-1"), company_id="x")
    found = validate_voucher(v, vat_table_for(None), Target.INFINITY)
    assert errors(found)


def test_blank_lines_are_ignored():
    v = voucher(line("1701", debit="1.00"), VoucherLine(), line("3000", credit="1.00"))
    assert errors(validate_voucher(v, FI)) == []
    assert v.booking_date(v.lines[0]) == date(2025, 12, 13)
