"""Voucher file text as LedgerDesk itself writes it (drafts, submissions): writing, and reading it back.

`dump_voucher_file` writes format v1 (docs/voucher-format.md). `load_dumped_voucher` reads back text that
is exactly what `dump_voucher_file` writes, without the pydantic model: the draft tabs restored at start
use it, because importing pydantic and building the file model costs about 90 ms (docs/performance.md).
It proves itself by writing the voucher it read again and comparing the text: anything else (a file from
elsewhere, an older writer, a damaged row) gives None, and app/domain/voucher_file.py's
`parse_voucher_file` reads it with the full validation and its messages.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

from app.domain.targets import Target
from app.domain.voucher import VatMode, Voucher, VoucherLine

FORMAT_NAME = "ledgerdesk-voucher"
FORMAT_VERSION = 1


def dump_voucher_file(voucher: Voucher, target: Target | None = None) -> str:
    """The v1 file text of a voucher (amounts as decimal strings)."""
    def amount(value: Decimal | None) -> str | None:
        return None if value is None else format(value, "f")

    data: dict[str, Any] = {
        "format": FORMAT_NAME, "version": FORMAT_VERSION,
        "target": target.value if target else None,
        "identifier": voucher.identifier,
        "date": voucher.date.isoformat() if voucher.date else None,
        "number": voucher.number, "type": voucher.type, "description": voucher.description,
        "currency": voucher.currency,
        "exchange_rate": "target" if voucher.use_target_rate else amount(voucher.exchange_rate),
        "vat_mode": voucher.vat_mode.value, "company_id": voucher.company_id,
    }
    if voucher.reverses:  # written only when set, so other vouchers' files are as before
        data["reverses"] = voucher.reverses
    data["lines"] = []
    for line in voucher.lines:
        row: dict[str, Any] = {}
        if line.booking_date:
            row["booking_date"] = line.booking_date.isoformat()
        row["account"] = line.account
        if line.text:
            row["text"] = line.text
        if line.debit is not None:
            row["debit"] = amount(line.debit)
        if line.credit is not None:
            row["credit"] = amount(line.credit)
        for key in ("vat_code", "project"):
            if getattr(line, key):
                row[key] = getattr(line, key)
        if line.dimensions:
            row["dimensions"] = dict(line.dimensions)
        data["lines"].append(row)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def load_dumped_voucher(text: str) -> tuple[Voucher, Target | None] | None:
    """(voucher, target) from text `dump_voucher_file` wrote, exactly; None for any other text."""
    try:
        data = json.loads(text, parse_float=Decimal)
        if data.get("format") != FORMAT_NAME or data.get("version") != FORMAT_VERSION:
            return None
        voucher = Voucher(
            date=_date(data["date"]), number=data["number"], type=data["type"], description=data["description"],
            currency=data["currency"],
            exchange_rate=None if data["exchange_rate"] == "target" else _amount(data["exchange_rate"]),
            use_target_rate=data["exchange_rate"] == "target",
            vat_mode=VatMode(data["vat_mode"]), company_id=data["company_id"], identifier=data["identifier"],
            reverses=data.get("reverses", ""),
            lines=[VoucherLine(account=row["account"], text=row.get("text", ""), debit=_amount(row.get("debit")),
                               credit=_amount(row.get("credit")), vat_code=row.get("vat_code", ""),
                               booking_date=_date(row.get("booking_date")), project=row.get("project", ""),
                               dimensions=dict(row.get("dimensions", {})))
                   for row in data["lines"]],
        )
        target = Target(data["target"]) if data["target"] is not None else None
    except (ValueError, TypeError, KeyError, AttributeError, ArithmeticError, RecursionError):
        return None  # a damaged or foreign row: the full reader says what is wrong
    # The proof: writing what was read gives back the very same text (types, keys, order, formatting).
    return (voucher, target) if dump_voucher_file(voucher, target) == text else None


def _amount(text: Any) -> Decimal | None:
    # dump_voucher_file never writes an exponent; "1E+999999999" would be written back as a billion digits.
    if isinstance(text, str) and not text.lstrip("-").replace(".", "", 1).isdigit():
        raise ValueError("not an amount LedgerDesk writes")
    return None if text is None else Decimal(text)


def _date(text: Any) -> date | None:
    return None if text is None else date.fromisoformat(text)
