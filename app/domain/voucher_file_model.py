"""Voucher file format v1 as a pydantic model: the shape every file from elsewhere is checked against, its
JSON Schema, and the identifier derived from the content of a file that carries none.

Loaded only when such a file is read (app/domain/voucher_file.py imports it through app/deferred.py):
importing pydantic and building these models costs about 90 ms, and the window's start, which reads back
only what LedgerDesk wrote, does without it (docs/performance.md).
"""

from __future__ import annotations

import re
import uuid
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, WithJsonSchema
from pydantic_core import PydanticCustomError

from app.domain.voucher_json import MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS, plain_decimal, shown

__all__ = ["LineV1", "ValidationError", "VoucherFileV1", "content_identifier", "read_wire_amount"]


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


def content_identifier(model: VoucherFileV1) -> str:
    """A stable identifier for a file that carries none: the same content always gives the same id."""
    # An absent `reverses` is left out, so files written before it existed keep their identifiers.
    left_out = {"identifier", "target"} | ({"reverses"} if model.reverses is None else set())
    canonical = model.model_dump_json(exclude=left_out)
    return str(uuid.uuid5(_IDENTIFIER_NAMESPACE, canonical))


_IDENTIFIER_NAMESPACE = uuid.UUID("6f1c3f0e-5d2b-4b7e-9a51-3c0d7e2a9b14")
