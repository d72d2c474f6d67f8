"""Voucher file format v1: a voucher as the bookkeeper typed it, in JSON.

Derived values (net amounts, VAT rows) are never stored. Amounts are decimal strings
("2990.00"); JSON numbers are accepted too and read exactly (never through float).
docs/voucher-format.md describes the format; docs/voucher-format.schema.json is generated
from `VoucherFileV1`.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app.domain.issues import Issue, error, warning
from app.domain.targets import Target
from app.domain.voucher import VatMode, Voucher, VoucherLine
# Writing (and reading back what LedgerDesk wrote) needs no pydantic: app/domain/voucher_text.py.
from app.domain.voucher_text import FORMAT_NAME, FORMAT_VERSION, dump_voucher_file  # noqa: F401


DateText = Annotated[str, Field(json_schema_extra={"format": "date"}, description="YYYY-MM-DD")]
Amount = Annotated[Decimal, Field(description='decimal string such as "2990.00" (a JSON number is accepted)')]


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
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise VoucherFileError(f"{source}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}") from None
    if isinstance(data, dict) and isinstance(data.get("version"), int) and data["version"] > FORMAT_VERSION:
        raise VoucherFileError(f"{source}: voucher file version {data['version']} is newer than this "
                               f"LedgerDesk reads (version {FORMAT_VERSION}); update LedgerDesk.")
    try:
        model = VoucherFileV1.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{_path(err['loc'])}: {err['msg']}" for err in exc.errors())
        raise VoucherFileError(f"{source}: not a LedgerDesk voucher file: {problems}") from None
    return _to_voucher(model)


def _path(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


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
        issues.append(warning("identifier", "The file has no identifier; LedgerDesk derived one from its content, so "
                              "this file is never posted twice. Give it an \"identifier\" to post an identical "
                              "voucher again.", "identifier_derived"))
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
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        issues.append(error(field, f"'{text}' is not a valid date (YYYY-MM-DD).", "date_invalid", line))
        return None


def voucher_file_schema() -> dict[str, Any]:
    """The JSON Schema of format v1 (written to docs/voucher-format.schema.json)."""
    return VoucherFileV1.model_json_schema()


if __name__ == "__main__":  # regenerate docs/voucher-format.schema.json
    print(json.dumps(voucher_file_schema(), indent=2, ensure_ascii=False))
