"""Server field names and paths onto voucher cells."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.client import confirma_error_fields, confirma_field_issues, infinity_field_issues, row_lines_from_body
from app.domain.targets.infinity import PlannedEntry
from app.domain.voucher import Voucher, VoucherLine


def test_body_rows_map_to_lines_with_vat_rows_on_their_line():
    body = {"ledgers": {"ledgerRows": [{"isVatRow": 0}, {"isVatRow": 0}, {"isVatRow": 1}, {"isVatRow": 0},
                                       {"isVatRow": 1}]}}
    assert row_lines_from_body(body) == [1, 2, 2, 3, 3]


def test_error_shapes_are_read():
    assert confirma_error_fields({"errors": {"Ledgers.LedgerRows[0].AccountNumber": ["bad", "worse"]}}) == [
        ("Ledgers.LedgerRows[0].AccountNumber", "bad; worse")]
    assert confirma_error_fields({"invalidFields": ["ledgers.documentDate"]}) == [("ledgers.documentDate", None)]
    assert confirma_error_fields("oops") == [] and confirma_error_fields({"message": "x"}) == []


def test_confirma_paths_are_case_insensitive_and_sign_picks_debit_or_credit():
    body = {"ledgers": {"ledgerRows": [{"amount": Decimal("5"), "isVatRow": 0},
                                       {"amount": Decimal("-5"), "isVatRow": 0}]}}
    fields = [("Ledgers.LedgerRows[0].Amount", None), ("ledgerRows[1].netAmount", "no"),
              ("ledgers.ledgerRows[1].bookingDate", None), ("ledgers.ledgerRows[9].accountNumber", None)]
    issues = confirma_field_issues(fields, body)
    assert [(i.field, i.line) for i in issues] == [("debit", 1), ("credit", 2), ("booking_date", 2),
                                                   ("account", None)]


def test_infinity_date_and_text_land_on_the_line_that_supplied_them():
    voucher = Voucher(date=date(2025, 1, 1), description="Sale", lines=[
        VoucherLine(account="1020", debit=Decimal("120.50")),
        VoucherLine(account="3200", credit=Decimal("120.50"), vat_code="UN", text="Consulting",
                    booking_date=date(2025, 1, 2))])
    entry = PlannedEntry(1, 2, "1020", "3200", 12050, "UN81", Decimal("8.1"), date(2025, 1, 2), "Consulting")
    issues = infinity_field_issues(entry, ["date", "description", "taxCode", "amount", "currency"],
                                   "general/malformed-request", voucher)
    assert [(i.field, i.line) for i in issues] == [("booking_date", 2), ("text", 2), ("vat_code", 2),
                                                   ("debit", 1), ("credit", 2), ("currency", None)]
    assert issues[0].message == "Infinity refused the date (general/malformed-request)."
    header_only = infinity_field_issues(entry, ["description"], None, None)
    assert [(i.field, i.line) for i in header_only] == [("description", None)]
