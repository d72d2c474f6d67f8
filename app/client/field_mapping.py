"""Pointing a server's complaint at the voucher cell the bookkeeper typed.

Confirma names body paths (`ledgerRows[1].accountNumber`); Infinity names entry fields
(`debitAccount`). Both become `app.domain.issues.Issue` objects with 1-based voucher line numbers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from app.domain.issues import Issue, error
from app.domain.messages import Message
from app.domain.targets.confirma import confirma_row_lines as confirma_row_lines  # the body's structure: made there
from app.domain.targets.infinity import PlannedEntry
from app.domain.voucher import Voucher

_CONFIRMA_HEADER = {
    "ledgeridentifier": "identifier", "companyidentifier": "company_id", "documenttype": "type",
    "documentname": "number", "documentdate": "date", "documentdescription": "description",
    "calculationmode": "vat_mode", "ledgerrows": "lines",
}
_CONFIRMA_ROW = {
    "bookingdate": "booking_date", "accountnumber": "account", "vataccountnumber": "vat_code",
    "vattype": "vat_code", "vatpercentage": "vat_code", "vatcode": "vat_code", "isvatrow": "vat_code",
    "projectnumber": "project", "transactiontype": "text", "transactiondescription": "text",
    "ledgerdimensions": "dimensions",
}
# On a derived VAT row only these cells were typed by the bookkeeper; everything else comes from the code.
_VAT_ROW_OWN = {"booking_date", "project", "text"}
_ROW_PATH = re.compile(r"ledgerRows\[(\d+)\](?:\.(\w+))?", re.IGNORECASE)

_INFINITY_NAMES = {  # Infinity's field → the message code of its name in words
    "debitAccount": "field_debit_account", "creditAccount": "field_credit_account", "amount": "field_amount",
    "date": "field_date", "description": "field_text", "currency": "field_currency",
    "exchangeRate": "field_exchange_rate", "taxCode": "field_vat_code",
}


def row_lines_from_body(body: dict[str, Any]) -> list[int]:
    """Row -> line from the body alone: a VAT row belongs to the row before it.

    Exact only when the voucher has no blank lines; pass `confirma_row_lines` when the voucher is at hand.
    """
    lines: list[int] = []
    for row in _rows(body):
        if row.get("isVatRow") == 1 and lines:
            lines.append(lines[-1])
        else:
            lines.append((lines[-1] if lines else 0) + 1)
    return lines


def confirma_error_fields(data: Any) -> list[tuple[str, str | None]]:
    """(path, message) pairs from an error body whose shape Confirma does not document.

    Understands ASP.NET-style `{"errors": {path: [messages]}}`, `details` lists of `{field, message}`,
    and `invalidFields` lists of names.
    """
    if not isinstance(data, dict):
        return []
    # The first shape that yields anything wins: `details` carries messages, `invalidFields` only names.
    for key in ("errors", "Errors", "validationErrors", "details", "invalidFields", "InvalidFields"):
        found = _fields_of(data.get(key))
        if found:
            return found
    return []


def _fields_of(value: Any) -> list[tuple[str, str | None]]:
    found: list[tuple[str, str | None]] = []
    if isinstance(value, dict):
        for path, messages in value.items():
            text = "; ".join(map(str, messages)) if isinstance(messages, list) else messages
            found.append((str(path), str(text) if text else None))
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                path = item.get("field") or item.get("path") or item.get("propertyName") or item.get("name")
                text = item.get("message") or item.get("errorMessage")
                if path:
                    found.append((str(path), str(text) if text else None))
            elif item:
                found.append((str(item), None))
    return found


def confirma_field_issues(fields: Sequence[tuple[str, str | None]], body: dict[str, Any],
                          row_lines: Sequence[int] | None = None) -> list[Issue]:
    """Issues for Confirma's field paths; row indexes are 0-based as in its JSON paths."""
    rows = _rows(body)
    row_lines = list(row_lines) if row_lines is not None else row_lines_from_body(body)
    issues: list[Issue] = []
    for path, text in fields:
        match = _ROW_PATH.search(path)
        message = (Message("confirma_rejected_said", path=path, said=text) if text
                   else Message("confirma_rejected", path=path))
        if match is None:
            leaf = re.split(r"[.\]\[]", path.strip("$."))[-1] or path
            issues.append(error(_CONFIRMA_HEADER.get(leaf.lower(), leaf), message, "confirma_rejected"))
            continue
        index, leaf = int(match.group(1)), (match.group(2) or "").lower()
        row = rows[index] if 0 <= index < len(rows) else {}
        line = row_lines[index] if 0 <= index < len(row_lines) else None
        if leaf in ("amount", "netamount"):
            field = "debit" if _positive(row.get(leaf)) else "credit"
        else:
            field = _CONFIRMA_ROW.get(leaf, "lines" if not leaf else leaf)
        if row.get("isVatRow") == 1 and field not in _VAT_ROW_OWN:
            field = "vat_code"  # the VAT row's account and amounts are derived from the line's VAT code
            message = Message("confirma_rejected_vat_row", reason=message)
        issues.append(error(field, message, "confirma_rejected", line))
    return issues


