"""What a voucher posts: each line's gross, net and VAT, the derived VAT rows, and the totals.

VAT rows are derived here and nowhere else: one per line whose VAT is not zero, carrying that
line's booking date, text and project (as the documented Confirma example does).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.domain.money import ZERO
from app.domain.vat import add_vat, split_gross
from app.domain.vat_codes import ResolvedVat, VatCodeError, VatTable
from app.domain.voucher import VatMode, Voucher, VoucherLine


@dataclass(frozen=True)
class LinePosting:
    """One typed line with its derived amounts (signed: debit positive, credit negative)."""

    number: int
    line: VoucherLine
    booking_date: date | None
    gross: Decimal
    net: Decimal
    vat: Decimal
    resolved: ResolvedVat | None

    @property
    def has_vat_row(self) -> bool:
        return self.resolved is not None and self.vat != ZERO

    @property
    def vat_account(self) -> str:
        return self.resolved.code.vat_account if self.resolved else ""


def post_line(number: int, line: VoucherLine, voucher: Voucher, table: VatTable) -> LinePosting:
    """Derive one line's gross, net and VAT. An unusable VAT code posts no VAT (validation says why)."""
    day = voucher.booking_date(line)
    amount = line.amount
    resolved = None
    if line.vat_code.strip() and day is not None:
        try:
            resolved = table.resolve(line.vat_code, day)
        except VatCodeError:
            resolved = None
    if resolved is None or resolved.percent == 0:
        return LinePosting(number, line, day, amount, amount, ZERO, resolved)
    if voucher.vat_mode is VatMode.NET:
        vat, gross = add_vat(amount, resolved.percent)
        return LinePosting(number, line, day, gross, amount, vat, resolved)
    net, vat = split_gross(amount, resolved.percent)
    return LinePosting(number, line, day, amount, net, vat, resolved)


def post_voucher(voucher: Voucher, table: VatTable) -> list[LinePosting]:
    """Postings for every non-blank line, in line order."""
    return [post_line(n, line, voucher, table) for n, line in voucher.typed_lines()]


@dataclass
class VoucherTotals:
    """Running totals: Σ debit, Σ credit (gross, i.e. including the VAT rows) and VAT per code.

    `add` and `remove` keep it O(1) per edited line, which the editor relies on.
    """

    debit: Decimal = ZERO
    credit: Decimal = ZERO
    vat_by_code: dict[str, Decimal] = field(default_factory=lambda: defaultdict(lambda: ZERO))

    @property
    def difference(self) -> Decimal:
        return self.debit - self.credit

    @property
    def balanced(self) -> bool:
        return self.difference == ZERO

    def add(self, posting: LinePosting, sign: int = 1) -> None:
        if posting.gross > 0:
            self.debit += sign * posting.gross
        else:
            self.credit -= sign * posting.gross
        if posting.resolved is not None and posting.has_vat_row:
            key = posting.resolved.label
            self.vat_by_code[key] += sign * posting.vat
            if self.vat_by_code[key] == ZERO:
                del self.vat_by_code[key]

    def remove(self, posting: LinePosting) -> None:
        self.add(posting, sign=-1)


def voucher_totals(postings: Iterable[LinePosting]) -> VoucherTotals:
    """Totals of a whole voucher."""
    totals = VoucherTotals()
    for posting in postings:
        totals.add(posting)
    return totals
