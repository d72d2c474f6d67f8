"""Voucher -> Infinity `POST /ledger-entries` bodies: one debit/credit pair per entry.

A two-line voucher is one entry. A compound voucher is decomposed into pairs that together
reproduce every line's account, amount and VAT code. An entry carries at most one tax code,
so each VAT-bearing line is paired with lines without a VAT code on the other side; when that
is impossible the voucher gets a validation issue instead of a wrong payload. A VAT-bearing
line is split over several entries only when no single counter-line covers it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain.issues import Issue, error, warning
from app.domain.messages import Message
from app.domain.money import from_cents, round_cents, to_cents
from app.domain.posting import LinePosting, post_voucher
from app.domain.targets import INFINITY_ACCOUNTING_CURRENCY
from app.domain.vat import split_gross
from app.domain.vat_codes import VatTable
from app.domain.voucher import Voucher


@dataclass(frozen=True)
class PlannedEntry:
    """One Infinity entry and the voucher lines it comes from, with the net/VAT we predict."""

    debit_line: int
    credit_line: int
    debit_account: str
    credit_account: str
    amount_cents: int
    tax_code: str | None
    percent: Any  # Decimal of the tax code's rate, 0 without a code
    date: date | None
    description: str

    @property
    def predicted_net_vat_cents(self) -> tuple[int, int]:
        """Net and VAT in cents as we expect Infinity to split the gross (half-up, per entry)."""
        if not self.tax_code or not self.percent:
            return self.amount_cents, 0
        net, vat = split_gross(from_cents(self.amount_cents), self.percent)
        return to_cents(net), to_cents(vat)

    def body(self, voucher: Voucher) -> dict[str, Any]:
        """The JSON body of `POST /ledger-entries` for this entry."""
        body: dict[str, Any] = {
            "date": self.date.isoformat() if self.date else None,
            "description": self.description,
            "debitAccount": int(self.debit_account),
            "creditAccount": int(self.credit_account),
            "amount": self.amount_cents,
            "currency": voucher.currency,
        }
        if voucher.exchange_rate is not None and voucher.currency != INFINITY_ACCOUNTING_CURRENCY:
            body["exchangeRate"] = voucher.exchange_rate
        body["taxCode"] = self.tax_code
        return body


@dataclass
class _Part:
    posting: LinePosting
    remaining: int
    code: str | None

    @property
    def is_debit(self) -> bool:
        return self.posting.gross > 0


def plan_infinity_entries(voucher: Voucher, table: VatTable) -> tuple[list[PlannedEntry], list[Issue]]:
    """Decompose a balanced voucher into entries; issues say what cannot be expressed."""
    parts = [_Part(p, abs(to_cents(round_cents(p.gross))), p.resolved.target_code if p.resolved else None)
             for p in post_voucher(voucher, table) if p.gross != 0]
    entries: list[PlannedEntry] = []
    issues: list[Issue] = []
    plain_debits = [p for p in parts if p.code is None and p.is_debit]
    plain_credits = [p for p in parts if p.code is None and not p.is_debit]
    coded = sorted((p for p in parts if p.code is not None), key=lambda p: -p.remaining)
    for part in coded:
        pool = plain_credits if part.is_debit else plain_debits
        pieces = 0
        while part.remaining > 0:
            open_ = [p for p in pool if p.remaining > 0]
            if not open_:
                issues.append(error(
                    "vat_code",
                    Message("infinity_unpaired_vat", amount=from_cents(part.remaining)),
                    "infinity_unpairable", part.posting.number))
                break
            covering = [p for p in open_ if p.remaining >= part.remaining]
            counter = min(covering, key=lambda p: p.remaining) if covering else max(open_, key=lambda p: p.remaining)
            entries.append(_entry(voucher, part, counter, min(part.remaining, counter.remaining)))
            pieces += 1
        if pieces > 1:
            issues.append(warning(
                "debit" if part.is_debit else "credit",
                Message("infinity_split_vat", pieces=pieces),
                "infinity_split_vat", part.posting.number))
    debits = iter(plain_debits)
    credits = iter(plain_credits)
    debit, credit = next(debits, None), next(credits, None)
    while debit is not None and credit is not None:
        if debit.remaining == 0:
            debit = next(debits, None)
            continue
        if credit.remaining == 0:
            credit = next(credits, None)
            continue
        entries.append(_entry(voucher, debit, credit, min(debit.remaining, credit.remaining)))
    return entries, issues


def _entry(voucher: Voucher, first: _Part, second: _Part, cents: int) -> PlannedEntry:
    debit, credit = (first, second) if first.is_debit else (second, first)
    coded = first if first.code is not None else (second if second.code is not None else None)
    debit.remaining -= cents
    credit.remaining -= cents
    texts = [p.posting.line.text.strip() for p in (coded, debit, credit) if p is not None]
    description = next((t for t in texts if t), voucher.description.strip())
    dated = coded or debit
    return PlannedEntry(
        debit_line=debit.posting.number,
        credit_line=credit.posting.number,
        debit_account=debit.posting.line.account.strip(),
        credit_account=credit.posting.line.account.strip(),
        amount_cents=cents,
        tax_code=coded.code if coded else None,
        percent=coded.posting.resolved.percent if coded and coded.posting.resolved else 0,
        date=dated.posting.booking_date,
        description=description,
    )


def infinity_bodies(voucher: Voucher, table: VatTable) -> list[dict[str, Any]]:
    """The entry bodies of a voucher that has passed validation, in sending order."""
    entries, _ = plan_infinity_entries(voucher, table)
    return [entry.body(voucher) for entry in entries]
