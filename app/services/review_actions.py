"""What the bookkeeper can do from the review list: copy a voucher, reverse it, export the list as CSV.

Copies and reversals are new drafts (new identifiers): nothing here sends anything. The CSV is for
spreadsheets: UTF-8 with a BOM and `;` between fields, so Excel in Finnish or Swiss locales splits the
columns and shows ä/ö/ü; one row per voucher line with the voucher's columns repeated.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from app.store.atomic import replacing
from app.store.attachments import AttachmentStore
from app.store.backend import Connection
from app.domain.money import format_amount
from app.domain.posting import LinePosting, post_voucher
from app.domain.targets import DESCRIPTION_LIMIT, Target
from app.domain.vat_codes import VatTable
from app.domain.voucher import Voucher, new_voucher_identifier
from app.domain.voucher_file import VoucherFileError, read_stored_voucher
from app.services.commands.context import vat_table_of
from app.store.review import ReviewFilter, ReviewQuery, ReviewRow

LINE_TEXT_LIMIT = 128  # Infinity's limit for an entry description, the stricter target's
CSV_HEADER = ("Date", "Number", "Description", "Profile", "Target", "State", "Currency", "Line", "Account",
              "Text", "Debit", "Credit", "VAT code", "Net", "VAT", "Source documents")
# A cell starting with one of these is a formula to a spreadsheet; texts may come from imported files.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def copy_as_draft(voucher: Voucher, today: date | None = None) -> Voucher:
    """A new draft with the same header and lines, dated today, with a new identifier and no number."""
    # Today: a copy is posted again in the open period (next month's rent), so line booking dates are
    # cleared to follow it. No number: two vouchers with one number are a duplicate at the target.
    return Voucher(date=today or date.today(), number="", type=voucher.type, description=voucher.description,
                   currency=voucher.currency, exchange_rate=voucher.exchange_rate,
                   use_target_rate=voucher.use_target_rate, vat_mode=voucher.vat_mode,
                   company_id=voucher.company_id, identifier=new_voucher_identifier(),
                   lines=[replace(line, dimensions=dict(line.dimensions), booking_date=None)
                          for line in voucher.lines if not line.is_blank()])


def reversal(voucher: Voucher, target: Target | None = None) -> Voucher:
    """A new draft cancelling `voucher`: debit and credit swapped per line, VAT codes kept, linked by `reverses`."""
    # The voucher and line dates are kept, so each VAT code resolves to the original rate and the derived
    # VAT rows cancel to the cent; in a closed period the bookkeeper changes the date (VAT then follows it).
    reference = voucher.number.strip() or voucher.description.strip() or voucher.identifier
    if voucher.number.strip() and voucher.description.strip():
        header = f"Reversal of {voucher.number.strip()}: {voucher.description.strip()}"
    else:
        header = f"Reversal of {reference}"
    limit = DESCRIPTION_LIMIT[target] if target else min(DESCRIPTION_LIMIT.values())
    lines = []
    for line in voucher.lines:
        if line.is_blank():
            continue
        text = f"Reversal of {voucher.number.strip()}: {line.text}" if voucher.number.strip() and line.text \
            else f"Reversal of {line.text or reference}"
        lines.append(replace(line, dimensions=dict(line.dimensions), debit=line.credit, credit=line.debit,
                             text=_fit(text, LINE_TEXT_LIMIT)))
    return Voucher(date=voucher.date, number="", type=voucher.type, description=_fit(header, limit),
                   currency=voucher.currency, exchange_rate=voucher.exchange_rate,
                   use_target_rate=voucher.use_target_rate, vat_mode=voucher.vat_mode,
                   company_id=voucher.company_id, identifier=new_voucher_identifier(), lines=lines,
                   reverses=voucher.identifier)


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


# --- CSV export ----------------------------------------------------------------------------------------

def export_csv(conn: Connection, source: ReviewFilter | Iterable[ReviewRow], destination: Path | TextIO,
               *, decimal_separator: str = ".") -> int:
    """Write the vouchers of `source` (a filter, or rows) with their lines as CSV; returns the rows written.
    A path is written whole or not at all; a stream must be a text stream opened with newline=""."""
    rows = ReviewQuery(conn).rows(source) if isinstance(source, ReviewFilter) else source
    if isinstance(destination, (str, Path)):
        return _write_atomically(Path(destination), lambda stream: _write(conn, rows, stream, decimal_separator))
    destination.write("\ufeff")  # the BOM tells Excel the file is UTF-8
    return _write(conn, rows, destination, decimal_separator)


def _write(conn: Connection, rows: Iterable[ReviewRow], stream: TextIO, decimal_separator: str) -> int:
    writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    tables: dict[tuple[str, str], VatTable] = {}
    documents = AttachmentStore(conn)
    written = 0

    def amount(value: Decimal | None) -> str:
        return "" if value is None else format_amount(value, decimal_separator)

    for row in rows:
        head = [row.date.isoformat() if row.date else "", _cell(row.number), _cell(row.description),
                _cell(row.profile), row.target, row.state, row.currency]
        voucher = _voucher_of(conn, row.submission_id)
        # Its source documents, each by name and the start of its SHA-256 (what `ledgerdesk attach` lists).
        attached = [_cell(" | ".join(f"{a.file_name} ({a.sha256[:12]})"
                                     for a in documents.for_submission(row.submission_id)))]
        if voucher is None or not voucher.typed_lines():
            writer.writerow(head + [""] * 8 + attached)  # the voucher stays visible even when its lines cannot be read
            written += 1
            continue
        key = (row.profile, row.target)
        if key not in tables:
            tables[key] = vat_table_of(conn, row.profile, row.target)
        postings: dict[int, LinePosting] = {p.number: p for p in post_voucher(voucher, tables[key])}
        for number, line in voucher.typed_lines():
            posting = postings[number]
            writer.writerow(head + [str(number), line.account, _cell(line.text), amount(line.debit),
                                    amount(line.credit), line.vat_code, amount(posting.net), amount(posting.vat)]
                            + attached)
            written += 1
    return written


def _cell(text: str) -> str:
    """A text cell a spreadsheet shows as text: a leading =, +, - or @ would make it a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _voucher_of(conn: Connection, submission_id: int) -> Voucher | None:
    found = conn.execute("SELECT voucher FROM submissions WHERE id = ?", (submission_id,)).fetchone()
    try:
        return read_stored_voucher(found[0]) if found else None
    except VoucherFileError:
        return None


def _write_atomically(path: Path, write: Callable[[TextIO], int]) -> int:
    """Write through a temporary file beside `path`, so a failed export never leaves half a file behind."""
    with replacing(path) as raw:
        stream = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        written = write(stream)
        stream.flush()
        stream.detach()  # the file stays open for `replacing` to sync and rename
    return written
