"""Voucher file format v1: a voucher as the bookkeeper typed it, in JSON.

Derived values (net amounts, VAT rows) are never stored. Amounts are decimal strings
("2990.00"); JSON numbers are accepted too and read exactly (never through float). Reading is strict
and bounded (app/domain/voucher_json.py): amounts in ASCII digits only, dates only as YYYY-MM-DD,
no duplicate keys, no lone surrogates, limits on nesting and size.
docs/voucher-format.md describes the format; docs/voucher-format.schema.json is generated
from `VoucherFileV1`.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, WithJsonSchema
from pydantic_core import PydanticCustomError

from app.domain.messages import Message
from app.domain.issues import Issue, error, warning
from app.domain.targets import Target
from app.domain.voucher import VatMode, Voucher, VoucherLine
from app.domain.voucher_json import (MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS, JsonLimitError, json_path,
                                     load_voucher_json, plain_decimal, shown)
# Writing (and reading back what LedgerDesk wrote) needs no pydantic: app/domain/voucher_text.py.
from app.domain.voucher_text import FORMAT_NAME, FORMAT_VERSION, dump_voucher_file, load_dumped_voucher  # noqa: F401




def read_wire_amount(value: Any) -> Decimal:
    """An amount as a file writes it: "-1234.50" or the JSON number -1234.50, ASCII digits, bounded.

    No exponent, '+', '_', leading or trailing '.', spaces or other digit systems: a file is written by
    a program, and anything looser is more likely a slip than an amount. Raises PydanticCustomError.
    """
    if isinstance(value, Decimal):  # a JSON number already read within bounds by voucher_json
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str):
        amount = plain_decimal(value)
        if amount is not None:
            return amount
        if re.fullmatch(r"-?[0-9]+(?:\.[0-9]+)?", value[:200]):
            raise PydanticCustomError(
                "amount_too_many_digits", "{value} has more digits than any amount (at most {i} before "
                "and {f} after the decimal point)", {"value": shown(value), "i": MAX_INTEGER_DIGITS,
                                                      "f": MAX_FRACTION_DIGITS})
        raise PydanticCustomError(
            "amount_malformed", "{value} is not an amount: write digits 0-9 with an optional leading '-' and "
            "a '.' between digits, e.g. \"2990.00\"", {"value": shown(value)})
    raise PydanticCustomError("amount_type", 'an amount is a decimal string such as "2990.00" or a JSON number')


_AMOUNT_SCHEMA = {
    "anyOf": [{"type": "number"},
              {"type": "string", "pattern": f"^-?[0-9]{{1,{MAX_INTEGER_DIGITS}}}(\\.[0-9]{{1,{MAX_FRACTION_DIGITS}}})?$"}],
    "description": 'decimal string such as "2990.00" (a JSON number is accepted); ASCII digits, no exponent',
}
DateText = Annotated[str, Field(json_schema_extra={"format": "date", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
                                description="YYYY-MM-DD")]
Amount = Annotated[Decimal, BeforeValidator(read_wire_amount), WithJsonSchema(_AMOUNT_SCHEMA)]


class LineV1(BaseModel):
    """One typed line."""

    model_config = ConfigDict(extra="forbid")

    booking_date: DateText | None = Field(None, description="defaults to the voucher date")
    account: str = ""
    text: str = ""
    debit: Amount | None = None
    credit: Amount | None = None
    vat_code: str = Field("", description="a code of the profile's VAT table, e.g. S or UN")
    project: str = ""
    dimensions: dict[str, str] = Field(default_factory=dict, description='e.g. {"COST_CENTER": "1000"}')


class VoucherFileV1(BaseModel):
    """A voucher file, version 1."""

    model_config = ConfigDict(extra="forbid", title="LedgerDesk voucher file v1")

    format: Literal["ledgerdesk-voucher"]
    version: Literal[1]
    target: Literal["confirma", "infinity"] | None = Field(None, description="the target it is meant for")
    identifier: str | None = Field(None, description="sent as Confirma's ledgerIdentifier; minted if absent")
    date: DateText | None = None
    number: str = ""
    type: str = ""
    description: str = ""
    currency: str = "EUR"
    exchange_rate: Literal["target"] | Amount | None = Field(
        None, description='accounting currency per unit of `currency`, or "target": the target\'s own rate')
    vat_mode: Literal["gross", "net"] = "gross"
    company_id: str = ""
    reverses: str | None = Field(None, description="identifier of the voucher this one reverses")
    lines: list[LineV1] = Field(default_factory=list)


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
        model = VoucherFileV1.model_validate(data)
    except ValidationError as exc:
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


def _to_voucher(model: VoucherFileV1) -> LoadedVoucher:
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
        voucher.identifier = content_identifier(model)
        issues.append(warning("identifier", Message("identifier_derived"), "identifier_derived"))
    return LoadedVoucher(voucher, issues, Target(model.target) if model.target else None)


def content_identifier(model: VoucherFileV1) -> str:
    """A stable identifier for a file that carries none: the same content always gives the same id."""
    # An absent `reverses` is left out, so files written before it existed keep their identifiers.
    left_out = {"identifier", "target"} | ({"reverses"} if model.reverses is None else set())
    canonical = model.model_dump_json(exclude=left_out)
    return str(uuid.uuid5(_IDENTIFIER_NAMESPACE, canonical))


_IDENTIFIER_NAMESPACE = uuid.UUID("6f1c3f0e-5d2b-4b7e-9a51-3c0d7e2a9b14")


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
    return VoucherFileV1.model_json_schema()


if __name__ == "__main__":  # regenerate docs/voucher-format.schema.json
    print(json.dumps(voucher_file_schema(), indent=2, ensure_ascii=False))
