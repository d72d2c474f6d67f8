"""Request validation of Confirma's `POST /accounting/ledger` body, done from the raw JSON.

Types follow the vendor's documented example (API-CONTRACTS.md section A): amounts are JSON numbers
with at most two decimals, `isVatRow` is the integer 0 or 1, dates are `YYYY-MM-DD`.
"""

from __future__ import annotations

import re
from typing import Any

from app.sandbox.wire import Problems, as_date, decimals, is_integer, is_number

MAX_DESCRIPTION = 210
CALCULATION_MODES = ("GROSS", "NET")
_DIGITS = re.compile(r"\d+")

LEDGER_FIELDS = {"ledgerIdentifier", "companyIdentifier", "documentType", "documentName", "documentDate",
                 "documentDescription", "calculationMode", "ledgerRows"}
ROW_FIELDS = {"bookingDate", "accountNumber", "vatAccountNumber", "vatType", "vatPercentage", "vatCode",
              "amount", "netAmount", "isVatRow", "projectNumber", "transactionType",
              "transactionDescription", "ledgerDimensions"}


def check_ledger_post(data: Any) -> Problems:
    """Every problem with a `{"ledgers": {...}}` body; empty when the voucher can be queued."""
    problems = Problems()
    if not isinstance(data, dict):
        problems.add("(body)", 'must be a JSON object {"ledgers": {...}}')
        return problems
    for key in sorted(set(data) - {"ledgers"}):
        problems.add(key, "unknown field")
    ledger = data.get("ledgers")
    if ledger is None:
        problems.add("ledgers", "is required")
    elif isinstance(ledger, list):
        # Whether POST takes an array is a vendor GAP; the sandbox insists on one voucher per POST.
        problems.add("ledgers", "must be one voucher object, not an array; send one voucher per POST")
    elif not isinstance(ledger, dict):
        problems.add("ledgers", "must be a JSON object")
    else:
        _check_ledger(ledger, problems)
    return problems


def _check_ledger(ledger: dict[str, Any], problems: Problems) -> None:
    for key in sorted(set(ledger) - LEDGER_FIELDS):
        problems.add(f"ledgers.{key}", "unknown field")
    for key in ("ledgerIdentifier", "companyIdentifier", "documentType", "documentName"):
        _text(ledger, key, f"ledgers.{key}", problems, non_empty=True)
    _date(ledger, "documentDate", "ledgers.documentDate", problems)
    _text(ledger, "documentDescription", "ledgers.documentDescription", problems, max_len=MAX_DESCRIPTION)
    mode = ledger.get("calculationMode")
    if "calculationMode" not in ledger:
        problems.add("ledgers.calculationMode", "is required")
    elif mode not in CALCULATION_MODES:
        problems.add("ledgers.calculationMode", 'must be "GROSS" or "NET"')
    rows = ledger.get("ledgerRows")
    if "ledgerRows" not in ledger:
        problems.add("ledgers.ledgerRows", "is required")
    elif not isinstance(rows, list) or not rows:
        problems.add("ledgers.ledgerRows", "must be a non-empty array of rows")
    else:
        for index, row in enumerate(rows):
            _check_row(row, f"ledgers.ledgerRows[{index}]", problems)


def _check_row(row: Any, path: str, problems: Problems) -> None:
    if not isinstance(row, dict):
        problems.add(path, "must be a JSON object")
        return
    for key in sorted(set(row) - ROW_FIELDS):
        problems.add(f"{path}.{key}", "unknown field")
    _date(row, "bookingDate", f"{path}.bookingDate", problems)
    _account(row, "accountNumber", f"{path}.accountNumber", problems, required=True)
    _account(row, "vatAccountNumber", f"{path}.vatAccountNumber", problems, required=False)
    _text(row, "vatType", f"{path}.vatType", problems, required=False, nullable=True)
    _amount(row, "vatPercentage", f"{path}.vatPercentage", problems)
    percent = row.get("vatPercentage")
    if is_number(percent) and not 0 <= percent < 100:
        problems.add(f"{path}.vatPercentage", "must be a percent from 0 to below 100")
    _text(row, "vatCode", f"{path}.vatCode", problems)
    _amount(row, "amount", f"{path}.amount", problems)
    _amount(row, "netAmount", f"{path}.netAmount", problems)
    _vat_row_flag(row, f"{path}.isVatRow", problems)
    for key in ("projectNumber", "transactionType", "transactionDescription"):
        _text(row, key, f"{path}.{key}", problems, required=False, nullable=True)
    _dimensions(row.get("ledgerDimensions"), f"{path}.ledgerDimensions", problems)


def _text(obj: dict[str, Any], key: str, path: str, problems: Problems, *, required: bool = True,
          nullable: bool = False, non_empty: bool = False, max_len: int | None = None) -> None:
    if key not in obj:
        if required:
            problems.add(path, "is required")
        return
    value = obj[key]
    if value is None:
        if not nullable:
            problems.add(path, "must be a string, not null")
        return
    if not isinstance(value, str):
        problems.add(path, f"must be a string, not {_json_type(value)}")
    elif non_empty and not value.strip():
        problems.add(path, "must not be empty")
    elif max_len is not None and len(value) > max_len:
        problems.add(path, f"is {len(value)} characters; at most {max_len} are allowed")


def _date(obj: dict[str, Any], key: str, path: str, problems: Problems) -> None:
    if key not in obj:
        problems.add(path, "is required")
    elif as_date(obj[key]) is None:
        problems.add(path, "must be a date written YYYY-MM-DD")


def _account(obj: dict[str, Any], key: str, path: str, problems: Problems, *, required: bool) -> None:
    if key not in obj or obj[key] is None or (not required and obj[key] == ""):
        if required:
            problems.add(path, "is required")
        return
    value = obj[key]
    if not isinstance(value, str):
        problems.add(path, f"must be a string of digits, not {_json_type(value)}")
    elif not _DIGITS.fullmatch(value):
        problems.add(path, "must be a string of digits")


def _amount(obj: dict[str, Any], key: str, path: str, problems: Problems) -> None:
    if key not in obj:
        problems.add(path, "is required")
        return
    value = obj[key]
    if not is_number(value):
        problems.add(path, f"must be a JSON number, not {_json_type(value)}")
    elif decimals(value) > 2:
        problems.add(path, "must have at most 2 decimals")


def _vat_row_flag(row: dict[str, Any], path: str, problems: Problems) -> None:
    if "isVatRow" not in row:
        problems.add(path, "is required")
        return
    value = row["isVatRow"]
    if isinstance(value, bool):
        problems.add(path, "must be the integer 0 or 1, not a boolean")
    elif not (is_integer(value) and value in (0, 1)):
        problems.add(path, "must be the integer 0 or 1")


def _dimensions(value: Any, path: str, problems: Problems) -> None:
    if value is None:
        return
    if not isinstance(value, list):
        problems.add(path, "must be an array")
        return
    for index, item in enumerate(value):
        item_path = f"{path}[{index}]"
        if not isinstance(item, dict):
            problems.add(item_path, "must be an object {dimensionType, dimensionValue}")
            continue
        for key in sorted(set(item) - {"dimensionType", "dimensionValue"}):
            problems.add(f"{item_path}.{key}", "unknown field")
        _text(item, "dimensionType", f"{item_path}.dimensionType", problems, non_empty=True)
        _text(item, "dimensionValue", f"{item_path}.dimensionValue", problems)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple)):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return "a number"
