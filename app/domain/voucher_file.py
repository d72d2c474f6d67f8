"""Voucher file format v1: a voucher as the bookkeeper typed it, in JSON; writing it, and reading it back.

Derived values (net amounts, VAT rows) are never stored. Amounts are decimal strings
("2990.00"); JSON numbers are accepted too and read exactly (never through float). Reading is strict
and bounded (app/domain/voucher_json.py): amounts in ASCII digits only, dates only as YYYY-MM-DD,
no duplicate keys, no lone surrogates, limits on nesting and size.
docs/voucher-format.md describes the format; docs/voucher-format.schema.json is generated
from `VoucherFileV1` (app/domain/voucher_file_model.py).

Reading has a fast path: `load_dumped_voucher` reads back text that is exactly what `dump_voucher_file`
writes, without the pydantic model (the draft tabs restored at start use it, because importing pydantic
and building the file model costs about 90 ms, docs/performance.md). It proves itself by writing the
voucher it read again and comparing the text: anything else (a file from elsewhere, an older writer, a
damaged row) gives None, and `parse_voucher_file` reads it with the full validation and its messages;
the model is loaded then, on first use, through app/deferred.py.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.deferred import deferred
from app.domain.messages import Message
from app.domain.issues import Issue, error, warning
from app.domain.targets import Target
from app.domain.voucher import VatMode, Voucher, VoucherLine
from app.domain.voucher_json import JsonLimitError, json_path, load_voucher_json, shown

if TYPE_CHECKING:
    from app.domain import voucher_file_model
else:
    voucher_file_model = deferred("app.domain.voucher_file_model")  # pydantic: only for files from elsewhere

FORMAT_NAME = "ledgerdesk-voucher"
FORMAT_VERSION = 1


def dump_voucher_file(voucher: Voucher, target: Target | None = None) -> str:
    """The v1 file text of a voucher (amounts as decimal strings)."""
    def amount(value: Decimal | None) -> str | None:
        return None if value is None else format(value, "f")

    data: dict[str, Any] = {
        "format": FORMAT_NAME, "version": FORMAT_VERSION,
        "target": target.value if target else None,
        "identifier": voucher.identifier,
        "date": voucher.date.isoformat() if voucher.date else None,
        "number": voucher.number, "type": voucher.type, "description": voucher.description,
        "currency": voucher.currency,
        "exchange_rate": "target" if voucher.use_target_rate else amount(voucher.exchange_rate),
        "vat_mode": voucher.vat_mode.value, "company_id": voucher.company_id,
    }
    if voucher.reverses:  # written only when set, so other vouchers' files are as before
        data["reverses"] = voucher.reverses
    data["lines"] = []
    for line in voucher.lines:
        row: dict[str, Any] = {}
        if line.booking_date:
            row["booking_date"] = line.booking_date.isoformat()
        row["account"] = line.account
        if line.text:
            row["text"] = line.text
        if line.debit is not None:
            row["debit"] = amount(line.debit)
        if line.credit is not None:
            row["credit"] = amount(line.credit)
        for key in ("vat_code", "project"):
            if getattr(line, key):
                row[key] = getattr(line, key)
        if line.dimensions:
            row["dimensions"] = dict(line.dimensions)
        data["lines"].append(row)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def load_dumped_voucher(text: str) -> tuple[Voucher, Target | None] | None:
    """(voucher, target) from text `dump_voucher_file` wrote, exactly; None for any other text."""
    try:
        data = json.loads(text, parse_float=Decimal)
        if data.get("format") != FORMAT_NAME or data.get("version") != FORMAT_VERSION:
            return None
        voucher = Voucher(
            date=_date(data["date"]), number=data["number"], type=data["type"], description=data["description"],
            currency=data["currency"],
            exchange_rate=None if data["exchange_rate"] == "target" else _amount(data["exchange_rate"]),
            use_target_rate=data["exchange_rate"] == "target",
            vat_mode=VatMode(data["vat_mode"]), company_id=data["company_id"], identifier=data["identifier"],
            reverses=data.get("reverses", ""),
            lines=[VoucherLine(account=row["account"], text=row.get("text", ""), debit=_amount(row.get("debit")),
                               credit=_amount(row.get("credit")), vat_code=row.get("vat_code", ""),
                               booking_date=_date(row.get("booking_date")), project=row.get("project", ""),
                               dimensions=dict(row.get("dimensions", {})))
                   for row in data["lines"]],
        )
        target = Target(data["target"]) if data["target"] is not None else None
    except (ValueError, TypeError, KeyError, AttributeError, ArithmeticError, RecursionError):
        return None  # a damaged or foreign row: the full reader says what is wrong
    # The proof: writing what was read gives back the very same text (types, keys, order, formatting).
    return (voucher, target) if dump_voucher_file(voucher, target) == text else None


# Reading, checking and posting cost about 0.1 s per 1,000 lines; 10,000 keeps every file within seconds.
MAX_LINES = 10_000


class VoucherFileError(ValueError):
    """A file that cannot be read as a voucher; the message says where."""


@dataclass
class LoadedVoucher:
    """A voucher read from a file, the issues found while reading it, and the target it names."""

    voucher: Voucher
    issues: list[Issue]
    target: Target | None


def parse_voucher_file(text: str, source: str = "<voucher>") -> LoadedVoucher:
    """Read voucher file text. Raises VoucherFileError for malformed JSON or a wrong shape."""
    try:
        data = load_voucher_json(text)
    except json.JSONDecodeError as exc:
        raise VoucherFileError(f"{source}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}") from None
    except JsonLimitError as exc:
        raise VoucherFileError(f"{source}: not a LedgerDesk voucher file: {exc}") from None
    except RecursionError:  # not expected past the depth check; kept so no nesting can ever escape as a crash
        raise VoucherFileError(f"{source}: not a LedgerDesk voucher file: nested too deeply") from None
    if isinstance(data, dict) and isinstance(data.get("version"), int) and data["version"] > FORMAT_VERSION:
        raise VoucherFileError(f"{source}: voucher file version {data['version']} is newer than this "
                               f"LedgerDesk reads (version {FORMAT_VERSION}); update LedgerDesk.")
    lines = data.get("lines") if isinstance(data, dict) else None
    if isinstance(lines, list) and len(lines) > MAX_LINES:  # checked before the per-line work starts
        raise VoucherFileError(f"{source}: lines: the voucher has {len(lines):,} lines; a voucher file may hold "
                               f"at most {MAX_LINES:,}. Split it into several vouchers.")
    try:
        model = voucher_file_model.VoucherFileV1.model_validate(data)
    except voucher_file_model.ValidationError as exc:
        errors = exc.errors()
        problems = "; ".join(f"{json_path(err['loc'])}: {err['msg']}" for err in errors[:_LISTED_ERRORS])
        if len(errors) > _LISTED_ERRORS:  # a whole file of wrong lines is one message, not a screenful
            problems += f"; and {len(errors) - _LISTED_ERRORS} more"
        raise VoucherFileError(f"{source}: not a LedgerDesk voucher file: {problems}") from None
    return _to_voucher(model)


_LISTED_ERRORS = 10


def read_stored_voucher(text: str, source: str = "<stored voucher>") -> Voucher:
    """A voucher LedgerDesk itself wrote (the outbox's frozen copy): read back exactly, else parsed.

    The file limits are for files from elsewhere; a voucher typed in the grid (say an exchange rate with
    17 decimals, or 12,000 lines) was validated and queued, and its stored copy must always read back.
    """
    dumped = load_dumped_voucher(text)
    return dumped[0] if dumped is not None else parse_voucher_file(text, source).voucher


def _to_voucher(model: voucher_file_model.VoucherFileV1) -> LoadedVoucher:
    issues: list[Issue] = []
    voucher = Voucher(
        date=_read_date(model.date, "date", None, issues),
        number=model.number,
        type=model.type,
        description=model.description,
        currency=model.currency,
        exchange_rate=None if model.exchange_rate == "target" else model.exchange_rate,
        use_target_rate=model.exchange_rate == "target",
        vat_mode=VatMode(model.vat_mode),
        company_id=model.company_id,
        reverses=model.reverses or "",
        lines=[
            VoucherLine(
                account=line.account, text=line.text, debit=line.debit, credit=line.credit,
                vat_code=line.vat_code, booking_date=_read_date(line.booking_date, "booking_date", n, issues),
                project=line.project, dimensions=dict(line.dimensions),
            )
            for n, line in enumerate(model.lines, start=1)
        ],
    )
    if model.identifier:
        voucher.identifier = model.identifier
    else:
        voucher.identifier = voucher_file_model.content_identifier(model)
        issues.append(warning("identifier", Message("identifier_derived"), "identifier_derived"))
    return LoadedVoucher(voucher, issues, Target(model.target) if model.target else None)


def _read_date(text: str | None, field: str, line: int | None, issues: list[Issue]) -> date | None:
    if text is None or not text.strip():
        return None
    # Only YYYY-MM-DD: date.fromisoformat alone would also take 20251213 and 2025-W50-6.
    if _ISO_DATE.fullmatch(text.strip()):
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            pass
    issues.append(error(field, Message("date_invalid_iso", text=shown(text)), "date_invalid", line))
    return None


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def voucher_file_schema() -> dict[str, Any]:
    """The JSON Schema of format v1 (written to docs/voucher-format.schema.json)."""
    return voucher_file_model.VoucherFileV1.model_json_schema()


def _amount(text: Any) -> Decimal | None:
    # dump_voucher_file never writes an exponent; "1E+999999999" would be written back as a billion digits.
    if isinstance(text, str) and not text.lstrip("-").replace(".", "", 1).isdigit():
        raise ValueError("not an amount LedgerDesk writes")
    return None if text is None else Decimal(text)


def _date(text: Any) -> date | None:
    return None if text is None else date.fromisoformat(text)


if __name__ == "__main__":  # regenerate docs/voucher-format.schema.json
    print(json.dumps(voucher_file_schema(), indent=2, ensure_ascii=False))
