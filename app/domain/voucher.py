"""The voucher as the bookkeeper types it: a header and lines. Derived amounts live in posting.py."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
import datetime
from datetime import date
from decimal import Decimal
from enum import StrEnum

from app.domain.money import ZERO


class VatMode(StrEnum):
    """Whether a VAT-bearing line's typed amount includes VAT (gross) or not (net)."""

    GROSS = "gross"
    NET = "net"


@dataclass
class VoucherLine:
    """One typed line. Amounts are as typed: possibly negative or with too many decimals
    (validation says so); at most one of debit and credit should be set."""

    account: str = ""
    text: str = ""
    debit: Decimal | None = None
    credit: Decimal | None = None
    vat_code: str = ""
    booking_date: date | None = None  # None: the voucher date
    project: str = ""
    dimensions: dict[str, str] = field(default_factory=dict)  # e.g. {"COST_CENTER": "1000"}

    @property
    def amount(self) -> Decimal:
        """The signed typed amount: debit positive, credit negative."""
        return (self.debit or ZERO) - (self.credit or ZERO)

    def is_blank(self) -> bool:
        """A line the bookkeeper opened but typed nothing into."""
        return not (self.account or self.text or self.debit is not None or self.credit is not None
                    or self.vat_code or self.project or any(self.dimensions.values()))


def new_voucher_identifier() -> str:
    """The identifier minted once per voucher and re-sent unchanged on every retry: a random (version 4)
    UUID, as uuid.uuid4() makes it. Written out here because the uuid module imports platform, a few
    milliseconds of every start (docs/performance.md)."""
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40  # version 4
    raw[8] = raw[8] & 0x3F | 0x80  # the RFC 4122 variant
    hex_ = raw.hex()
    return f"{hex_[:8]}-{hex_[8:12]}-{hex_[12:16]}-{hex_[16:20]}-{hex_[20:]}"


@dataclass
class Voucher:
    """A journal entry: header plus typed lines. VAT rows are never stored here."""

    date: date | None = None
    number: str = ""
    type: str = ""
    description: str = ""
    currency: str = "EUR"
    exchange_rate: Decimal | None = None
    # The bookkeeper's explicit choice to let the target convert at its own rate (no rate typed, none sent).
    use_target_rate: bool = False
    vat_mode: VatMode = VatMode.GROSS
    company_id: str = ""
    identifier: str = field(default_factory=new_voucher_identifier)
    lines: list[VoucherLine] = field(default_factory=list)
    reverses: str = ""  # the identifier of the voucher this one reverses ("" when it reverses none)

    def booking_date(self, line: VoucherLine) -> datetime.date | None:  # `date` here is the field
        """A line's booking date, defaulting to the voucher date."""
        return line.booking_date or self.date

    def typed_lines(self) -> list[tuple[int, VoucherLine]]:
        """(1-based line number, line) for every line that is not blank."""
        return [(n, line) for n, line in enumerate(self.lines, start=1) if not line.is_blank()]
