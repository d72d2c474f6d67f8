"""One grid line's cells: reading typed text into a VoucherLine, and the text each cell shows.

Shared by the voucher editor and the paste preview so a pasted cell and a typed cell are read by
the same rules. A cell whose text cannot be read leaves its field empty (None for amounts and
dates) and reports why; the caller keeps the typed text so nothing the bookkeeper typed is lost.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from app.domain.chart import ChartAccount
from app.domain.issues import Issue, error
from app.domain.messages import message_of
from app.domain.posting import LinePosting
from app.domain.voucher import VoucherLine
from app.editing.cells import (
    AmountError,
    DateError,
    NumberFormat,
    format_amount_cell,
    format_date_cell,
    format_decimal_cell,
    local_rates,
    parse_amount_cell,
    parse_date_cell,
)
from app.editing.columns import column
from app.editing.completion import AccountCompleter

_ACCOUNT_WITH_NAME = re.compile(r"(\d+)(?:\s+\D.*)?", re.DOTALL)


@dataclass(frozen=True)
class LineSnapshot:
    """A line exactly as the editor holds it, typed-but-unreadable text included (for undo and paste)."""

    line: VoucherLine
    raw: Mapping[str, str] = field(default_factory=dict)  # column key -> text that did not parse
    problems: Mapping[str, Issue] = field(default_factory=dict)  # column key -> why


def copy_line(line: VoucherLine) -> VoucherLine:
    """An independent copy (the dimensions dict is not shared)."""
    return replace(line, dimensions=dict(line.dimensions))


@dataclass(frozen=True)
class CellContext:
    """What reading a cell needs beyond its text."""

    fmt: NumberFormat
    today: date
    chart: Mapping[str, ChartAccount] | None = None
    completer: AccountCompleter | None = None


def read_account(text: str, completer: AccountCompleter | None) -> str:
    """The account number in `1701`, `1701 Myyntisaamiset`, or a unique account name; else the text."""
    raw = text.strip()
    if match := _ACCOUNT_WITH_NAME.fullmatch(raw):
        return match.group(1)
    if completer is not None and (found := completer.unique_by_name(raw)) is not None:
        return found.number
    return raw  # kept as typed: validation says it is not an account


def read_vat_code(text: str) -> str:
    """The code in `s`, `S` or a copied label `S · 25.5 %`."""
    return text.split("\u00b7", 1)[0].strip().upper()


def write_cell(line: VoucherLine, key: str, text: str, ctx: CellContext,
               default_date: date | None = None) -> tuple[tuple[str, ...], Issue | None]:
    """Read `text` into the field behind column `key`: (column keys written, the reading problem or None)."""
    # A negative debit is entered as a credit (and vice versa), and an amount on one side clears
    # the other: a line carries one side, as a bookkeeper reads it.
    kind = column(key).kind
    if kind == "amount":
        other = "credit" if key == "debit" else "debit"
        if not text.strip():
            setattr(line, key, None)
            return (key,), None
        try:
            value = parse_amount_cell(text, ctx.fmt)
        except AmountError as exc:
            setattr(line, key, None)
            return (key,), error(key, message_of(exc), "amount_unreadable")
        side, value = (other, -value) if value < 0 else (key, value)
        setattr(line, side, value)
        setattr(line, other if side == key else key, None)
        return (key, other), None
    if kind == "date":
        try:
            line.booking_date = parse_date_cell(text, ctx.today, line.booking_date or default_date)
        except DateError as exc:
            line.booking_date = None
            return (key,), error(key, message_of(exc), "date_invalid")
        return (key,), None
    if kind == "account":
        line.account = read_account(text, ctx.completer)
    elif kind == "vat_code":
        line.vat_code = read_vat_code(text)
    elif kind == "text":
        line.text = text
    elif kind == "project":
        line.project = text.strip()
    elif kind == "dimension":
        dimension = column(key).dimension
        assert dimension is not None  # every "dimension" column names its dimension (columns.py)
        if text.strip():
            line.dimensions[dimension] = text.strip()
        else:
            line.dimensions.pop(dimension, None)
    else:
        raise ValueError(f"Column {key} is not typed into.")
    return (key,), None


def account_text(number: str, chart: Mapping[str, ChartAccount] | None) -> str:
    """`1701 Myyntisaamiset` when the chart knows the account, else the number."""
    account = chart.get(number) if chart and number else None
    return f"{number} {account.name}" if account else number


def line_cell_text(line: VoucherLine, posting: LinePosting | None, key: str, ctx: CellContext) -> str:
    """What a typed line's cell shows. Derived net and VAT show as magnitudes on the line's side."""
    if key == "booking_date":
        return format_date_cell(line.booking_date, ctx.fmt)
    if key == "account":
        return account_text(line.account, ctx.chart)
    if key in ("debit", "credit"):
        return format_amount_cell(getattr(line, key), ctx.fmt)
    if key == "vat_code":
        return local_rates(posting.resolved.label, ctx.fmt) if posting and posting.resolved else line.vat_code
    if key in ("net", "vat"):
        if posting is None or posting.resolved is None:
            return ""
        return format_amount_cell(abs(posting.net if key == "net" else posting.vat), ctx.fmt)
    return line_edit_text(line, key, ctx)


def line_edit_text(line: VoucherLine, key: str, ctx: CellContext) -> str:
    """The text an editor opens with: exact values, no grouping, so saving it unchanged changes nothing."""
    if key == "booking_date":
        return format_date_cell(line.booking_date, ctx.fmt)
    if key in ("debit", "credit"):
        return format_decimal_cell(getattr(line, key), ctx.fmt)
    if key in ("net", "vat"):
        return ""
    col = column(key)
    if col.kind == "dimension":
        assert col.dimension is not None  # every "dimension" column names its dimension (columns.py)
        return line.dimensions.get(col.dimension, "")
    return str(getattr(line, key))


def vat_row_text(posting: LinePosting, key: str, ctx: CellContext) -> str:
    """What a derived VAT row shows: the VAT account, the line's text, the VAT on the line's side."""
    if key == "account":
        return account_text(posting.vat_account, ctx.chart)
    if key == "text":
        return posting.line.text
    if key == "debit" and posting.vat > 0:
        return format_amount_cell(posting.vat, ctx.fmt)
    if key == "credit" and posting.vat < 0:
        return format_amount_cell(-posting.vat, ctx.fmt)
    return ""


@dataclass(frozen=True)
class VatChoice:
    """A VAT code offered in a line's VAT cell: its label with the rate (in the grid's number format), the
    table's words for it, and what its rate class covers on the line's date ("" where nothing is to add)."""

    code: str
    label: str
    description: str
    covers: str = ""

    @property
    def english(self) -> str:
        meaning = f"{self.description}: {self.covers}" if self.covers else self.description
        return f"{self.label} \u2014 {meaning}"
