"""File ▸ Open and `ledgerdesk FILE.json`: a voucher file opened in the window, never refused whole.

`ledgerdesk validate` and `submit` refuse a file whose fields do not fit the format (a script must not post
half a file). A bookkeeper opening a file wants to see it: every field that can be read goes into the draft,
and each one that cannot keeps its text in its cell (or header field), where the window shows it with its
issue, exactly as a typed cell that cannot be read. Only a file that is not a JSON voucher at all (not JSON,
another format, beyond the size and depth limits) is refused, with the reason.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.deferred import deferred
from app.domain.targets import Target
from app.domain.voucher import Voucher
from app.domain.voucher_file import LoadedVoucher, VoucherFileError, parse_voucher_file
from app.domain.voucher_json import JsonLimitError, load_voucher_json
from app.services.voucher_files import read_voucher_file

if TYPE_CHECKING:
    from app.domain import voucher_file_model
else:
    voucher_file_model = deferred("app.domain.voucher_file_model")

# The file's header and line fields that the grid has a place for (editor HEADER_FIELDS and COLUMN_KEYS).
_HEADER_PLACES = frozenset({"date", "number", "type", "description", "currency", "exchange_rate", "vat_mode",
                            "company_id", "identifier"})
_LINE_PLACES = frozenset({"booking_date", "account", "text", "debit", "credit", "vat_code", "project"})
_DIMENSION_PLACES = {"COST_CENTER": "cost_center"}
_ROUNDS = 50  # each round sets aside at least one field; a file with more bad fields than this is refused


@dataclass
class OpenedVoucher:
    """What opening a file gives the window: the voucher, the texts of the cells it could not read
    (`"<line index>:<column>"` / `"header:<field>"`, as drafts keep them), and what was left out and why."""

    voucher: Voucher
    target: Target | None
    raw_cells: dict[str, str] = field(default_factory=dict)
    left_out: list[str] = field(default_factory=list)  # "lines[2].colour": fields the grid has no place for


def open_voucher_file(path: Path) -> OpenedVoucher:
    """Open a voucher file for the window. Raises VoucherFileError only for a file that is not a voucher."""
    try:
        loaded = read_voucher_file(path)
        data = load_voucher_json(path.read_bytes().decode("utf-8-sig"))
        return OpenedVoucher(loaded.voucher, loaded.target, _unread_dates(data, loaded.voucher))
    except VoucherFileError as refused:
        raw = path.read_bytes()  # read_voucher_file has read it: a regular file within the size limit
        try:
            data = load_voucher_json(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError, JsonLimitError, RecursionError):
            raise refused from None
        if not isinstance(data, dict) or data.get("format") != "ledgerdesk-voucher" or data.get("version") != 1:
            raise refused from None
        return _salvaged(data, str(path), refused)


def _salvaged(data: dict[str, Any], source: str, refused: VoucherFileError) -> OpenedVoucher:
    """Set aside each field the format refuses, keeping its text for its cell, until the rest reads."""
    data = copy.deepcopy(data)
    raw_cells: dict[str, str] = {}
    left_out: list[str] = []
    for _ in range(_ROUNDS):
        try:
            voucher_file_model.VoucherFileV1.model_validate(data)
        except voucher_file_model.ValidationError as exc:
            for error in exc.errors():
                _set_aside(data, tuple(error["loc"]), raw_cells, left_out)
            continue
        loaded: LoadedVoucher = parse_voucher_file(json.dumps(data, default=str), source=source)  # Decimals as read
        return OpenedVoucher(loaded.voucher, loaded.target, raw_cells | _unread_dates(data, loaded.voucher), left_out)
    raise refused


def _unread_dates(data: dict[str, Any], voucher: Voucher) -> dict[str, str]:
    """Dates the file writes in a form that reads as no date ("31.11.2026"): their text, for their cells."""
    texts = {}
    if isinstance(data.get("date"), str) and data["date"] and voucher.date is None:
        texts["header:date"] = data["date"]
    for i, (line, read) in enumerate(zip(data.get("lines") or [], voucher.lines, strict=False)):
        if isinstance(line, dict) and isinstance(line.get("booking_date"), str) and line["booking_date"] \
                and read.booking_date is None:
            texts[f"{i}:booking_date"] = line["booking_date"]
    return texts


def _set_aside(data: dict[str, Any], loc: tuple[Any, ...], raw_cells: dict[str, str], left_out: list[str]) -> None:
    if len(loc) >= 3 and loc[0] == "lines" and isinstance(loc[1], int):
        lines = data.get("lines")
        line = lines[loc[1]] if isinstance(lines, list) and loc[1] < len(lines) else None
        if not isinstance(line, dict) or loc[2] not in line:
            return
        value = line.pop(loc[2])
        place = _LINE_PLACES & {loc[2]}
        if place and isinstance(value, (str, int, float)) and not isinstance(value, bool):
            raw_cells[f"{loc[1]}:{loc[2]}"] = str(value)
        elif loc[2] == "dimensions" and isinstance(value, dict):
            for kind, text in value.items():
                if kind in _DIMENSION_PLACES and isinstance(text, (str, int, float)):
                    raw_cells[f"{loc[1]}:{_DIMENSION_PLACES[kind]}"] = str(text)
                else:
                    left_out.append(f"lines[{loc[1]}].dimensions.{kind}")
        else:
            left_out.append(f"lines[{loc[1]}].{loc[2]}")
    elif len(loc) >= 2 and loc[0] == "lines" and isinstance(loc[1], int):
        lines = data.get("lines")
        if isinstance(lines, list) and loc[1] < len(lines) and not isinstance(lines[loc[1]], dict):
            left_out.append(f"lines[{loc[1]}]")
            lines[loc[1]] = {}  # a line that is not an object: an empty line keeps the others' positions
    elif loc and loc[0] in data:
        key = loc[0]
        value = data.pop(key)
        if key == "lines":
            left_out.append("lines")
        elif key in _HEADER_PLACES and isinstance(value, (str, int, float)) and not isinstance(value, bool):
            raw_cells[f"header:{key}"] = str(value)
        else:
            left_out.append(str(key))
