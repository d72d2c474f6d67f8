"""Chart of accounts import: the CSV / semicolon files spreadsheets export, read into a preview.

Finnish and Swiss Excel save "CSV" as Windows-1252 with semicolons, "CSV UTF-8" with a byte order
mark, and "Unicode text" as UTF-16 with tabs; all of them are read. Nothing is dropped silently: every
row is either accepted (possibly with a note) or rejected with the reason.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection
from dataclasses import dataclass, field

_NUMBER_HEADERS = {"number", "no", "nr", "account", "account number", "konto", "kontonummer", "konto-nr",
                   "tili", "tilinumero", "tilinro", "numero", "nummer"}
_NAME_HEADERS = {"name", "account name", "description", "bezeichnung", "kontobezeichnung", "nimi", "tilin nimi",
                 "selite", "text"}
_VAT_HEADERS = {"vat", "vat code", "vat_code", "default vat code", "alv", "alv-koodi", "alv koodi", "mwst",
                "mwst-code", "steuercode", "tax code", "taxcode"}


@dataclass(frozen=True)
class ChartAccount:
    """One account of a profile's chart."""

    number: str
    name: str
    default_vat_code: str = ""
    active: bool = True


@dataclass(frozen=True)
class RowProblem:
    """A file row (1-based, as a spreadsheet numbers it) and what is wrong with it."""

    row: int
    text: str
    reason: str


@dataclass
class ChartPreview:
    """What an import would do: accounts to store, rows rejected, and notes on accepted rows."""

    encoding: str
    delimiter: str
    accounts: list[ChartAccount] = field(default_factory=list)
    rejected: list[RowProblem] = field(default_factory=list)
    notes: list[RowProblem] = field(default_factory=list)


def decode_spreadsheet_text(data: bytes) -> tuple[str, str]:
    """(text, encoding name) of a spreadsheet export, by BOM, then strict UTF-8, then Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 (BOM)"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "Windows-1252"


def _delimiter(text: str) -> str:
    sample = [line for line in text.splitlines()[:20] if line.strip()]
    counts = {d: sum(line.count(d) for line in sample) for d in (";", "\t", ",")}
    return max(counts, key=lambda d: (counts[d], d == ";")) if any(counts.values()) else ";"


def parse_chart(data: bytes, vat_codes: Collection[str] | None = None) -> ChartPreview:
    """Read a chart export. `vat_codes`: the profile's VAT codes, to check default codes against."""
    text, encoding = decode_spreadsheet_text(data)
    delimiter = _delimiter(text)
    preview = ChartPreview(encoding, {"\t": "tab"}.get(delimiter, delimiter))
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    columns: tuple[int, int, int | None] = (0, 1, 2)  # number, name, default VAT code (optional)
    start = 0
    if rows and rows[0] and not re.fullmatch(r"\s*\d+\s*", rows[0][0] or ""):
        found = _header_columns(rows[0])
        if found is None:
            preview.rejected.append(RowProblem(1, delimiter.join(rows[0]),
                                               "First row is neither an account nor a header naming the "
                                               "number and name columns."))
        else:
            columns = found
        start = 1
    known_codes = {c.upper() for c in vat_codes} if vat_codes is not None else None
    seen: dict[str, int] = {}
    for index, row in enumerate(rows[start:], start=start + 1):
        if not any(cell.strip() for cell in row):
            continue
        cells = [cell.strip() for cell in row]
        number = cells[columns[0]] if columns[0] < len(cells) else ""
        name = cells[columns[1]] if columns[1] < len(cells) else ""
        vat = cells[columns[2]] if columns[2] is not None and columns[2] < len(cells) else ""
        raw = delimiter.join(row)
        if not re.fullmatch(r"\d{1,12}", number):
            preview.rejected.append(RowProblem(index, raw, f"'{number}' is not an account number (digits only)."))
            continue
        if not name:
            preview.rejected.append(RowProblem(index, raw, f"Account {number} has no name."))
            continue
        if number in seen:
            preview.rejected.append(RowProblem(index, raw, f"Account {number} appears again (first on row "
                                                           f"{seen[number]}); the first is kept."))
            continue
        if vat and known_codes is not None and vat.upper() not in known_codes:
            preview.notes.append(RowProblem(index, raw, f"VAT code '{vat}' is not in this profile's VAT table; "
                                                        f"account {number} is imported without a default code."))
            vat = ""
        seen[number] = index
        preview.accounts.append(ChartAccount(number, name, vat.upper()))
    return preview


def _header_columns(header: list[str]) -> tuple[int, int, int | None] | None:
    names = [cell.strip().lower().lstrip("\ufeff") for cell in header]
    number = next((i for i, n in enumerate(names) if n in _NUMBER_HEADERS), None)
    name = next((i for i, n in enumerate(names) if n in _NAME_HEADERS), None)
    vat = next((i for i, n in enumerate(names) if n in _VAT_HEADERS), None)
    if number is None or name is None:
        return None
    return number, name, vat
