"""The journal: a period's posted vouchers in date and number order, each with its lines and derived VAT rows,
and the VAT per code and rate; printed as PDF (app/services/journal_pages.py) or written as CSV.

Which vouchers: those the review list's filter lets through that the target took (`POSTED_STATES`:
accepted, pending, synced, and differs — booked, though not as the preview showed). Queued, uncertain,
rejected, failed and cancelled vouchers are not in the books and never in the journal. Amounts are the
voucher's own, in its currency, as `Decimal`; net and VAT come from the same `post_voucher` the grid, the
preview and the sent body use, so the VAT totals equal the sum of the VAT rows to the cent.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from app.domain.money import ZERO, format_amount
from app.domain.posting import post_voucher, voucher_totals
from app.domain.vat_codes import VatTable
from app.services.commands.context import vat_table_of
from app.services.review_actions import _cell, _voucher_of
from app.store.atomic import replacing
from app.store.backend import Connection
from app.store.review import ReviewFilter, ReviewQuery, ReviewRow
from app.store.states import POSTED_STATES, SubmissionState

JOURNAL_STATES: tuple[str, ...] = tuple(state.value for state in POSTED_STATES)
CSV_HEADER = ("Date", "Number", "Description", "Profile", "Target", "State", "Currency", "Line", "Row",
              "Account", "Text", "Debit", "Credit", "VAT code", "VAT rate", "Net", "VAT")


@dataclass(frozen=True)
class JournalLine:
    """A voucher line, or (`vat_row`) the VAT row derived from the line before it. Amounts are signed where
    they are net and VAT (debit +, credit −); debit and credit as typed, or the VAT row's amount on its side."""

    number: int  # the voucher line's number (a VAT row has its line's)
    vat_row: bool
    account: str
    text: str
    debit: Decimal | None
    credit: Decimal | None
    vat_code: str  # the code's label on the line's date (`S · 25.5 %`), the typed code if it cannot be resolved
    vat_rate: Decimal | None
    net: Decimal | None
    vat: Decimal | None


@dataclass(frozen=True)
class JournalVoucher:
    """One posted voucher as the journal prints it."""

    submission_id: int
    date: date | None
    number: str
    description: str
    profile: str
    target: str
    state: str
    currency: str
    lines: tuple[JournalLine, ...]
    debit: Decimal  # Σ debit including the VAT rows (equal to `credit` for a balanced voucher)
    credit: Decimal
    readable: bool = True  # False: the stored voucher cannot be read; it is listed without lines

    @property
    def booked_differently(self) -> bool:
        return self.state == SubmissionState.DIFFERS


@dataclass(frozen=True)
class VatTotal:
    """The VAT of one code at one rate in one currency over the journal: net and VAT signed (debit +)."""

    code: str
    rate: Decimal
    currency: str
    net: Decimal
    vat: Decimal


@dataclass(frozen=True)
class CurrencyTotal:
    """Σ debit and Σ credit of the journal's vouchers in one currency."""

    currency: str
    debit: Decimal
    credit: Decimal


@dataclass(frozen=True)
class Journal:
    """What the journal shows: who and which period (its header), the vouchers, the totals."""

    company: str  # "acme (0737546-2)", several profiles separated by ", "
    date_from: date | None
    date_to: date | None
    vouchers: tuple[JournalVoucher, ...]
    vat_totals: tuple[VatTotal, ...]
    totals: tuple[CurrencyTotal, ...]


def journal_filter(review_filter: ReviewFilter) -> ReviewFilter | None:
    """The review filter narrowed to posted vouchers; None when its states let no posted voucher through."""
    wanted = tuple(state for state in (review_filter.states or JOURNAL_STATES) if state in JOURNAL_STATES)
    return replace(review_filter, states=wanted) if wanted else None


def voucher_order(row: ReviewRow) -> tuple[date, int, int, str, int]:
    """Date, then number (all-digit numbers by value, before any other number), then submission."""
    number = row.number.strip()
    numeric = number.isascii() and number.isdigit()
    return (row.date or date.max, 0 if numeric else 1, int(number) if numeric else 0, number.casefold(),
            row.submission_id)


