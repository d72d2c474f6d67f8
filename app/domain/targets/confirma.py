"""Voucher -> the body of Confirma's `POST /accounting/ledger` (one voucher per POST).

Amounts are signed (debit positive, credit negative). In GROSS mode a VAT-bearing row's `amount`
is its gross and `netAmount` its net; in NET mode both carry the net. VAT rows are sent
explicitly unless the profile says the target generates them (API-CONTRACTS.md, GROSS vs NET).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.domain.money import round_cents
from app.domain.posting import LinePosting, post_voucher
from app.domain.vat_codes import VatTable
from app.domain.voucher import VatMode, Voucher


def confirma_body(voucher: Voucher, table: VatTable, *, explicit_vat_rows: bool = True,
                  company_id: str | None = None) -> dict[str, Any]:
    """The `{"ledgers": {...}}` body for a voucher that has passed validation."""
    rows: list[dict[str, Any]] = []
    for posting in post_voucher(voucher, table):
        rows.append(_line_row(posting, voucher.vat_mode))
        if explicit_vat_rows and posting.has_vat_row:
            rows.append(_vat_row(posting))
    return {
        "ledgers": {
            "ledgerIdentifier": voucher.identifier,
            "companyIdentifier": company_id if company_id is not None else voucher.company_id,
            "documentType": voucher.type,
            "documentName": voucher.number,
            "documentDate": voucher.date.isoformat() if voucher.date else None,
            "documentDescription": voucher.description,
            "calculationMode": "NET" if voucher.vat_mode is VatMode.NET else "GROSS",
            "ledgerRows": rows,
        }
    }


def _row(posting: LinePosting, *, account: str, percent: Decimal | int, vat_code: str, amount: Decimal,
         net: Decimal, is_vat_row: int, dimensions: list[dict[str, str]]) -> dict[str, Any]:
    line = posting.line
    return {
        "bookingDate": posting.booking_date.isoformat() if posting.booking_date else None,
        "accountNumber": account,
        "vatAccountNumber": None,
        "vatType": None,
        "vatPercentage": percent,
        "vatCode": vat_code,
        "amount": round_cents(amount),
        "netAmount": round_cents(net),
        "isVatRow": is_vat_row,
        "projectNumber": line.project,
        "transactionType": None,
        "transactionDescription": line.text,
        "ledgerDimensions": dimensions,
    }


def _line_row(posting: LinePosting, mode: VatMode) -> dict[str, Any]:
    resolved = posting.resolved
    return _row(
        posting,
        account=posting.line.account.strip(),
        percent=resolved.percent if resolved else 0,
        vat_code=resolved.target_code if resolved else "",
        amount=posting.net if mode is VatMode.NET else posting.gross,
        net=posting.net,
        is_vat_row=0,
        dimensions=[{"dimensionType": kind, "dimensionValue": value}
                    for kind, value in posting.line.dimensions.items() if value],
    )


def _vat_row(posting: LinePosting) -> dict[str, Any]:
    return _row(posting, account=posting.vat_account, percent=0, vat_code="", amount=posting.vat,
                net=posting.vat, is_vat_row=1, dimensions=[])


def confirma_row_lines(voucher: Voucher, table: VatTable, explicit_vat_rows: bool = True) -> list[int]:
    """For each row of the Confirma body, the 1-based voucher line it comes from (a VAT row: its line)."""
    lines: list[int] = []
    for posting in post_voucher(voucher, table):
        lines.append(posting.number)
        if explicit_vat_rows and posting.has_vat_row:
            lines.append(posting.number)
    return lines
