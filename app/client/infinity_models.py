"""pydantic v2 wire models of Infinity's `POST /ledger-entries`: strict request, tolerant response."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal, get_args

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from app.client.confirma_models import IsoDate, _no_float
from app.domain import wire_json

TaxCode = Literal[
    "UN81", "UN77", "UR26", "UR25", "US38", "US37", "UO81", "UO77", "BZB81", "BZB77", "BZM81", "BZM77",
    "VM81", "VM38", "VM26", "VB81", "VB38", "VB26", "VM77", "VM37", "VM25", "VB77", "VB37", "VB25",
    "ES81", "ES26", "ES77", "ES25", "UNO", "UEX", "ULA", "",
]
TAX_CODES = tuple(code for code in get_args(TaxCode) if code)


def _single_line(value: str) -> str:
    if "\n" in value or "\r" in value:
        raise ValueError("description must be a single line")
    return value


def _positive(value: Decimal) -> Decimal:
    if not value.is_finite() or value <= 0:
        raise ValueError("exchange rate must be greater than zero")
    return value


def _field_names(value: object) -> object:
    # The documentation shows plain names; accept {"field": ...} objects too rather than fail the whole answer.
    if isinstance(value, list):
        return [str(v.get("field") or v.get("name") or v.get("path") or v) if isinstance(v, dict) else str(v)
                for v in value]
    return value


Account = Annotated[int, Field(strict=True, ge=1000, le=9999)]
Cents = Annotated[int, Field(strict=True, ge=1)]
ExchangeRate = Annotated[Decimal, BeforeValidator(_no_float), AfterValidator(_positive)]


class LedgerEntryRequest(BaseModel):
    """One unreviewed entry: one debit and one credit account, gross amount in integer cents."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    date: IsoDate
    description: Annotated[str, Field(min_length=1, max_length=128), AfterValidator(_single_line)]
    debitAccount: Account
    creditAccount: Account
    amount: Cents
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] = "CHF"
    exchangeRate: ExchangeRate | None = None
    taxCode: TaxCode | None = None

    def wire_json(self) -> str:
        """The body as sent: only the fields the caller set, amounts as JSON numbers."""
        return wire_json.dumps(self.model_dump(mode="python", exclude_unset=True), indent=None)


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class Transaction(_Response):
    """One booking Infinity created; a tax code splits an entry into a net and a VAT transaction."""

    id: str
    date: str | None = None
    debitAccount: int | None = None
    creditAccount: int | None = None
    description: str | None = None
    amount: int  # cents
    grossAmount: int | None = None
    currency: str | None = None
    originalAmount: int | None = None
    originalCurrency: str | None = None
    taxCode: str | None = None
    isTaxTransaction: bool = False


class LedgerEntryResponse(_Response):
    """The 200/201 body: the transactions created for the entry."""

    transactions: list[Transaction]


class ErrorBody(_Response):
    """A non-OK body: `{"code": "ns/slug", "invalidFields": [...]}`."""

    code: str | None = None
    message: str | None = None
    invalidFields: Annotated[list[str], BeforeValidator(_field_names)] = Field(default_factory=list)
    details: list[dict[str, Any]] = Field(default_factory=list)  # sandbox/extension: [{field, message}]

    def field_messages(self) -> dict[str, str]:
        """The first message given for each field, when the body has `details`."""
        found: dict[str, str] = {}
        for item in self.details:
            name, text = item.get("field"), item.get("message")
            if isinstance(name, str) and isinstance(text, str):
                found.setdefault(name, text)
        return found
