"""Pasting spreadsheet rows (tab-separated, as Excel and LibreOffice copy them) into a voucher.

The paste is read into a preview first. Columns come from a header row in English, Finnish or
German, or, without one, in the grid's own order. Every non-blank row becomes a line; a cell that
cannot be read, or names an unknown account or VAT code, is a problem on that cell, and the row
stays in the preview to be fixed (`set_cell`) or pasted as it is and flagged in the grid. Nothing
is dropped silently: unused columns are named in `notes`. Blank rows carry nothing and are skipped.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from datetime import date

from app.domain.messages import message_of
from app.domain.chart import ChartAccount
from app.domain.issues import Issue, error
from app.domain.text_rules import LINE_TEXTS, hidden_character
from app.domain.voucher import VoucherLine
from app.editing.cells import AmountError, DateError, NumberFormat, parse_amount_cell, parse_date_cell
from app.editing.cells import number_format as to_number_format
from app.editing.columns import EDITABLE_KEYS, column
from app.editing.completion import AccountCompleter, fold
from app.editing.lines import CellContext, LineSnapshot, copy_line, write_cell

AMOUNT = "amount"  # a single signed column: positive is a debit, negative a credit
_HEADER_NAMES = {
    "booking_date": ("date", "booking date", "päivämäärä", "pvm", "kirjauspäivä", "datum", "buchungsdatum"),
    "account": ("account", "account number", "account no", "tili", "tilinumero", "tilinro", "konto",
                "kontonummer", "konto nr"),
    "text": ("text", "description", "memo", "selite", "teksti", "kuvaus", "buchungstext", "beschreibung"),
    "debit": ("debit", "debet", "soll"),
    "credit": ("credit", "kredit", "haben"),
    "vat_code": ("vat", "vat code", "alv", "alv koodi", "mwst", "mwst code", "steuercode", "tax code"),
    "project": ("project", "projekti", "projekt"),
    "cost_center": ("cost center", "cost centre", "kustannuspaikka", "kostenstelle"),
    AMOUNT: ("amount", "summa", "betrag", "määrä"),
}
_HEADERS = {fold(name): key for key, names in _HEADER_NAMES.items() for name in names}
_DATE_LIKE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?")
_NUMERIC = re.compile(r"[-+\u2212]?[\d\s.,'\u2019\u00a0]+-?")


def _header_key(cell: str) -> str | None:
    name = re.sub(r"[\s_\-]+", " ", fold(cell).strip().strip(":.").replace("\ufeff", ""))
    return _HEADERS.get(name.strip())


@dataclass
class PasteRow:
    """One pasted row: its cells by column key, the line read from them, and problems per cell."""

    source_row: int  # 1-based, as the spreadsheet numbered the copied rows
    cells: dict[str, str]
    line: VoucherLine = field(default_factory=VoucherLine)
    problems: dict[str, str] = field(default_factory=dict)
    raw: dict[str, str] = field(default_factory=dict)  # grid column key -> text that did not parse
    unreadable: dict[str, Issue] = field(default_factory=dict)  # grid column key -> why

    def snapshot(self) -> LineSnapshot:
        """The line with its unreadable texts, as the editor takes it (cells flagged, nothing lost)."""
        return LineSnapshot(copy_line(self.line), dict(self.raw), dict(self.unreadable))


class PastePreview:
    """What a paste would insert, row by row, with every problem shown and fixable before inserting."""

    def __init__(self, columns: list[str | None], headers: list[str] | None, source: list[tuple[int, list[str]]],
                 fmt: NumberFormat, vat_codes: Container[str] | None, chart: list[ChartAccount] | None,
                 today: date):
        self.columns = columns  # per pasted column: the grid key (or "amount") it fills, None if unused
        self.header = headers is not None
        self._headers = headers or []
        self._source = source
        self._vat_codes = vat_codes
        chart_map = {a.number: a for a in chart} if chart is not None else None
        self._ctx = CellContext(fmt, today, chart_map, AccountCompleter(chart) if chart is not None else None)
        self.rows: list[PasteRow] = []
        self._read_all()

    def _read_all(self) -> None:
        self.rows = []
        for number, cells in self._source:
            by_key = {key: cells[c].strip("\r") for c, key in enumerate(self.columns)
                      if key is not None and c < len(cells)}
            self.rows.append(self._read(PasteRow(number, by_key)))

    @property
    def notes(self) -> list[str]:
        """Pasted columns whose content goes nowhere, named so nothing is dropped unnoticed."""
        found = []
        for c, key in enumerate(self.columns):
            name = self._headers[c].strip() if c < len(self._headers) else ""
            if key is None and (name or any(c < len(cells) and cells[c].strip() for _, cells in self._source)):
                label = f"Column {c + 1} ('{name}')" if name else f"Column {c + 1}"
                found.append(f"{label} is not used: say which field it holds, or it is left out.")
        return found

    def set_column(self, index: int, key: str | None) -> None:
        """Say which field a pasted column fills (None: unused); every row is read again from the paste."""
        if key is not None and key != AMOUNT and column(key).kind == "derived":
            raise ValueError(f"{key} is derived, not pasted into.")
        self.columns = [None if other == key else other for other in self.columns]  # a field has one column
        self.columns[index] = key
        self._read_all()

    def set_cell(self, row: int, key: str, text: str) -> None:
        """Fix one cell of a preview row; the row is read again."""
        self.rows[row].cells[key] = text
        self.rows[row] = self._read(PasteRow(self.rows[row].source_row, self.rows[row].cells))

    def lines(self) -> list[VoucherLine]:
        """The lines to insert; an unreadable amount or date is left empty (see snapshots())."""
        return [copy_line(r.line) for r in self.rows]

    def snapshots(self) -> list[LineSnapshot]:
        """The lines with their unreadable texts kept, for VoucherEditor.apply_rows."""
        return [r.snapshot() for r in self.rows]

    @property
    def has_problems(self) -> bool:
        """Whether any row has a problem to show."""
        return any(r.problems for r in self.rows)

    def _read(self, row: PasteRow) -> PasteRow:
        for key, text in row.cells.items():
            if key in ("debit", "credit", AMOUNT) or not text.strip():
                continue
            if key == "booking_date":
                try:
                    row.line.booking_date = parse_date_cell(text, self._ctx.today)
                except DateError as exc:
                    row.raw[key], row.problems[key] = text, message_of(exc)
                    row.unreadable[key] = error(key, message_of(exc), "date_invalid")
                continue
            write_cell(row.line, key, text, self._ctx)
            if key in LINE_TEXTS and (hidden := hidden_character(text)) is not None:
                # The grid refuses it once inserted: the preview must not call the row fine first.
                row.problems[key] = f"This text holds {hidden}, a character no ledger shows."
            if key == "account":
                self._check_account(row, text)
            elif key == "vat_code" and self._vat_codes is not None and row.line.vat_code not in self._vat_codes:
                row.problems[key] = f"'{row.line.vat_code}' is not a VAT code of this profile."
        self._read_amounts(row)
        return row

    def _check_account(self, row: PasteRow, text: str) -> None:
        number = row.line.account
        if not number.isdigit():
            row.problems["account"] = f"'{text.strip()}' is not an account number."
        elif self._ctx.chart is not None and number not in self._ctx.chart:
            row.problems["account"] = f"Account {number} is not in this profile's chart of accounts."

    def _read_amounts(self, row: PasteRow) -> None:
        for key in (AMOUNT, "debit", "credit"):
            text = row.cells.get(key, "")
            if not text.strip():
                continue
            side = "credit" if key == "credit" else "debit"
            try:
                value = parse_amount_cell(text, self._ctx.fmt)
            except AmountError as exc:
                row.problems[key] = message_of(exc)
                if side not in row.raw:
                    row.raw[side] = text
                    row.unreadable[side] = error(side, message_of(exc), "amount_unreadable")
                continue
            if value < 0:
                side, value = ("debit" if side == "credit" else "credit"), -value
            if getattr(row.line, side) is not None or side in row.raw:
                row.problems[key] = "This row has more than one amount on the same side; the first is kept."
                continue
            setattr(row.line, side, value)
        if row.line.debit is not None and row.line.credit is not None:
            row.problems.setdefault("credit", "This row has both a debit and a credit.")


def parse_paste(text: str, number_format: NumberFormat | str, vat_codes: Container[str] | None = None,
                chart: Iterable[ChartAccount] | None = None, *, today: date | None = None) -> PastePreview:
    """Read tab-separated rows copied from a spreadsheet into a preview (see the module docstring)."""
    fmt = to_number_format(number_format)
    chart_list = list(chart) if chart is not None else None
    records = [(n, cells) for n, cells in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter="\t"),
                                                     start=1) if any(c.strip() for c in cells)]
    headers = records.pop(0)[1] if records and _is_header(records[0][1]) else None
    if headers is not None:
        columns = _header_columns(headers)
    else:
        columns = _default_columns(records[0][1] if records else [])
    width = max((len(cells) for _, cells in records), default=0)
    columns += [None] * (width - len(columns))
    return PastePreview(columns, headers, records, fmt, vat_codes, chart_list, today or date.today())


def _is_header(cells: list[str]) -> bool:
    filled = [c for c in cells if c.strip()]
    known = [c for c in filled if _header_key(c)]
    return bool(known) and 2 * len(known) >= len(filled) and not any(_NUMERIC.fullmatch(c.strip()) for c in filled)


def _header_columns(cells: list[str]) -> list[str | None]:
    columns: list[str | None] = []
    for cell in cells:
        key = _header_key(cell)
        columns.append(None if key in columns else key)  # a repeated field: the first column fills it
    return columns


def _default_columns(first: list[str]) -> list[str | None]:
    """The grid's own column order; without the leading date when the first cell is not a date."""
    starts_with_date = bool(first) and _DATE_LIKE.fullmatch(first[0].strip()) is not None
    keys: list[str | None] = list(EDITABLE_KEYS)
    return keys if starts_with_date else keys[1:]