def build_journal(conn: Connection, review_filter: ReviewFilter, companies: Mapping[str, str] | None = None
                  ) -> Journal:
    """The journal of the vouchers `review_filter` lets through that were posted. `companies` gives each
    profile's business id (from the settings) for the header."""
    narrowed = journal_filter(review_filter)
    rows = sorted(ReviewQuery(conn).rows(narrowed), key=voucher_order) if narrowed is not None else []
    tables: dict[tuple[str, str], VatTable] = {}
    vat: dict[tuple[str, Decimal, str], tuple[Decimal, Decimal]] = {}
    sums: dict[str, tuple[Decimal, Decimal]] = {}
    vouchers = []
    voucher_companies: dict[str, str] = {}
    for row in rows:
        entry = _journal_voucher(conn, row, tables, vat, voucher_companies)
        vouchers.append(entry)
        debit, credit = sums.get(row.currency, (ZERO, ZERO))
        sums[row.currency] = (debit + entry.debit, credit + entry.credit)
    profiles = [review_filter.profile] if review_filter.profile else sorted({v.profile for v in vouchers})
    known = companies or {}
    company = ", ".join(_company(p, known.get(p) or voucher_companies.get(p, "")) for p in profiles)
    return Journal(company, review_filter.date_from, review_filter.date_to, tuple(vouchers),
                   tuple(VatTotal(code, rate, currency, net, tax)
                         for (code, rate, currency), (net, tax) in sorted(vat.items())),
                   tuple(CurrencyTotal(currency, d, c) for currency, (d, c) in sorted(sums.items())))


def _company(profile: str, business_id: str) -> str:
    return f"{profile} ({business_id})" if business_id else profile


def _journal_voucher(conn: Connection, row: ReviewRow, tables: dict[tuple[str, str], VatTable],
                     vat: dict[tuple[str, Decimal, str], tuple[Decimal, Decimal]],
                     companies: dict[str, str]) -> JournalVoucher:
    voucher = _voucher_of(conn, row.submission_id)
    head = (row.submission_id, row.date, row.number, row.description, row.profile, row.target, row.state,
            row.currency)
    if voucher is None:
        return JournalVoucher(*head, (), ZERO, ZERO, readable=False)
    if voucher.company_id and row.profile not in companies:
        companies[row.profile] = voucher.company_id
    key = (row.profile, row.target)
    if key not in tables:
        tables[key] = vat_table_of(conn, row.profile, row.target)
    postings = post_voucher(voucher, tables[key])
    lines = []
    for posting in postings:
        line, resolved = posting.line, posting.resolved
        label = resolved.label if resolved else line.vat_code
        rate = resolved.percent if resolved else None
        lines.append(JournalLine(posting.number, False, line.account, line.text, line.debit, line.credit, label,
                                 rate, posting.net if resolved else None, posting.vat if resolved else None))
        if resolved is not None:
            # Every resolved code counts, a 0 % one too: its net belongs in the VAT report.
            code = (resolved.code.code, resolved.percent, row.currency)
            net, tax = vat.get(code, (ZERO, ZERO))
            vat[code] = (net + posting.net, tax + posting.vat)
        if posting.has_vat_row:
            lines.append(JournalLine(posting.number, True, posting.vat_account, line.text,
                                     posting.vat if posting.vat > 0 else None,
                                     -posting.vat if posting.vat < 0 else None, label, rate, None, posting.vat))
    totals = voucher_totals(postings)
    return JournalVoucher(*head, tuple(lines), totals.debit, totals.credit)


# --- CSV -----------------------------------------------------------------------------------------------

def write_journal_csv(journal: Journal, destination: Path | TextIO) -> int:
    """The journal as CSV (UTF-8 with BOM, `;`, amounts with a point, as the review's export): one row per line
    and per VAT row; the rows written. A path is written whole or not at all."""
    if isinstance(destination, (str, Path)):
        with replacing(Path(destination)) as raw:
            stream = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
            written = _write_csv(journal, stream)
            stream.flush()
            stream.detach()  # `replacing` syncs and renames the file it opened
        return written
    destination.write("\ufeff")
    return _write_csv(journal, destination)


def _write_csv(journal: Journal, stream: TextIO) -> int:
    writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    written = 0
    for v in journal.vouchers:
        head = [v.date.isoformat() if v.date else "", _cell(v.number), _cell(v.description), _cell(v.profile),
                v.target, v.state, v.currency]
        for line in v.lines or _unreadable():
            writer.writerow(head + _csv_line(line))
            written += 1
    return written


def _unreadable() -> Iterable[JournalLine]:
    # A voucher whose stored copy cannot be read stays visible: one row without line columns.
    return [JournalLine(0, False, "", "", None, None, "", None, None, None)]


def _csv_line(line: JournalLine) -> list[str]:
    def amount(value: Decimal | None) -> str:
        return "" if value is None else format_amount(value, ".")

    if not line.number:
        return [""] * 10
    return [str(line.number), "VAT" if line.vat_row else "line", line.account, _cell(line.text),
            amount(line.debit), amount(line.credit), line.vat_code,
            "" if line.vat_rate is None else f"{line.vat_rate.normalize():f}", amount(line.net), amount(line.vat)]