def infinity_field_issues(entry: PlannedEntry | None, invalid_fields: Sequence[str], code: str | None = None,
                          voucher: Voucher | None = None, messages: Mapping[str, str] | None = None,
                          cells: Mapping[str, Sequence[Sequence[Any]]] | None = None) -> list[Issue]:
    """Issues for Infinity's `invalidFields` of one entry, on the lines the entry came from; `cells` is the
    frozen `infinity_cell_map` of the entry, used instead of the voucher when given."""
    issues: list[Issue] = []
    suffix = f" ({code})" if code else ""  # the vendor's own code, as it wrote it
    for name in invalid_fields:
        words = Message(_INFINITY_NAMES[name]) if name in _INFINITY_NAMES else name
        said = (messages or {}).get(name)
        message = (Message("infinity_rejected_said", name=words, code=suffix, said=said) if said
                   else Message("infinity_rejected", name=words, code=suffix))
        places = ([(str(f), int(n) if n is not None else None) for f, n in cells[name]]
                  if cells is not None and name in cells else _infinity_cells(name, entry, voucher))
        for field, line in places:
            issues.append(error(field, message, "infinity_rejected", line))
    return issues


def infinity_cell_map(entry: PlannedEntry, voucher: Voucher) -> dict[str, list[tuple[str, int | None]]]:
    """For each field Infinity may refuse, the voucher cells (field, 1-based line) it comes from: frozen with the
    request when it is queued, so a refusal lands on the cells the bookkeeper typed whatever changed since."""
    return {name: _infinity_cells(name, entry, voucher) for name in _INFINITY_NAMES}


def _infinity_cells(name: str, entry: PlannedEntry | None, voucher: Voucher | None) -> list[tuple[str, int | None]]:
    if entry is None:
        return [({"debitAccount": "account", "creditAccount": "account", "amount": "debit", "taxCode": "vat_code",
                  "exchangeRate": "exchange_rate"}.get(name, name), None)]
    lines = {n: line for n, line in voucher.typed_lines()} if voucher is not None else {}
    pair = (entry.debit_line, entry.credit_line)
    coded = [n for n in pair if n in lines and lines[n].vat_code.strip()]
    if name == "debitAccount":
        return [("account", entry.debit_line)]
    if name == "creditAccount":
        return [("account", entry.credit_line)]
    if name == "amount":
        return [("debit", entry.debit_line), ("credit", entry.credit_line)]
    if name == "taxCode":
        return [("vat_code", n) for n in (coded or pair)]
    if name == "date":
        dated = (coded or [entry.debit_line])[0]
        if dated in lines and lines[dated].booking_date is not None:
            return [("booking_date", dated)]
        return [("date", None)]
    if name == "description":
        texted = [n for n in (*coded, *pair) if n in lines and lines[n].text.strip() == entry.description]
        return [("text", texted[0])] if texted else [("description", None)]
    if name in ("currency", "exchangeRate"):
        return [("exchange_rate" if name == "exchangeRate" else "currency", None)]
    return [(name, None)]


def _rows(body: dict[str, Any]) -> list[dict[str, Any]]:
    ledgers = body.get("ledgers") if isinstance(body, dict) else None
    rows = ledgers.get("ledgerRows") if isinstance(ledgers, dict) else None
    return [r if isinstance(r, dict) else {} for r in rows] if isinstance(rows, list) else []


def _positive(value: Any) -> bool:
    try:
        return value is not None and value > 0
    except TypeError:
        return True
