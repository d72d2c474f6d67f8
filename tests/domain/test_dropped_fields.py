"""Fields the chosen target cannot carry are named, never dropped without a word (issue 14 item 6)."""

from datetime import date
from decimal import Decimal

from app.domain.targets import Target
from app.domain.targets.infinity import infinity_bodies
from app.domain.validation import validate_voucher
from app.resources import default_vat_table
from tests.domain.builders import line, voucher

CH, FI = default_vat_table("CH"), default_vat_table("FI")


def dropped(v, table, target):
    return {(i.line, i.field): i for i in validate_voucher(v, table, target) if i.code == "field_not_sent"}


def test_infinity_voucher_with_project_and_cost_centre_names_both_as_not_sent():
    v = voucher(line("1020", debit="120.50", project="PN12345", dimensions={"COST_CENTER": "1000"}),
                line("3200", credit="120.50", vat_code="UN"), currency="CHF", description="Einnahme")
    found = dropped(v, CH, Target.INFINITY)
    assert set(found) == {(1, "project"), (1, "cost_center")}
    assert "Infinity" in found[(1, "project")].message and "project" in found[(1, "project")].message
    assert "COST_CENTER" in found[(1, "cost_center")].message or "cost centre" in found[(1, "cost_center")].message
    assert all(not i.is_error for i in found.values())
    body = infinity_bodies(v, CH)[0]
    assert "PN12345" not in str(body) and "1000" not in str(body).replace("1020", "")  # indeed not sent


def test_infinity_voucher_number_and_type_are_named_as_not_sent():
    v = voucher(line("1020", debit="10.00"), line("3200", credit="10.00"), currency="CHF", number="1001",
                type="MU")
    assert {(None, "number"), (None, "type")} <= set(dropped(v, CH, Target.INFINITY))


def test_infinity_entry_keeps_one_text_and_names_the_other_lines_text():
    v = voucher(line("1020", debit="10.00", text="Bank"), line("3200", credit="10.00", text="Sale"),
                currency="CHF", description="Voucher text")
    found = dropped(v, CH, Target.INFINITY)
    assert set(found) == {(2, "text"), (None, "description")}
    assert "'Bank'" in found[(2, "text")].message


def test_infinity_entry_keeps_one_date_and_names_the_other_lines_date():
    v = voucher(line("1020", debit="10.00", booking_date=date(2025, 12, 12)), line("3200", credit="10.00"),
                currency="CHF", day="2025-12-13")
    found = dropped(v, CH, Target.INFINITY)
    assert set(found) == {(2, "booking_date")} and "2025-12-12" in found[(2, "booking_date")].message


def test_confirma_voucher_carries_project_and_cost_centre_without_a_word():
    v = voucher(line("1701", debit="10.00", project="P", dimensions={"COST_CENTER": "1"}),
                line("3000", credit="10.00", text="x"), number="1", type="ML", company_id="0737546-2")
    assert dropped(v, FI, Target.CONFIRMA) == {}


def test_confirma_voucher_with_an_exchange_rate_names_the_rate_as_not_sent():
    v = voucher(line("1701", debit="10.00"), line("3000", credit="10.00"), exchange_rate=Decimal("1.1"),
                type="ML", company_id="0737546-2")
    assert set(dropped(v, FI, Target.CONFIRMA)) == {(None, "exchange_rate")}


def test_a_two_line_infinity_voucher_with_one_text_and_no_extras_is_quiet():
    v = voucher(line("1020", debit="10.00"), line("3200", credit="10.00", vat_code="UN"), currency="CHF")
    assert dropped(v, CH, Target.INFINITY) == {}
